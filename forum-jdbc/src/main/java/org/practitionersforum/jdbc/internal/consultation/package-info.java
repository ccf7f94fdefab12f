/** The consultation round store on JDBC (CR-1 to CR-4). */
package org.practitionersforum.jdbc.internal.consultation;

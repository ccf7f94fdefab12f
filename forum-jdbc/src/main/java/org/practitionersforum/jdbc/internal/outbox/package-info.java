/** The event outbox on JDBC: one row per event not yet delivered, ordered by a store position. */
package org.practitionersforum.jdbc.internal.outbox;

/**
 * The audit trail (SEC-2): who did what to which aggregate, and when, without content; records are
 * hash-chained per aggregate so that tampering is found.
 */
package org.practitionersforum.api.audit;

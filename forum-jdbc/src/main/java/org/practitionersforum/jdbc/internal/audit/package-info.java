/**
 * The audit trail's table (SEC-2): statements and the store. Rows are inserted, read, and (for
 * erasure and retention) have their identity columns replaced; nothing else changes a row and
 * nothing deletes one.
 */
package org.practitionersforum.jdbc.internal.audit;

package org.practitionersforum.jdbc.internal.outbox;

import org.practitionersforum.jdbc.internal.Tables;

/** The SQL of the outbox table for one configuration. Immutable and thread-safe. */
public final class OutboxStatements {
  /** The columns an insert binds, in order; the position comes from the identity column. */
  public static final String INSERTED = "event_id, forum_id, event_type, payload, occurred_at";

  final String insert;
  final String pending;
  final String delete;
  final String replacePayload;

  /**
   * Builds the statements.
   *
   * @param t the table names
   */
  public OutboxStatements(Tables t) {
    insert = "INSERT INTO " + t.outbox() + " (" + INSERTED + ") VALUES (?, ?, ?, ?, ?)";
    pending =
        "SELECT position_no, event_id, forum_id, event_type, payload, occurred_at FROM "
            + t.outbox()
            + " WHERE position_no > ? ORDER BY position_no LIMIT ?";
    delete = "DELETE FROM " + t.outbox() + " WHERE event_id = ?";
    replacePayload = "UPDATE " + t.outbox() + " SET payload = ? WHERE event_id = ?";
  }
}

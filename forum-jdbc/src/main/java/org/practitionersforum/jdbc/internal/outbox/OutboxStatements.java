package org.practitionersforum.jdbc.internal.outbox;

import org.practitionersforum.jdbc.internal.Tables;

/** The SQL of the outbox table for one configuration. Immutable and thread-safe. */
public final class OutboxStatements {
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
    insert =
        "INSERT INTO "
            + t.outbox()
            + " (event_id, forum_id, event_type, payload, occurred_at) VALUES (?, ?, ?, ?, ?)";
    pending =
        "SELECT position_no, event_id, forum_id, event_type, payload, occurred_at FROM "
            + t.outbox()
            + " WHERE position_no > ? ORDER BY position_no LIMIT ?";
    delete = "DELETE FROM " + t.outbox() + " WHERE event_id = ?";
    replacePayload = "UPDATE " + t.outbox() + " SET payload = ? WHERE event_id = ?";
  }
}

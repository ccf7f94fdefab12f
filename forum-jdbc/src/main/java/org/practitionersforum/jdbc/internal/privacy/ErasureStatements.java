package org.practitionersforum.jdbc.internal.privacy;

import org.practitionersforum.jdbc.internal.Tables;

/**
 * The SQL of the erasure store for one configuration. Erasure and retention are rare, so the text
 * is built when a unit of work first asks. Immutable.
 */
final class ErasureStatements {
  /** The kinds of reference, the first column of {@link #references}. */
  static final int FORUM = 1;

  static final int TERMS = 2;
  static final int SESSION = 3;
  static final int MANAGED = 4;

  /** How many times {@link #references} binds the person's id. */
  static final int REFERENCE_PARAMETERS = 8;

  /** Every aggregate naming a person: (kind, id); the person's id bound eight times. */
  final String references;

  /** Closed forums and when they closed: (id, organisation_id, changed_at); the time bound. */
  final String closedBefore;

  ErasureStatements(Tables t) {
    references =
        "SELECT k, id FROM ("
            + ("SELECT " + FORUM + " AS k, forum_id AS id FROM " + t.member())
            + " WHERE practitioner_id = ?"
            + (" UNION SELECT " + FORUM + ", forum_id FROM " + t.invitation())
            + " WHERE invitee_id = ?"
            + (" UNION SELECT " + FORUM + ", forum_id FROM " + t.facilitation())
            + " WHERE facilitator_id = ?"
            + (" UNION SELECT " + FORUM + ", id FROM " + t.forum())
            + " WHERE sponsor_id = ?"
            + (" UNION SELECT " + TERMS + ", forum_id FROM " + t.agreement())
            + " WHERE party_id = ?"
            + (" UNION SELECT " + TERMS + ", forum_id FROM " + t.objection())
            + " WHERE party_id = ?"
            + (" UNION SELECT " + SESSION + ", session_id FROM " + t.attendance())
            + " WHERE practitioner_id = ?"
            + (" UNION SELECT " + MANAGED + ", id FROM " + t.practitioner())
            + " WHERE line_manager_id = ?"
            + ") r ORDER BY k, id";
    closedBefore =
        "SELECT f.id, f.organisation_id, h.changed_at FROM "
            + t.forum()
            + " f JOIN "
            + t.history()
            + " h ON h.forum_id = f.id"
            + " WHERE f.state = 'CLOSED' AND h.to_state = 'CLOSED' AND h.changed_at < ?"
            + " AND h.ordinal = (SELECT MAX(l.ordinal) FROM "
            + t.history()
            + " l WHERE l.forum_id = f.id) ORDER BY f.id";
  }
}

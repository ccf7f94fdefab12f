package org.practitionersforum.jdbc.internal;

import org.practitionersforum.jdbc.Dialect;

/** The SQL of the practitioner table for one configuration. */
final class PractitionerRows {
  static final String COLUMNS = "id, discipline, specialism, base_id, organisation_id,"
      + " locality_id, line_manager_id, version";
  /** How many ids one {@code IN} list carries at most. */
  static final int CHUNK = 100;

  final String insert;
  final String update;
  final String select;
  final String exists;
  private final Tables t;

  PractitionerRows(Tables t, Dialect dialect) {
    this.t = t;
    insert = "INSERT INTO " + t.practitioner() + " (" + COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?)"
        + (dialect == Dialect.POSTGRESQL ? " ON CONFLICT (id) DO NOTHING" : "");
    update = "UPDATE " + t.practitioner() + " SET discipline = ?, specialism = ?, base_id = ?,"
        + " organisation_id = ?, locality_id = ?, line_manager_id = ?, version = version + 1"
        + " WHERE id = ? AND version = ?";
    select = "SELECT " + COLUMNS + " FROM " + t.practitioner() + " WHERE id = ?";
    exists = "SELECT version FROM " + t.practitioner() + " WHERE id = ?";
  }

  /** A select of up to {@link #CHUNK} profiles by id. */
  String selectIn(int count) {
    StringBuilder b = new StringBuilder("SELECT ").append(COLUMNS).append(" FROM ")
        .append(t.practitioner()).append(" WHERE id IN (");
    for (int i = 0; i < count; i++) {
      b.append(i == 0 ? "?" : ", ?");
    }
    return b.append(')').toString();
  }
}

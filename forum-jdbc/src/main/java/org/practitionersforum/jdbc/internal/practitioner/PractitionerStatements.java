package org.practitionersforum.jdbc.internal.practitioner;

import java.util.StringJoiner;
import org.practitionersforum.jdbc.internal.Tables;
import org.practitionersforum.jdbc.internal.dialect.SqlDialect;
import org.practitionersforum.jdbc.internal.rows.ColumnList;

/** The SQL of the practitioner table for one configuration. Immutable and thread-safe. */
public final class PractitionerStatements {
  static final ColumnList<PractitionerColumn> PRACTITIONER =
      ColumnList.of(PractitionerColumn.class);

  /** A profile row's columns an update sets: all but the key and the version. */
  static final ColumnList<PractitionerColumn> PRACTITIONER_CONTENT =
      PRACTITIONER.without(PractitionerColumn.ID, PractitionerColumn.VERSION);

  /** How many ids one {@code IN} list carries at most. */
  static final int CHUNK = 100;

  final String insert;
  final String update;
  final String select;
  final String exists;
  final String delete;

  /** {@link #selectIn} by the number of ids, made on first use. */
  private final String[] selectIn = new String[CHUNK + 1];

  private final Tables t;

  /**
   * Builds the statements.
   *
   * @param t the table names
   * @param dialect the database's dialect
   */
  public PractitionerStatements(Tables t, SqlDialect dialect) {
    this.t = t;
    insert = dialect.insertUnlessDuplicate(t.practitioner(), PRACTITIONER.names(), "id");
    update =
        "UPDATE "
            + t.practitioner()
            + " SET "
            + PRACTITIONER_CONTENT.assignments()
            + ", version = version + 1 WHERE id = ? AND version = ?";
    select = "SELECT " + PRACTITIONER.names() + " FROM " + t.practitioner() + " WHERE id = ?";
    exists = "SELECT version FROM " + t.practitioner() + " WHERE id = ?";
    delete = "DELETE FROM " + t.practitioner() + " WHERE id = ? AND version = ?";
  }

  /**
   * The k-gate's count (AN-4): one {@code SELECT COUNT(*)} of the profiles with the cohort's
   * discipline and each attribute it names, in the order discipline, specialism, base, locality,
   * organisation; the indexes of migration V11 lead with the base, the locality or the
   * organisation, one of which every cohort the k-gate counts names.
   */
  String countSharing(boolean specialism, boolean base, boolean locality, boolean organisation) {
    StringBuilder sql =
        new StringBuilder("SELECT COUNT(*) FROM ")
            .append(t.practitioner())
            .append(" WHERE discipline = ?");
    if (specialism) {
      sql.append(" AND specialism = ?");
    }
    if (base) {
      sql.append(" AND base_id = ?");
    }
    if (locality) {
      sql.append(" AND locality_id = ?");
    }
    if (organisation) {
      sql.append(" AND organisation_id = ?");
    }
    return sql.toString();
  }

  /**
   * A select of up to {@link #CHUNK} profiles by id, in the columns {@link #PRACTITIONER}. Built
   * once per number of ids: a race only builds the same text twice.
   */
  String selectIn(int count) {
    String sql = selectIn[count];
    if (sql == null) {
      StringJoiner ids = new StringJoiner(", ");
      for (int i = 0; i < count; i++) {
        ids.add("?");
      }
      sql =
          "SELECT "
              + PRACTITIONER.names()
              + " FROM "
              + t.practitioner()
              + " WHERE id IN ("
              + ids
              + ")";
      selectIn[count] = sql;
    }
    return sql;
  }
}

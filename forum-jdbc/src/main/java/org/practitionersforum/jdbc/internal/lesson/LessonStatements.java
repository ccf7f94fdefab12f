package org.practitionersforum.jdbc.internal.lesson;

import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import org.practitionersforum.api.lesson.LessonSection;
import org.practitionersforum.jdbc.internal.Tables;
import org.practitionersforum.jdbc.internal.dialect.SqlDialect;

/**
 * The SQL of the lesson tables for one configuration, built once per storage: one versioned row per
 * lesson, one row per question of its thread, one versioned row for its reference code's check,
 * and, apart, one row per held author. Immutable and thread-safe.
 */
public final class LessonStatements {
  /** Each section's column: the section's name in lower case. */
  static final Map<LessonSection, String> SECTION_COLUMNS = sectionColumns();

  /** The author's quasi-identifiers (AN-4), in the order they are bound. */
  static final java.util.List<String> QI_COLUMNS =
      java.util.List.of(
          "qi_discipline",
          "qi_specialism",
          "qi_base_id",
          "qi_locality_id",
          "qi_organisation_id",
          "qi_period");

  static final String LESSON_COLUMNS =
      "id, forum_id, organisation_id, kind, state, finalised, "
          + String.join(", ", SECTION_COLUMNS.values())
          + ", "
          + String.join(", ", QI_COLUMNS)
          + ", created_at, submitted_at, withdrawn_at, version";

  final String selectLesson;
  final String insertLesson;
  final String updateLesson;
  final String lessonVersion;
  final String claimLesson;
  final String deleteLesson;
  final String selectQuestions;
  final String insertQuestion;
  final String deleteQuestions;
  final String selectCode;
  final String insertCode;
  final String updateCode;
  final String deleteCode;
  final String selectTiers;
  final String insertTier;
  final String deleteTiers;
  final String selectFindings;
  final String insertFinding;
  final String deleteFindings;
  final String selectAuthor;
  final String selectAuthored;
  final String insertAuthor;
  final String deleteAuthor;
  private final String feedHead;
  private final SqlDialect dialect;

  /**
   * Builds the statements.
   *
   * @param t the table names
   * @param dialect the database's dialect
   */
  public LessonStatements(Tables t, SqlDialect dialect) {
    selectLesson = "SELECT " + LESSON_COLUMNS + " FROM " + t.lesson() + " WHERE id = ?";
    insertLesson = dialect.insertUnlessDuplicate(t.lesson(), LESSON_COLUMNS, "id");
    StringBuilder set = new StringBuilder("kind = ?, state = ?, finalised = ?");
    for (String c : SECTION_COLUMNS.values()) {
      set.append(", ").append(c).append(" = ?");
    }
    for (String c : QI_COLUMNS) {
      set.append(", ").append(c).append(" = ?");
    }
    set.append(", submitted_at = ?, withdrawn_at = ?");
    updateLesson =
        "UPDATE "
            + t.lesson()
            + " SET "
            + set
            + ", version = version + 1 WHERE id = ? AND version = ?";
    lessonVersion = "SELECT version FROM " + t.lesson() + " WHERE id = ?";
    claimLesson =
        "UPDATE " + t.lesson() + " SET version = version + 1 WHERE id = ? AND version = ?";
    deleteLesson = "DELETE FROM " + t.lesson() + " WHERE id = ?";
    selectQuestions =
        "SELECT number, question, asked_at, answer, answered_at FROM "
            + t.lessonQuestion()
            + " WHERE lesson_id = ? ORDER BY number";
    insertQuestion =
        "INSERT INTO "
            + t.lessonQuestion()
            + " (lesson_id, number, question, asked_at, answer, answered_at)"
            + " VALUES (?, ?, ?, ?, ?, ?)";
    deleteQuestions = "DELETE FROM " + t.lessonQuestion() + " WHERE lesson_id = ?";
    selectCode =
        "SELECT salt, code_hash, iterations, failures, locked_until, version FROM "
            + t.lessonCode()
            + " WHERE lesson_id = ?";
    insertCode =
        dialect.insertUnlessDuplicate(
            t.lessonCode(),
            "lesson_id, salt, code_hash, iterations, failures, locked_until, version",
            "lesson_id");
    updateCode =
        "UPDATE "
            + t.lessonCode()
            + " SET failures = ?, locked_until = ?, version = version + 1"
            + " WHERE lesson_id = ? AND version = ?";
    deleteCode = "DELETE FROM " + t.lessonCode() + " WHERE lesson_id = ?";
    String tierColumns =
        "lesson_id, tier, consented_at, anonymised_at, cleared_at, published_at, "
            + String.join(", ", SECTION_COLUMNS.values())
            + ", disclosed_place, disclosed_practice, disclosed_period, forum_id, organisation_id"
            + ", consented_place, consented_practice, consented_period";
    selectTiers =
        "SELECT " + tierColumns + " FROM " + t.lessonTier() + " WHERE lesson_id = ? ORDER BY tier";
    insertTier =
        "INSERT INTO "
            + t.lessonTier()
            + " ("
            + tierColumns
            + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
    deleteTiers = "DELETE FROM " + t.lessonTier() + " WHERE lesson_id = ?";
    String findingColumns =
        "lesson_id, tier, number, lesson_section, held, start_index, end_index, output_start,"
            + " output_end, identifier_type, rule_id, confidence, operator_applied, replacement,"
            + " decision";
    selectFindings =
        "SELECT "
            + findingColumns
            + " FROM "
            + t.lessonFinding()
            + " WHERE lesson_id = ? ORDER BY tier, number";
    insertFinding =
        "INSERT INTO "
            + t.lessonFinding()
            + " ("
            + findingColumns
            + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
    deleteFindings = "DELETE FROM " + t.lessonFinding() + " WHERE lesson_id = ?";
    selectAuthor = "SELECT practitioner_id FROM " + t.lessonAuthor() + " WHERE lesson_id = ?";
    selectAuthored =
        "SELECT lesson_id FROM "
            + t.lessonAuthor()
            + " WHERE practitioner_id = ? ORDER BY lesson_id";
    insertAuthor =
        dialect.insertUnlessDuplicate(t.lessonAuthor(), "lesson_id, practitioner_id", "lesson_id");
    deleteAuthor = "DELETE FROM " + t.lessonAuthor() + " WHERE lesson_id = ?";
    StringBuilder feed = new StringBuilder("SELECT l.id, l.forum_id, l.organisation_id, l.kind");
    for (String c : QI_COLUMNS) {
      feed.append(", l.").append(c);
    }
    feed.append(", t.published_at");
    for (String c : SECTION_COLUMNS.values()) {
      feed.append(", t.").append(c);
    }
    feed.append(", t.disclosed_place, t.disclosed_practice, t.disclosed_period FROM ")
        .append(t.lessonTier())
        .append(" t JOIN ")
        .append(t.lesson())
        .append(" l ON l.id = t.lesson_id")
        .append(" WHERE t.tier = ? AND t.published_at IS NOT NULL AND l.state = 'SUBMITTED'");
    feedHead = feed.toString();
    this.dialect = dialect;
  }

  /**
   * Returns the keyset query of one window of a tier's feed, newest first, answered from an index
   * of migration V13: on the forum or the organisation (copied into each tier row), then the tier,
   * the publication time and the lesson id; or, with neither, on the last three. Parameters, in
   * order: the tier; the forum, organisation and kind when asked for; the cursor's time three times
   * (the first bounds the index range) and its lesson id when asked for.
   *
   * @param forum whether it names a forum
   * @param organisation whether it names an organisation
   * @param kind whether it names a kind
   * @param after whether it continues after a cursor
   * @param limit the most rows, at least 1
   * @return the SQL
   */
  String feed(boolean forum, boolean organisation, boolean kind, boolean after, int limit) {
    StringBuilder out = new StringBuilder(feedHead);
    if (forum) {
      out.append(" AND t.forum_id = ?");
    }
    if (organisation) {
      out.append(" AND t.organisation_id = ?");
    }
    if (kind) {
      out.append(" AND l.kind = ?");
    }
    if (after) {
      out.append(
          " AND t.published_at <= ?"
              + " AND (t.published_at < ? OR (t.published_at = ? AND t.lesson_id < ?))");
    }
    // The scope's columns lead the order although each is fixed by the WHERE clause: H2 reads an
    // index in order only when the ORDER BY names its leading columns; PostgreSQL and MariaDB
    // drop them as constant.
    out.append(" ORDER BY ");
    if (forum) {
      out.append("t.forum_id DESC, ");
    } else if (organisation) {
      out.append("t.organisation_id DESC, ");
    }
    out.append("t.tier DESC, t.published_at DESC, t.lesson_id DESC");
    out.append(dialect.firstRows(limit));
    return out.toString();
  }

  private static Map<LessonSection, String> sectionColumns() {
    Map<LessonSection, String> out = new EnumMap<>(LessonSection.class);
    for (LessonSection s : LessonSection.values()) {
      out.put(s, s.name().toLowerCase(Locale.ROOT));
    }
    return out;
  }
}

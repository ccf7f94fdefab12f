package org.practitionersforum.jdbc.internal;

import java.util.regex.Pattern;
import org.practitionersforum.api.InvalidInputException;

/**
 * The qualified names of the SDK's tables for one configuration of schema and table prefix. Names
 * are plain lower-case identifiers, checked here, so they can be placed in SQL text without
 * quoting; every value goes through a bind parameter.
 *
 * @param schema the schema (database, on MariaDB), or empty for the connection's default
 * @param prefix the table prefix, possibly empty
 */
public record Tables(String schema, String prefix) {
  private static final Pattern SCHEMA = Pattern.compile("[a-z][a-z0-9_]{0,39}");
  private static final Pattern PREFIX = Pattern.compile("([a-z][a-z0-9_]{0,19})?");

  /**
   * Checks the names.
   *
   * @throws InvalidInputException if the schema or prefix is not a plain lower-case identifier
   */
  public Tables {
    if (schema == null || !(schema.isEmpty() || SCHEMA.matcher(schema).matches())) {
      throw new InvalidInputException(
          "a schema name must be empty or a lower-case identifier"
              + " of at most 40 letters, digits and underscores, starting with a letter");
    }
    if (prefix == null || !PREFIX.matcher(prefix).matches()) {
      throw new InvalidInputException(
          "a table prefix must be a lower-case identifier of at most"
              + " 20 letters, digits and underscores, starting with a letter, or empty");
    }
  }

  /**
   * Returns what goes before a table's own name: {@code "schema.prefix"} or just the prefix.
   *
   * @return the qualifier and prefix
   */
  public String schemaPrefix() {
    return schema.isEmpty() ? "" : schema + ".";
  }

  /**
   * Returns a table's qualified name.
   *
   * @param name the table's own name, such as {@code "forum"}
   * @return for example {@code "care.pf_forum"}
   */
  public String table(String name) {
    return schemaPrefix() + prefix + name;
  }

  /**
   * @return the forum table
   */
  public String forum() {
    return table("forum");
  }

  /**
   * @return the forum member table
   */
  public String member() {
    return table("forum_member");
  }

  /**
   * @return the invitation table
   */
  public String invitation() {
    return table("forum_invitation");
  }

  /**
   * @return the facilitation table
   */
  public String facilitation() {
    return table("forum_facilitation");
  }

  /**
   * @return the forum history table
   */
  public String history() {
    return table("forum_history");
  }

  /**
   * @return the practitioner profile table
   */
  public String practitioner() {
    return table("practitioner");
  }

  /**
   * @return the table of each forum's terms (one row per forum: the aggregate's version)
   */
  public String terms() {
    return table("forum_terms");
  }

  /**
   * @return the table of terms versions
   */
  public String termsVersion() {
    return table("terms_version");
  }

  /**
   * @return the table of the purposes and stated limits of terms versions
   */
  public String termsItem() {
    return table("terms_item");
  }

  /**
   * @return the table of agreements to terms versions
   */
  public String agreement() {
    return table("terms_agreement");
  }

  /**
   * @return the table of objections to terms versions
   */
  public String objection() {
    return table("terms_objection");
  }

  /**
   * @return the session table
   */
  public String session() {
    return table("session");
  }

  /**
   * @return the session attendance table
   */
  public String attendance() {
    return table("session_attendance");
  }

  /**
   * Returns the lesson table's qualified name.
   *
   * @return the lesson table
   */
  public String lesson() {
    return table("lesson");
  }

  /**
   * Returns the lesson question table's qualified name.
   *
   * @return the lesson question table
   */
  public String lessonQuestion() {
    return table("lesson_question");
  }

  /**
   * Returns the lesson code check table's qualified name.
   *
   * @return the lesson code table
   */
  public String lessonCode() {
    return table("lesson_code");
  }

  /**
   * Returns the lesson tier table's qualified name.
   *
   * @return the lesson tier table
   */
  public String lessonTier() {
    return table("lesson_tier");
  }

  /**
   * Returns the lesson finding table's qualified name.
   *
   * @return the lesson finding table
   */
  public String lessonFinding() {
    return table("lesson_finding");
  }

  /**
   * Returns the consultation round table's qualified name.
   *
   * @return the consultation round table
   */
  public String consultationRound() {
    return table("consultation_round");
  }

  /**
   * Returns the qualified name of the table of the people each consultation round names.
   *
   * @return the consultation party table
   */
  public String consultationParty() {
    return table("consultation_party");
  }

  /**
   * Returns the qualified name of the table of forums' representations (CR-7).
   *
   * @return the representation table
   */
  public String consultationRepresentation() {
    return table("consultation_representation");
  }

  /**
   * Returns the qualified name of the table of the representatives each representation names.
   *
   * @return the representative table
   */
  public String consultationRepresentative() {
    return table("consultation_representative");
  }

  /**
   * Returns the qualified name of the table of the recommendations each consultation round
   * received, with the round's facts the engagement metrics aggregate (CR-8).
   *
   * @return the consultation recommendation table
   */
  public String consultationRecommendation() {
    return table("consultation_recommendation");
  }

  /**
   * Returns the qualified name of the repeat index's entry table (CR-6).
   *
   * @return the repeat entry table
   */
  public String repeatEntry() {
    return table("repeat_entry");
  }

  /**
   * Returns the qualified name of the repeat index's key table (CR-6).
   *
   * @return the repeat band table
   */
  public String repeatBand() {
    return table("repeat_band");
  }

  /**
   * Returns the qualified name of the repeat link table (CR-6).
   *
   * @return the repeat link table
   */
  public String repeatLink() {
    return table("repeat_link");
  }

  /**
   * Returns the qualified name of the repeat group table (CR-6).
   *
   * @return the repeat group table
   */
  public String repeatGroup() {
    return table("repeat_group");
  }

  /**
   * Returns the author escrow table's qualified name.
   *
   * @return the lesson author table
   */
  public String lessonAuthor() {
    return table("lesson_author");
  }

  /**
   * @return the event outbox table
   */
  public String outbox() {
    return table("outbox");
  }

  /**
   * @return the audit trail table
   */
  public String audit() {
    return table("audit_record");
  }

  /**
   * @return the schema history table kept by {@code migrate()}
   */
  public String schemaHistory() {
    return table("schema_history");
  }
}

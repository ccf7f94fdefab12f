package org.practitionersforum.jdbc.internal;

import org.practitionersforum.jdbc.Dialect;
import org.practitionersforum.jdbc.internal.audit.AuditStatements;
import org.practitionersforum.jdbc.internal.consultation.JdbcConsultationStore;
import org.practitionersforum.jdbc.internal.consultation.JdbcRepeatStore;
import org.practitionersforum.jdbc.internal.consultation.JdbcRepresentationStore;
import org.practitionersforum.jdbc.internal.cpd.JdbcRegistrantStore;
import org.practitionersforum.jdbc.internal.cpd.JdbcStudyTimeStore;
import org.practitionersforum.jdbc.internal.cpd.NoteStatements;
import org.practitionersforum.jdbc.internal.dialect.SqlDialect;
import org.practitionersforum.jdbc.internal.forum.ForumStatements;
import org.practitionersforum.jdbc.internal.lesson.LessonStatements;
import org.practitionersforum.jdbc.internal.outbox.OutboxStatements;
import org.practitionersforum.jdbc.internal.practitioner.PractitionerStatements;
import org.practitionersforum.jdbc.internal.session.SessionStatements;
import org.practitionersforum.jdbc.internal.terms.TermsStatements;

/**
 * The SQL text of every store for one configuration of dialect, schema and prefix, built once per
 * storage and shared by its units of work. Immutable and thread-safe.
 */
public final class Statements {
  private final Dialect dialect;
  private final SqlDialect sqlDialect;
  private final Tables tables;
  private final ForumStatements forums;
  private final PractitionerStatements practitioners;
  private final TermsStatements terms;
  private final SessionStatements sessions;
  private final LessonStatements lessons;
  private final JdbcConsultationStore.Sql consultations;
  private final JdbcRepresentationStore.Sql representations;
  private final JdbcRepeatStore.Sql repeats;
  private final NoteStatements notes;
  private final JdbcRegistrantStore.Sql registrants;
  private final JdbcStudyTimeStore.Sql studyTime;
  private final OutboxStatements outbox;
  private final AuditStatements audit;

  /**
   * Builds the statements.
   *
   * @param dialect the database's dialect
   * @param tables the table names
   */
  public Statements(Dialect dialect, Tables tables) {
    this.dialect = dialect;
    this.sqlDialect = SqlDialect.of(dialect);
    this.tables = tables;
    this.forums = new ForumStatements(tables, sqlDialect);
    this.practitioners = new PractitionerStatements(tables, sqlDialect);
    this.terms = new TermsStatements(tables, sqlDialect);
    this.sessions = new SessionStatements(tables, sqlDialect);
    this.lessons = new LessonStatements(tables, sqlDialect);
    this.consultations = new JdbcConsultationStore.Sql(tables, sqlDialect);
    this.representations = new JdbcRepresentationStore.Sql(tables, sqlDialect);
    this.repeats = new JdbcRepeatStore.Sql(tables);
    this.notes = new NoteStatements(tables, sqlDialect);
    this.registrants = new JdbcRegistrantStore.Sql(tables, sqlDialect);
    this.studyTime = new JdbcStudyTimeStore.Sql(tables, sqlDialect);
    this.outbox = new OutboxStatements(tables);
    this.audit = new AuditStatements(tables, sqlDialect);
  }

  /**
   * Returns the dialect.
   *
   * @return the dialect
   */
  public Dialect dialect() {
    return dialect;
  }

  /**
   * Returns the strategy that holds what differs on this database.
   *
   * @return the dialect's strategy
   */
  public SqlDialect sqlDialect() {
    return sqlDialect;
  }

  /**
   * Returns the table names.
   *
   * @return the tables
   */
  public Tables tables() {
    return tables;
  }

  /**
   * Returns the SQL of the forum tables.
   *
   * @return the forum statements
   */
  public ForumStatements forums() {
    return forums;
  }

  /**
   * Returns the SQL of the practitioner table.
   *
   * @return the practitioner statements
   */
  public PractitionerStatements practitioners() {
    return practitioners;
  }

  /**
   * Returns the SQL of the terms tables.
   *
   * @return the terms statements
   */
  public TermsStatements terms() {
    return terms;
  }

  /**
   * Returns the SQL of the session tables.
   *
   * @return the session statements
   */
  public SessionStatements sessions() {
    return sessions;
  }

  /**
   * Returns the SQL of the private reflective note table.
   *
   * @return the note statements
   */
  public NoteStatements notes() {
    return notes;
  }

  /**
   * Returns the SQL of the registrant profile tables.
   *
   * @return the profile statements
   */
  public JdbcRegistrantStore.Sql registrants() {
    return registrants;
  }

  /**
   * Returns the SQL of the study time tables.
   *
   * @return the study time statements
   */
  public JdbcStudyTimeStore.Sql studyTime() {
    return studyTime;
  }

  /**
   * Returns the SQL of the lesson tables and the author escrow.
   *
   * @return the lesson statements
   */
  public LessonStatements lessons() {
    return lessons;
  }

  /**
   * Returns the SQL of the consultation round table.
   *
   * @return the round statements
   */
  public JdbcConsultationStore.Sql consultations() {
    return consultations;
  }

  /**
   * Returns the statements of forums' representations (CR-7).
   *
   * @return the statements
   */
  public JdbcRepresentationStore.Sql representations() {
    return representations;
  }

  /**
   * Returns the SQL of the repeat tables (CR-6).
   *
   * @return the repeat statements
   */
  public JdbcRepeatStore.Sql repeats() {
    return repeats;
  }

  /**
   * Returns the outbox statements.
   *
   * @return the statements of the outbox table
   */
  public OutboxStatements outbox() {
    return outbox;
  }

  /**
   * Returns the SQL of the audit trail table.
   *
   * @return the audit statements
   */
  public AuditStatements audit() {
    return audit;
  }
}

package org.practitionersforum.jdbc.internal;

import org.practitionersforum.jdbc.Dialect;

/**
 * The SQL text of every store for one configuration of dialect, schema and prefix, built once
 * per storage and shared by its units of work. Immutable and thread-safe.
 */
public final class Statements {
  private final Dialect dialect;
  private final Tables tables;
  private final ForumRows forums;
  private final PractitionerRows practitioners;
  private final TermsRows terms;
  private final SessionRows sessions;

  /**
   * Builds the statements.
   *
   * @param dialect the database's dialect
   * @param tables the table names
   */
  public Statements(Dialect dialect, Tables tables) {
    this.dialect = dialect;
    this.tables = tables;
    this.forums = new ForumRows(tables, dialect);
    this.practitioners = new PractitionerRows(tables, dialect);
    this.terms = new TermsRows(tables, dialect);
    this.sessions = new SessionRows(tables, dialect);
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
   * Returns the table names.
   *
   * @return the tables
   */
  public Tables tables() {
    return tables;
  }

  ForumRows forums() {
    return forums;
  }

  PractitionerRows practitioners() {
    return practitioners;
  }

  TermsRows terms() {
    return terms;
  }

  SessionRows sessions() {
    return sessions;
  }
}

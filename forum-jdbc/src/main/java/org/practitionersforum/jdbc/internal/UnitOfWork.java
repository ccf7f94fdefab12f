package org.practitionersforum.jdbc.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.practitionersforum.api.forum.ForumId;
import org.practitionersforum.api.spi.ForumStore;
import org.practitionersforum.api.session.Session;
import org.practitionersforum.api.session.SessionId;
import org.practitionersforum.api.spi.PractitionerStore;
import org.practitionersforum.api.spi.SessionStore;
import org.practitionersforum.api.spi.StorageTransaction;
import org.practitionersforum.api.spi.TermsStore;
import org.practitionersforum.api.terms.TermsVersion;

/**
 * One open unit of work on one connection: the stores, bound to the connection's transaction.
 * Valid only until {@link #close()}; not thread-safe, like every {@link StorageTransaction}.
 *
 * <p>New stores of the SPI are added here: one field, one accessor, one store class.
 */
public final class UnitOfWork implements StorageTransaction {
  private final Connection connection;
  private final Statements statements;
  private final Map<ForumId, ForumRows.Snapshot> forumSnapshots = new HashMap<>();
  private final JdbcForumStore forums;
  private final Map<ForumId, TermsRows.Snapshot> termsSnapshots = new HashMap<>();
  private final Set<ForumId> termsAbsent = new HashSet<>();
  private final Map<ForumId, Optional<TermsVersion>> termsInForce = new HashMap<>();
  private final Map<ForumId, Long> termsSeen = new HashMap<>();
  private final Map<ForumId, Boolean> termsHasInForce = new HashMap<>();
  private final Map<ForumId, TermsRows.RoundRow> termsRounds = new HashMap<>();
  private final Map<SessionId, Session> sessionSnapshots = new HashMap<>();
  private final JdbcPractitionerStore practitioners;
  private final JdbcTermsStore terms;
  private final JdbcSessionStore sessions;
  private boolean open = true;
  private boolean inTransaction;
  private boolean began;

  /**
   * Opens a unit of work on a connection.
   *
   * @param connection the connection
   * @param statements the SQL of the storage's configuration
   * @param beginAtFirstWrite true if the connection is in auto-commit mode and the unit should
   *     turn it off before its first write; false if the connection is already in the transaction
   *     (or under the savepoint) the unit runs in
   */
  public UnitOfWork(Connection connection, Statements statements, boolean beginAtFirstWrite) {
    this.connection = connection;
    this.statements = statements;
    this.inTransaction = !beginAtFirstWrite;
    this.forums = new JdbcForumStore(this);
    this.practitioners = new JdbcPractitionerStore(this);
    this.terms = new JdbcTermsStore(this);
    this.sessions = new JdbcSessionStore(this);
  }

  @Override
  public ForumStore forums() {
    checkOpen();
    return forums;
  }

  @Override
  public PractitionerStore practitioners() {
    checkOpen();
    return practitioners;
  }

  @Override
  public TermsStore terms() {
    checkOpen();
    return terms;
  }

  @Override
  public SessionStore sessions() {
    checkOpen();
    return sessions;
  }

  /** Ends the unit of work: its stores refuse every later call. */
  public void close() {
    open = false;
    forumSnapshots.clear();
    termsSnapshots.clear();
    termsAbsent.clear();
    termsInForce.clear();
    termsSeen.clear();
    termsHasInForce.clear();
    termsRounds.clear();
    sessionSnapshots.clear();
  }

  void checkOpen() {
    if (!open) {
      throw new IllegalStateException("the unit of work is over: stores may be used only inside"
          + " the work passed to inTransaction");
    }
  }

  /**
   * Tells whether the unit's statements run in a transaction: from the start, or since its first
   * write.
   *
   * @return true if there is a transaction to commit or roll back
   */
  public boolean inTransaction() {
    return inTransaction;
  }

  /**
   * Tells whether the unit turned auto-commit off (and auto-commit must be restored).
   *
   * @return true if the unit began the transaction
   */
  public boolean beganTransaction() {
    return began;
  }

  /** Prepares a statement; before the first one that writes, turns auto-commit off. */
  PreparedStatement prepare(String sql) throws SQLException {
    if (!inTransaction && !sql.startsWith("SELECT")) {
      connection.setAutoCommit(false);
      inTransaction = true;
      began = true;
    }
    return connection.prepareStatement(sql);
  }

  Statements statements() {
    return statements;
  }

  /** The forums read or written in this unit of work, at their stored versions, with row keys. */
  Map<ForumId, ForumRows.Snapshot> forumSnapshots() {
    return forumSnapshots;
  }

  /** The terms read or written in this unit of work, at their stored versions, with row keys. */
  Map<ForumId, TermsRows.Snapshot> termsSnapshots() {
    return termsSnapshots;
  }

  /**
   * The forums found to have no terms in this unit of work: read once, as under REPEATABLE READ,
   * and forgotten when terms are inserted for them.
   */
  Set<ForumId> termsAbsent() {
    return termsAbsent;
  }

  /**
   * The versions in force read in this unit of work without the rest of their terms, at the
   * version of the terms in {@link #termsSeen()}; dropped when the unit writes the terms.
   */
  Map<ForumId, Optional<TermsVersion>> termsInForce() {
    return termsInForce;
  }

  /**
   * The version of each forum's terms as this unit of work first read it, or last wrote it: every
   * later read of them, whole or narrow, must find that version (repeatable reads).
   */
  Map<ForumId, Long> termsSeen() {
    return termsSeen;
  }

  /**
   * Whether each forum's terms have a version in force, as read without the version itself, at
   * the version of the terms in {@link #termsSeen()}; dropped when the unit writes the terms.
   */
  Map<ForumId, Boolean> termsHasInForce() {
    return termsHasInForce;
  }

  /**
   * The version row of the last round of agreement read for each forum's terms, at the version of
   * the terms it was read at; only valid while the terms are still at that version.
   */
  Map<ForumId, TermsRows.RoundRow> termsRounds() {
    return termsRounds;
  }

  /** The terms store, for the forum store's reads that bring the terms' head along. */
  JdbcTermsStore termsStore() {
    return terms;
  }

  /** The sessions read or written in this unit of work, at their stored versions. */
  Map<SessionId, Session> sessionSnapshots() {
    return sessionSnapshots;
  }
}

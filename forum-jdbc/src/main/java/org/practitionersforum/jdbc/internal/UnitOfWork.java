package org.practitionersforum.jdbc.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.practitionersforum.api.ForumException;
import org.practitionersforum.api.audit.AuditRecord;
import org.practitionersforum.api.internal.Checks;
import org.practitionersforum.api.spi.AuditStore;
import org.practitionersforum.api.spi.AuthorEscrowStore;
import org.practitionersforum.api.spi.ConsultationStore;
import org.practitionersforum.api.spi.ConsultationTransaction;
import org.practitionersforum.api.spi.CpdTransaction;
import org.practitionersforum.api.spi.ErasureStore;
import org.practitionersforum.api.spi.ForumStore;
import org.practitionersforum.api.spi.LessonStore;
import org.practitionersforum.api.spi.LessonTransaction;
import org.practitionersforum.api.spi.OutboxRecord;
import org.practitionersforum.api.spi.OutboxStore;
import org.practitionersforum.api.spi.PractitionerStore;
import org.practitionersforum.api.spi.ReflectiveNoteStore;
import org.practitionersforum.api.spi.RegistrantProfileStore;
import org.practitionersforum.api.spi.RegistrantTransaction;
import org.practitionersforum.api.spi.RepeatStore;
import org.practitionersforum.api.spi.RepeatTransaction;
import org.practitionersforum.api.spi.RepresentationStore;
import org.practitionersforum.api.spi.RepresentationTransaction;
import org.practitionersforum.api.spi.SessionStore;
import org.practitionersforum.api.spi.StorageTransaction;
import org.practitionersforum.api.spi.StudyTimeStore;
import org.practitionersforum.api.spi.StudyTimeTransaction;
import org.practitionersforum.api.spi.TermsStore;
import org.practitionersforum.jdbc.internal.audit.JdbcAuditStore;
import org.practitionersforum.jdbc.internal.consultation.JdbcConsultationStore;
import org.practitionersforum.jdbc.internal.consultation.JdbcRepeatStore;
import org.practitionersforum.jdbc.internal.consultation.JdbcRepresentationStore;
import org.practitionersforum.jdbc.internal.cpd.JdbcNoteStore;
import org.practitionersforum.jdbc.internal.cpd.JdbcRegistrantStore;
import org.practitionersforum.jdbc.internal.cpd.JdbcStudyTimeStore;
import org.practitionersforum.jdbc.internal.forum.JdbcForumStore;
import org.practitionersforum.jdbc.internal.lesson.JdbcAuthorEscrowStore;
import org.practitionersforum.jdbc.internal.lesson.JdbcLessonStore;
import org.practitionersforum.jdbc.internal.outbox.JdbcOutboxStore;
import org.practitionersforum.jdbc.internal.practitioner.JdbcPractitionerStore;
import org.practitionersforum.jdbc.internal.privacy.JdbcErasureStore;
import org.practitionersforum.jdbc.internal.session.JdbcSessionStore;
import org.practitionersforum.jdbc.internal.terms.JdbcTermsStore;

/**
 * One open unit of work on one connection: the stores, bound to the connection's transaction, and
 * what they have read ({@link ReadSet}s, one per kind of aggregate). Valid only until {@link
 * #close()}; not thread-safe, like every {@link StorageTransaction}.
 *
 * <p>A new store of the SPI is one accessor here and one package under {@code jdbc.internal}: its
 * statements (built once per storage in {@link Statements}), its read set, its diff and its row
 * mappers.
 */
public final class UnitOfWork
    implements StorageTransaction,
        LessonTransaction,
        ConsultationTransaction,
        RepresentationTransaction,
        RepeatTransaction,
        CpdTransaction,
        RegistrantTransaction,
        StudyTimeTransaction {
  private final Connection connection;
  private final Statements statements;
  private final Map<Class<?>, ReadSet<?, ?>> readSets = new HashMap<>();
  private JdbcForumStore forums;
  private JdbcPractitionerStore practitioners;
  private JdbcTermsStore terms;
  private JdbcSessionStore sessions;
  private JdbcLessonStore lessons;
  private JdbcConsultationStore consultations;
  private JdbcRepresentationStore representations;
  private JdbcRepeatStore repeats;
  private JdbcAuthorEscrowStore authorEscrow;
  private JdbcNoteStore notes;
  private JdbcRegistrantStore registrants;
  private JdbcStudyTimeStore studyTime;
  private JdbcOutboxStore outbox;
  private final List<Runnable> afterCommit = new ArrayList<>();
  private JdbcAuditStore audit;
  private AuditRecord heldBack;
  private boolean open = true;
  private boolean inTransaction;
  private boolean began;

  /**
   * Opens a unit of work on a connection.
   *
   * @param connection the connection
   * @param statements the SQL of the storage's configuration
   * @param beginAtFirstWrite true if the connection is in auto-commit mode and the unit should turn
   *     it off before its first write; false if the connection is already in the transaction (or
   *     under the savepoint) the unit runs in
   */
  public UnitOfWork(Connection connection, Statements statements, boolean beginAtFirstWrite) {
    this.connection = connection;
    this.statements = statements;
    this.inTransaction = !beginAtFirstWrite;
  }

  @Override
  public ForumStore forums() {
    checkOpen();
    if (forums == null) {
      forums = new JdbcForumStore(this);
    }
    return forums;
  }

  @Override
  public PractitionerStore practitioners() {
    checkOpen();
    if (practitioners == null) {
      practitioners = new JdbcPractitionerStore(this);
    }
    return practitioners;
  }

  @Override
  public TermsStore terms() {
    checkOpen();
    if (terms == null) {
      terms = new JdbcTermsStore(this);
    }
    return terms;
  }

  @Override
  public SessionStore sessions() {
    checkOpen();
    if (sessions == null) {
      sessions = new JdbcSessionStore(this);
    }
    return sessions;
  }

  @Override
  public LessonStore lessons() {
    checkOpen();
    if (lessons == null) {
      lessons = new JdbcLessonStore(this, statements.lessons());
    }
    return lessons;
  }

  @Override
  public RepresentationStore representations() {
    checkOpen();
    if (representations == null) {
      representations = new JdbcRepresentationStore(this, statements.representations());
    }
    return representations;
  }

  @Override
  public ConsultationStore consultations() {
    checkOpen();
    if (consultations == null) {
      consultations = new JdbcConsultationStore(this, statements.consultations());
    }
    return consultations;
  }

  @Override
  public RepeatStore repeats() {
    checkOpen();
    if (repeats == null) {
      repeats = new JdbcRepeatStore(this, statements.repeats());
    }
    return repeats;
  }

  @Override
  public AuthorEscrowStore authorEscrow() {
    checkOpen();
    if (authorEscrow == null) {
      authorEscrow = new JdbcAuthorEscrowStore(this, statements.lessons());
    }
    return authorEscrow;
  }

  @Override
  public ReflectiveNoteStore notes() {
    checkOpen();
    if (notes == null) {
      notes = new JdbcNoteStore(this, statements.notes());
    }
    return notes;
  }

  @Override
  public RegistrantProfileStore registrants() {
    checkOpen();
    if (registrants == null) {
      registrants = new JdbcRegistrantStore(this, statements.registrants());
    }
    return registrants;
  }

  @Override
  public StudyTimeStore studyTime() {
    checkOpen();
    if (studyTime == null) {
      studyTime = new JdbcStudyTimeStore(this, statements.studyTime());
    }
    return studyTime;
  }

  @Override
  public OutboxStore outbox() {
    checkOpen();
    if (outbox == null) {
      outbox = new JdbcOutboxStore(this);
    }
    return outbox;
  }

  @Override
  public void afterCommit(Runnable action) {
    checkOpen();
    afterCommit.add(Checks.notNull(action, "after-commit action"));
  }

  /**
   * Returns the actions registered to run after the unit's transaction commits, in order.
   *
   * @return the actions
   */
  public List<Runnable> afterCommitActions() {
    return afterCommit;
  }

  @Override
  public ErasureStore erasure() {
    checkOpen();
    return new JdbcErasureStore(this);
  }

  @Override
  public AuditStore audit() {
    checkOpen();
    if (audit == null) {
      audit = new JdbcAuditStore(this);
    }
    return audit;
  }

  /** Ends the unit of work: its stores refuse every later call, and its read sets are emptied. */
  public void close() {
    open = false;
    heldBack = null;
    for (ReadSet<?, ?> readSet : readSets.values()) {
      readSet.clear();
    }
    readSets.clear();
  }

  /**
   * Refuses a store call once the unit of work is over.
   *
   * @throws IllegalStateException if {@link #close()} was called
   */
  public void checkOpen() {
    if (!open) {
      throw new IllegalStateException(
          "the unit of work is over: stores may be used only inside"
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

  /**
   * Prepares a statement on the unit's connection; before the first one that writes (any statement
   * that does not begin with {@code SELECT}), turns auto-commit off.
   *
   * @param sql the statement
   * @return the prepared statement, for the caller to close
   * @throws SQLException if the driver fails
   */
  public PreparedStatement prepare(String sql) throws SQLException {
    if (heldBack != null) {
      flush();
    }
    if (!inTransaction && !sql.startsWith("SELECT")) {
      connection.setAutoCommit(false);
      inTransaction = true;
      began = true;
    }
    return connection.prepareStatement(sql);
  }

  /**
   * Holds an appended audit record back, so that it can go to the database with the command's
   * events in one statement. A record already held back is inserted first.
   *
   * @param record the record
   */
  public void holdBack(AuditRecord record) {
    if (heldBack != null) {
      flush();
    }
    heldBack = record;
  }

  /**
   * Takes the audit record held back, for a statement that inserts it with other rows.
   *
   * @return the record, or null if none is held back
   */
  public AuditRecord takeHeldBack() {
    AuditRecord r = heldBack;
    heldBack = null;
    return r;
  }

  /**
   * Inserts the audit record held back, if there is one, with a command's events in one statement.
   *
   * @param events the events, in order
   * @return false if no record was held back (the caller inserts the events itself)
   */
  public boolean insertHeldBackWith(List<OutboxRecord> events) {
    AuditRecord r = takeHeldBack();
    if (r == null) {
      return false;
    }
    audit();
    audit.insertWithEvents(r, events);
    return true;
  }

  /**
   * Inserts what the unit holds back. Runs before the unit's next statement and, by the storage,
   * when the unit's work returns, before its transaction commits.
   *
   * @throws org.practitionersforum.api.spi.ConcurrentUpdateException if the audit record held back
   *     meets another at its place in its chain
   */
  public void flush() {
    AuditRecord r = takeHeldBack();
    if (r != null) {
      audit();
      audit.insert(r);
    }
  }

  /**
   * Returns the SQL of the storage's configuration.
   *
   * @return the statements
   */
  public Statements statements() {
    return statements;
  }

  /**
   * Returns the typed error for a failure of a statement, as the database's dialect reads it.
   *
   * @param e the failure
   * @param operation what the store was doing, in plain words and without values
   * @param record the kind of record concerned, for duplicate errors
   * @return the error to throw
   */
  public ForumException failure(SQLException e, String operation, String record) {
    return SqlErrors.translate(e, statements.sqlDialect(), operation, record);
  }

  /**
   * Returns this unit's read set of one kind, made on first use: the one place where what the unit
   * read of that kind of aggregate is kept, shared by every store that reads it.
   *
   * @param type the read set's class, which identifies it
   * @param create makes it on first use
   * @param <R> the read set's class
   * @return the read set
   */
  public <R extends ReadSet<?, ?>> R readSet(Class<R> type, Supplier<R> create) {
    ReadSet<?, ?> found = readSets.get(type);
    if (found == null) {
      found = create.get();
      readSets.put(type, found);
    }
    return type.cast(found);
  }
}

// Longer than 500 lines because it is the reference implementation of every store of the SPI, kept
// in one class so its single lock and version map are visibly shared by all of them.
package org.practitionersforum.core.memory;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.ReadWriteLock;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import java.util.function.Function;
import java.util.function.Predicate;
import org.practitionersforum.api.DuplicateException;
import org.practitionersforum.api.NotFoundException;
import org.practitionersforum.api.consultation.ConsultationRound;
import org.practitionersforum.api.consultation.ManagementTier;
import org.practitionersforum.api.consultation.RecommendationId;
import org.practitionersforum.api.consultation.RepeatGroup;
import org.practitionersforum.api.consultation.RepeatLink;
import org.practitionersforum.api.consultation.Representation;
import org.practitionersforum.api.consultation.RoundId;
import org.practitionersforum.api.consultation.RoundMode;
import org.practitionersforum.api.cpd.NoteId;
import org.practitionersforum.api.cpd.ReflectiveNote;
import org.practitionersforum.api.cpd.RegistrantProfile;
import org.practitionersforum.api.cpd.StudyTimeGrant;
import org.practitionersforum.api.cpd.StudyTimePolicy;
import org.practitionersforum.api.forum.Forum;
import org.practitionersforum.api.forum.ForumId;
import org.practitionersforum.api.forum.ForumState;
import org.practitionersforum.api.forum.StateChange;
import org.practitionersforum.api.internal.Checks;
import org.practitionersforum.api.json.ForumJson;
import org.practitionersforum.api.lesson.FeedCursor;
import org.practitionersforum.api.lesson.Lesson;
import org.practitionersforum.api.lesson.LessonId;
import org.practitionersforum.api.lesson.LessonKind;
import org.practitionersforum.api.lesson.LessonState;
import org.practitionersforum.api.lesson.PublishedLesson;
import org.practitionersforum.api.lesson.Tier;
import org.practitionersforum.api.practitioner.BaseId;
import org.practitionersforum.api.practitioner.OrganisationId;
import org.practitionersforum.api.practitioner.PersonId;
import org.practitionersforum.api.practitioner.PractitionerId;
import org.practitionersforum.api.practitioner.PractitionerProfile;
import org.practitionersforum.api.session.Session;
import org.practitionersforum.api.session.SessionId;
import org.practitionersforum.api.spi.AgreementRound;
import org.practitionersforum.api.spi.AuditStore;
import org.practitionersforum.api.spi.AuthorEscrowStore;
import org.practitionersforum.api.spi.ClosedForum;
import org.practitionersforum.api.spi.CodeCheck;
import org.practitionersforum.api.spi.Cohort;
import org.practitionersforum.api.spi.ConcurrentUpdateException;
import org.practitionersforum.api.spi.ConsultationStore;
import org.practitionersforum.api.spi.ConsultationTransaction;
import org.practitionersforum.api.spi.CpdTransaction;
import org.practitionersforum.api.spi.ErasureStore;
import org.practitionersforum.api.spi.ForumStorage;
import org.practitionersforum.api.spi.ForumStore;
import org.practitionersforum.api.spi.LedgerEntry;
import org.practitionersforum.api.spi.LessonStore;
import org.practitionersforum.api.spi.LessonTransaction;
import org.practitionersforum.api.spi.OutboxStore;
import org.practitionersforum.api.spi.PersonReferences;
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
import org.practitionersforum.api.spi.StudyTimeTotals;
import org.practitionersforum.api.spi.StudyTimeTransaction;
import org.practitionersforum.api.spi.TermsStore;
import org.practitionersforum.api.spi.TransactionWork;
import org.practitionersforum.api.terms.Agreement;
import org.practitionersforum.api.terms.ContentHash;
import org.practitionersforum.api.terms.ForumTerms;
import org.practitionersforum.api.terms.TermsVersion;
import org.practitionersforum.core.internal.session.CpdCredit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A thread-safe, in-memory implementation of the storage SPI: the reference implementation against
 * which the contract suite checks other stores, and a store for tests and small deployments that
 * need no persistence.
 *
 * <p>Units of work buffer their writes and commit them atomically under a lock, after checking that
 * every record written is still at the version it was read at (optimistic concurrency). Reads see
 * the unit's own writes; otherwise a record is read from the committed state once and then seen at
 * that version for the rest of the unit (repeatable reads).
 *
 * <p>Forums are kept whole. {@link ForumStore#findCurrent} cuts a snapshot from the forum as the
 * unit sees it, holding only its latest state change and latest facilitation, as a database store
 * would read it; an update of such a snapshot puts the earlier entries back before it is buffered.
 * An insert of a snapshot that leaves out earlier entries, or an update whose snapshot leaves out
 * more entries than the forum has, is refused with an {@link IllegalArgumentException}.
 */
public final class InMemoryForumStorage implements ForumStorage {
  private static final Logger LOG = LoggerFactory.getLogger(InMemoryForumStorage.class);
  private final ReadWriteLock lock = new ReentrantReadWriteLock();
  private final InMemoryAuditLog audit = new InMemoryAuditLog(lock);
  private final Table<ForumId, Forum> forums = new Table<>("forum", Forum::version);
  private final Table<PractitionerId, PractitionerProfile> profiles =
      new Table<>("practitioner profile", PractitionerProfile::version);
  private final Table<ForumId, ForumTerms> terms =
      new Table<>("forum's terms of reference", ForumTerms::version);
  private final Table<SessionId, Session> sessions = new Table<>("session", Session::version);
  private final Table<LessonId, Lesson> lessons = new Table<>("lesson", Lesson::version);
  private final Table<LessonId, CodeCheck> codeChecks =
      new Table<>("reference code check", CodeCheck::version);
  private final Table<LessonId, Escrowed> escrow = new Table<>("lesson author", Escrowed::version);
  private final Table<RoundId, ConsultationRound> rounds =
      new Table<>("consultation round", ConsultationRound::version);
  private final Table<ForumId, Representation> representations =
      new Table<>("forum's representation", Representation::version);
  private final Table<NoteId, ReflectiveNote> notes =
      new Table<>("reflective note", ReflectiveNote::version);
  private final Table<PractitionerId, RegistrantProfile> registrants =
      new Table<>("registrant profile", RegistrantProfile::version);
  private final Table<OrganisationId, StudyTimePolicy> studyPolicies =
      new Table<>("study time policy", StudyTimePolicy::version);
  private final Table<PractitionerId, StudyTimeGrant> studyGrants =
      new Table<>("study time grant", StudyTimeGrant::version);
  private final Table<RecommendationId, Indexed> ledger =
      new Table<>("ledger entry", Indexed::version);
  private final Table<LinkKey, RepeatLink> links = new Table<>("repeat link", RepeatLink::version);
  private final Table<RecommendationId, RepeatGroup> groups =
      new Table<>("repeat group", RepeatGroup::version);
  private final Map<BaseId, Set<ForumId>> forumsByBase = new ConcurrentHashMap<>();
  private final Map<PractitionerId, Set<ForumId>> forumsByMember = new ConcurrentHashMap<>();
  private final MemoryOutbox outbox = new MemoryOutbox(lock);

  /** Creates an empty store. */
  public InMemoryForumStorage() {}

  @Override
  public <T> T inTransaction(TransactionWork<T> work) {
    Checks.notNull(work, "transaction work");
    Tx tx = new Tx();
    T result = work.execute(tx);
    tx.open = false;
    commit(tx);
    for (Runnable action : tx.afterCommit) {
      try {
        action.run();
      } catch (RuntimeException e) {
        LOG.warn("an after-commit action failed with {}", e.getClass().getSimpleName());
      }
    }
    return result;
  }

  private void commit(Tx tx) {
    lock.writeLock().lock();
    try {
      forums.validate(tx.forumWrites);
      profiles.validate(tx.profileWrites);
      terms.validate(tx.termsWrites);
      sessions.validate(tx.sessionWrites);
      lessons.validate(tx.lessonWrites);
      codeChecks.validate(tx.codeCheckWrites);
      escrow.validate(tx.escrowWrites);
      rounds.validate(tx.roundWrites);
      notes.validate(tx.noteWrites);
      representations.validate(tx.representationWrites);
      ledger.validate(tx.ledgerWrites);
      links.validate(tx.linkWrites);
      groups.validate(tx.groupWrites);
      validateOneNotePerSession(tx.noteWrites);
      registrants.validate(tx.registrantWrites);
      studyPolicies.validate(tx.studyPolicyWrites);
      studyGrants.validate(tx.studyGrantWrites);
      tx.outboxUnit.validate();
      audit.validate(tx.auditStore);
      for (Map.Entry<ForumId, Write<Forum>> e : tx.forumWrites.entrySet()) {
        Forum before = forums.committed.get(e.getKey());
        Forum after = e.getValue().value;
        if (before != null) {
          for (PractitionerId p : before.memberIds()) {
            // An emptied entry goes: an erased member's id must not stay behind as a key.
            forumsByMember.computeIfPresent(
                p, (x, ids) -> ids.remove(e.getKey()) && ids.isEmpty() ? null : ids);
          }
        }
        forumsByBase
            .computeIfAbsent(after.base(), b -> ConcurrentHashMap.newKeySet())
            .add(after.id());
        for (PractitionerId p : after.memberIds()) {
          forumsByMember.computeIfAbsent(p, x -> ConcurrentHashMap.newKeySet()).add(after.id());
        }
      }
      forums.apply(tx.forumWrites);
      profiles.apply(tx.profileWrites);
      terms.apply(tx.termsWrites);
      sessions.apply(tx.sessionWrites);
      lessons.apply(tx.lessonWrites);
      codeChecks.apply(tx.codeCheckWrites);
      escrow.apply(tx.escrowWrites);
      rounds.apply(tx.roundWrites);
      notes.apply(tx.noteWrites);
      representations.apply(tx.representationWrites);
      registrants.apply(tx.registrantWrites);
      studyPolicies.apply(tx.studyPolicyWrites);
      studyGrants.apply(tx.studyGrantWrites);
      ledger.apply(tx.ledgerWrites);
      links.apply(tx.linkWrites);
      groups.apply(tx.groupWrites);
      tx.outboxUnit.apply();
      audit.apply(tx.auditStore);
    } finally {
      lock.writeLock().unlock();
    }
  }

  /** Refuses a new note on a session its author has a committed note on (CPD-2). */
  private void validateOneNotePerSession(Map<NoteId, Write<ReflectiveNote>> writes) {
    for (Write<ReflectiveNote> w : writes.values()) {
      if (w.expectedVersion != 0 || w.value == null) {
        continue;
      }
      ReflectiveNote added = w.value;
      for (ReflectiveNote n : notes.committed.values()) {
        if (!n.id().equals(added.id())
            && n.author().equals(added.author())
            && n.session().equals(added.session())
            && !writes.containsKey(n.id())) {
          throw new DuplicateException("the author has a note on this session already");
        }
      }
    }
  }

  /** The audit trail, for this package's tests, which tamper with it. */
  InMemoryAuditLog auditLog() {
    return audit;
  }

  private <T> T read(java.util.function.Supplier<T> reader) {
    lock.readLock().lock();
    try {
      return reader.get();
    } finally {
      lock.readLock().unlock();
    }
  }

  /** A lesson's author held in the escrow; its version is 1 once stored. */
  private record Escrowed(PractitionerId author, long version) {}

  /** A pending write: the committed version it expects, and the new value (null: deleted). */
  private record Write<V>(long expectedVersion, V value) {}

  /** Committed values of one kind, keyed, with their versions. */
  private static final class Table<K, V> {
    final String what;
    final Function<V, Long> versionOf;
    final Map<K, V> committed = new ConcurrentHashMap<>();

    Table(String what, Function<V, Long> versionOf) {
      this.what = what;
      this.versionOf = versionOf;
    }

    long committedVersion(K key) {
      V v = committed.get(key);
      return v == null ? 0 : versionOf.apply(v);
    }

    void validate(Map<K, Write<V>> writes) {
      for (Map.Entry<K, Write<V>> e : writes.entrySet()) {
        if (committedVersion(e.getKey()) != e.getValue().expectedVersion) {
          if (e.getValue().expectedVersion == 0) {
            throw new DuplicateException("a " + what + " with this id already exists");
          }
          throw new ConcurrentUpdateException(what);
        }
      }
    }

    void apply(Map<K, Write<V>> writes) {
      for (Map.Entry<K, Write<V>> e : writes.entrySet()) {
        if (e.getValue().value == null) {
          committed.remove(e.getKey());
        } else {
          committed.put(e.getKey(), e.getValue().value);
        }
      }
    }
  }

  /** One unit of work. Not thread-safe, like every transaction of the SPI. */
  private final class Tx
      implements StorageTransaction,
          LessonTransaction,
          ConsultationTransaction,
          RepresentationTransaction,
          RepeatTransaction,
          CpdTransaction,
          RegistrantTransaction,
          StudyTimeTransaction,
          ForumStore,
          PractitionerStore {
    final Map<RoundId, Write<ConsultationRound>> roundWrites = new LinkedHashMap<>();
    final TxConsultations consultationStore = new TxConsultations(this);
    final Map<ForumId, Write<Representation>> representationWrites = new LinkedHashMap<>();
    final TxRepresentations representationStore = new TxRepresentations(this);
    final Map<RecommendationId, Write<Indexed>> ledgerWrites = new LinkedHashMap<>();
    final Map<LinkKey, Write<RepeatLink>> linkWrites = new LinkedHashMap<>();
    final Map<RecommendationId, Write<RepeatGroup>> groupWrites = new LinkedHashMap<>();
    final TxRepeats repeatStore = new TxRepeats(this);
    final Map<NoteId, Write<ReflectiveNote>> noteWrites = new LinkedHashMap<>();
    final TxNotes noteStore = new TxNotes(this);
    final Map<PractitionerId, Write<RegistrantProfile>> registrantWrites = new LinkedHashMap<>();
    final TxRegistrants registrantStore = new TxRegistrants(this);
    final Map<OrganisationId, Write<StudyTimePolicy>> studyPolicyWrites = new LinkedHashMap<>();
    final Map<PractitionerId, Write<StudyTimeGrant>> studyGrantWrites = new LinkedHashMap<>();
    final TxStudyTime studyTimeStore = new TxStudyTime(this);
    final Map<LessonId, Write<Lesson>> lessonWrites = new LinkedHashMap<>();
    final Map<LessonId, Write<CodeCheck>> codeCheckWrites = new LinkedHashMap<>();
    final Map<LessonId, Write<Escrowed>> escrowWrites = new LinkedHashMap<>();
    final TxLessons lessonStore = new TxLessons(this);
    final TxEscrow escrowStore = new TxEscrow(this);
    final ErasureStore erasureStore = new TxErasure(this);
    final Map<ForumId, Write<Forum>> forumWrites = new LinkedHashMap<>();
    final Map<PractitionerId, Write<PractitionerProfile>> profileWrites = new LinkedHashMap<>();
    final Map<ForumId, Write<ForumTerms>> termsWrites = new LinkedHashMap<>();
    final Map<SessionId, Write<Session>> sessionWrites = new LinkedHashMap<>();
    final TermsStore termsStore = new TxTerms(this);
    final SessionStore sessionStore = new TxSessions(this);
    final MemoryOutbox.Unit outboxUnit = outbox.new Unit(this::requireOpen);
    final List<Runnable> afterCommit = new ArrayList<>();
    final InMemoryAuditLog.TxAudit auditStore = audit.open(this::requireOpen);

    /** What this unit first read of each record: reads are repeatable within the unit. */
    final Map<Table<?, ?>, Map<Object, Optional<?>>> reads = new java.util.IdentityHashMap<>();

    boolean open = true;

    void requireOpen() {
      if (!open) {
        throw new IllegalStateException("the unit of work has ended");
      }
    }

    @Override
    public ForumStore forums() {
      requireOpen();
      return this;
    }

    @Override
    public PractitionerStore practitioners() {
      requireOpen();
      return this;
    }

    @Override
    public TermsStore terms() {
      requireOpen();
      return termsStore;
    }

    @Override
    public SessionStore sessions() {
      requireOpen();
      return sessionStore;
    }

    @Override
    public LessonStore lessons() {
      requireOpen();
      return lessonStore;
    }

    @Override
    public AuthorEscrowStore authorEscrow() {
      requireOpen();
      return escrowStore;
    }

    @Override
    public ConsultationStore consultations() {
      requireOpen();
      return consultationStore;
    }

    @Override
    public ReflectiveNoteStore notes() {
      requireOpen();
      return noteStore;
    }

    @Override
    public RepresentationStore representations() {
      requireOpen();
      return representationStore;
    }

    @Override
    public RegistrantProfileStore registrants() {
      requireOpen();
      return registrantStore;
    }

    @Override
    public StudyTimeStore studyTime() {
      requireOpen();
      return studyTimeStore;
    }

    @Override
    public RepeatStore repeats() {
      requireOpen();
      return repeatStore;
    }

    @Override
    public OutboxStore outbox() {
      requireOpen();
      return outboxUnit;
    }

    @Override
    public void afterCommit(Runnable action) {
      requireOpen();
      afterCommit.add(Checks.notNull(action, "after-commit action"));
    }

    @Override
    public ErasureStore erasure() {
      requireOpen();
      return erasureStore;
    }

    @Override
    public AuditStore audit() {
      requireOpen();
      return auditStore;
    }

    <K, V> Optional<V> current(Table<K, V> table, Map<K, Write<V>> writes, K key) {
      requireOpen();
      Write<V> w = writes.get(key);
      if (w != null) {
        return Optional.ofNullable(w.value);
      }
      Map<Object, Optional<?>> seen = reads.computeIfAbsent(table, t -> new HashMap<>());
      @SuppressWarnings("unchecked")
      Optional<V> first = (Optional<V>) seen.get(key);
      if (first == null) {
        first = read(() -> Optional.ofNullable(table.committed.get(key)));
        seen.put(key, first);
      }
      return first;
    }

    <K, V> V insert(
        Table<K, V> table, Map<K, Write<V>> writes, K key, V value, Function<V, V> atVersionOne) {
      if (table.versionOf.apply(value) != 0) {
        throw new IllegalArgumentException("a new " + table.what + " must be at version 0");
      }
      if (current(table, writes, key).isPresent()) {
        throw new DuplicateException("a " + table.what + " with this id already exists");
      }
      V stored = atVersionOne.apply(value);
      Write<V> deleted = writes.get(key);
      writes.put(key, new Write<>(deleted == null ? 0 : deleted.expectedVersion, stored));
      return stored;
    }

    <K, V> V update(
        Table<K, V> table, Map<K, Write<V>> writes, K key, V value, Function<V, V> atNextVersion) {
      V existing =
          current(table, writes, key)
              .orElseThrow(() -> new NotFoundException("no such " + table.what));
      if (!table.versionOf.apply(existing).equals(table.versionOf.apply(value))) {
        throw new ConcurrentUpdateException(table.what);
      }
      Write<V> earlier = writes.get(key);
      long expected = earlier != null ? earlier.expectedVersion : table.versionOf.apply(value);
      V stored = atNextVersion.apply(value);
      writes.put(key, new Write<>(expected, stored));
      return stored;
    }

    /** Buffers a delete of a record read at the value's version. */
    <K, V> void delete(Table<K, V> table, Map<K, Write<V>> writes, K key, V value) {
      V existing =
          current(table, writes, key)
              .orElseThrow(() -> new NotFoundException("no such " + table.what));
      if (!table.versionOf.apply(existing).equals(table.versionOf.apply(value))) {
        throw new ConcurrentUpdateException(table.what);
      }
      Write<V> earlier = writes.get(key);
      long expected = earlier != null ? earlier.expectedVersion : table.versionOf.apply(value);
      writes.put(key, new Write<>(expected, null));
    }

    @Override
    public Optional<Forum> find(ForumId id) {
      return current(forums, forumWrites, Checks.notNull(id, "forum id"));
    }

    /** The forum as this unit sees it, cut to its latest state change and facilitation. */
    @Override
    public Optional<Forum> findCurrent(ForumId id) {
      return find(id).map(InMemoryForumStorage::current);
    }

    /** A page of the history of the forum as this unit sees it. */
    @Override
    public List<StateChange> findHistory(ForumId id, int from, int limit) {
      if (from < 0 || limit < 1) {
        throw new IllegalArgumentException(
            "a history page starts at 0 or later and holds at least one change");
      }
      return find(id).map(f -> page(f.history(), from, limit)).orElse(List.of());
    }

    @Override
    public Forum insert(Forum forum) {
      Checks.notNull(forum, "forum");
      if (forum.earlierHistory() != 0 || forum.earlierFacilitations() != 0) {
        throw new IllegalArgumentException("a new forum must hold its whole history");
      }
      return insert(forums, forumWrites, forum.id(), forum, f -> withVersion(f, 1));
    }

    /**
     * Buffers the forum whole: a snapshot's earlier entries are those of the forum as this unit
     * read it, at the snapshot's version (at another version the update is refused as stale).
     * Returns the snapshot as given, at the next version.
     */
    @Override
    public Forum update(Forum forum) {
      Checks.notNull(forum, "forum");
      Forum whole =
          find(forum.id())
              .filter(stored -> stored.version() == forum.version())
              .map(stored -> whole(stored, forum))
              .orElse(forum);
      update(forums, forumWrites, forum.id(), whole, f -> withVersion(f, f.version() + 1));
      return withVersion(forum, forum.version() + 1);
    }

    @Override
    public List<Forum> findByBase(BaseId base) {
      Checks.notNull(base, "base id");
      return query(() -> forumsByBase.getOrDefault(base, Set.of()), f -> f.base().equals(base));
    }

    @Override
    public List<Forum> findByOrganisation(OrganisationId organisation) {
      Checks.notNull(organisation, "organisation id");
      return query(
          () -> new HashSet<>(forums.committed.keySet()),
          f -> f.organisation().equals(organisation));
    }

    @Override
    public List<Forum> findByMember(PractitionerId practitioner) {
      Checks.notNull(practitioner, "practitioner id");
      return query(
          () -> forumsByMember.getOrDefault(practitioner, Set.of()), f -> f.isMember(practitioner));
    }

    /** Reads the index under the lock: a commit may drop an emptied entry of it. */
    private List<Forum> query(
        java.util.function.Supplier<Set<ForumId>> indexed, Predicate<Forum> keep) {
      requireOpen();
      List<Forum> result = new ArrayList<>();
      Set<ForumId> candidates = read(() -> new HashSet<>(indexed.get()));
      candidates.addAll(forumWrites.keySet());
      for (ForumId id : candidates) {
        find(id).filter(keep).ifPresent(result::add);
      }
      result.sort(Comparator.comparing(Forum::id));
      return result;
    }

    @Override
    public Optional<PractitionerProfile> find(PractitionerId id) {
      return current(profiles, profileWrites, Checks.notNull(id, "practitioner id"));
    }

    @Override
    public Map<PractitionerId, PractitionerProfile> findAll(Collection<PractitionerId> ids) {
      Checks.noNulls(ids, "practitioner ids");
      Map<PractitionerId, PractitionerProfile> found = new HashMap<>();
      for (PractitionerId id : ids) {
        find(id).ifPresent(p -> found.put(id, p));
      }
      return found;
    }

    @Override
    public PractitionerProfile insert(PractitionerProfile profile) {
      Checks.notNull(profile, "practitioner profile");
      return insert(profiles, profileWrites, profile.id(), profile, p -> withVersion(p, 1));
    }

    @Override
    public PractitionerProfile update(PractitionerProfile profile) {
      Checks.notNull(profile, "practitioner profile");
      return update(
          profiles, profileWrites, profile.id(), profile, p -> withVersion(p, p.version() + 1));
    }

    @Override
    public void delete(PractitionerProfile profile) {
      Checks.notNull(profile, "practitioner profile");
      delete(profiles, profileWrites, profile.id(), profile);
    }

    @Override
    public long countSharing(Cohort cohort) {
      Checks.notNull(cohort, "cohort");
      requireOpen();
      Set<PractitionerId> ids = read(() -> new HashSet<>(profiles.committed.keySet()));
      ids.addAll(profileWrites.keySet());
      long count = 0;
      for (PractitionerId id : ids) {
        if (find(id).filter(cohort::includes).isPresent()) {
          count++;
        }
      }
      return count;
    }
  }

  /** The terms store of one unit of work. */
  private final class TxTerms implements TermsStore {
    private final Tx tx;

    TxTerms(Tx tx) {
      this.tx = tx;
    }

    @Override
    public Optional<ForumTerms> find(ForumId forum) {
      return tx.current(terms, tx.termsWrites, Checks.notNull(forum, "forum id"));
    }

    /**
     * The version in force of the terms this unit of work sees: its own writes, else what it first
     * read, so the answer is always that of {@link #find} (in memory there is nothing narrower to
     * read).
     */
    @Override
    public Optional<TermsVersion> findInForce(ForumId forum) {
      return find(forum).flatMap(ForumTerms::inForce);
    }

    /**
     * The round as the terms this unit of work sees have it: its own writes, else what it first
     * read (in memory there is nothing narrower to read).
     */
    @Override
    public Optional<AgreementRound> findAgreementRound(ForumId forum, ContentHash hash) {
      Checks.notNull(hash, "content hash");
      return find(forum).flatMap(t -> t.byHash(hash).map(v -> AgreementRound.of(t, v)));
    }

    /**
     * Buffers the terms with the agreement added, as a write expecting the version the unit read;
     * like every write it is validated against the committed version under the lock at commit.
     */
    @Override
    public long recordAgreement(
        ForumId forum, long termsVersion, Agreement agreement, boolean intoForce) {
      Checks.notNull(forum, "forum id");
      Checks.notNull(agreement, "agreement");
      ForumTerms current =
          find(forum)
              .orElseThrow(() -> new NotFoundException("no such forum's terms of reference"));
      if (current.version() != termsVersion) {
        throw new ConcurrentUpdateException(terms.what);
      }
      return update(current.withAgreement(agreement, intoForce)).version();
    }

    @Override
    public ForumTerms insert(ForumTerms value) {
      Checks.notNull(value, "forum's terms");
      return tx.insert(terms, tx.termsWrites, value.forum(), value, t -> withVersion(t, 1));
    }

    @Override
    public ForumTerms update(ForumTerms value) {
      Checks.notNull(value, "forum's terms");
      return tx.update(
          terms, tx.termsWrites, value.forum(), value, t -> withVersion(t, t.version() + 1));
    }
  }

  /** The session store of one unit of work. */
  private final class TxSessions implements SessionStore {
    private final Tx tx;

    TxSessions(Tx tx) {
      this.tx = tx;
    }

    @Override
    public Optional<Session> find(SessionId id) {
      return tx.current(sessions, tx.sessionWrites, Checks.notNull(id, "session id"));
    }

    @Override
    public Session insert(Session session) {
      Checks.notNull(session, "session");
      return tx.insert(sessions, tx.sessionWrites, session.id(), session, s -> withVersion(s, 1));
    }

    @Override
    public Session update(Session session) {
      Checks.notNull(session, "session");
      return tx.update(
          sessions, tx.sessionWrites, session.id(), session, s -> withVersion(s, s.version() + 1));
    }

    @Override
    public void delete(Session session) {
      Checks.notNull(session, "session");
      tx.delete(sessions, tx.sessionWrites, session.id(), session);
    }

    @Override
    public List<Session> findByForum(ForumId forum) {
      Checks.notNull(forum, "forum id");
      return scan(s -> s.forum().equals(forum));
    }

    @Override
    public List<Session> findAttended(PractitionerId practitioner, Instant from, Instant until) {
      Checks.notNull(practitioner, "practitioner id");
      Checks.notNull(from, "start of period");
      Checks.notNull(until, "end of period");
      return scan(
          s ->
              !s.startedAt().isBefore(from)
                  && s.startedAt().isBefore(until)
                  && s.present().contains(practitioner));
    }

    List<Session> scan(Predicate<Session> keep) {
      tx.requireOpen();
      Set<SessionId> candidates = read(() -> new HashSet<>(sessions.committed.keySet()));
      candidates.addAll(tx.sessionWrites.keySet());
      List<Session> result = new ArrayList<>();
      for (SessionId id : candidates) {
        find(id).filter(keep).ifPresent(result::add);
      }
      result.sort(Comparator.comparing(Session::startedAt).thenComparing(Session::id));
      return result;
    }
  }

  /** The lesson store of one unit of work. */
  private final class TxLessons implements LessonStore {
    private final Tx tx;

    TxLessons(Tx tx) {
      this.tx = tx;
    }

    @Override
    public Optional<Lesson> find(LessonId id) {
      return tx.current(lessons, tx.lessonWrites, Checks.notNull(id, "lesson id"));
    }

    @Override
    public Lesson insert(Lesson lesson) {
      Checks.notNull(lesson, "lesson");
      return tx.insert(lessons, tx.lessonWrites, lesson.id(), lesson, l -> withVersion(l, 1));
    }

    @Override
    public Lesson update(Lesson lesson) {
      Checks.notNull(lesson, "lesson");
      return tx.update(
          lessons, tx.lessonWrites, lesson.id(), lesson, l -> withVersion(l, l.version() + 1));
    }

    @Override
    public void delete(Lesson lesson) {
      Checks.notNull(lesson, "lesson");
      tx.delete(lessons, tx.lessonWrites, lesson.id(), lesson);
      Optional<CodeCheck> check = findCodeCheck(lesson.id());
      if (check.isPresent()) {
        tx.delete(codeChecks, tx.codeCheckWrites, lesson.id(), check.get());
      }
    }

    @Override
    public List<PublishedLesson> findPublished(
        Tier tier,
        Optional<ForumId> forum,
        Optional<OrganisationId> organisation,
        Optional<LessonKind> kind,
        Optional<FeedCursor> after,
        int limit) {
      Checks.notNull(tier, "tier");
      Checks.notNull(forum, "forum");
      Checks.notNull(organisation, "organisation");
      Checks.notNull(kind, "lesson kind");
      Checks.notNull(after, "feed cursor");
      if (limit < 1) {
        throw new IllegalArgumentException("a feed window holds at least one lesson");
      }
      tx.requireOpen();
      Set<LessonId> candidates = read(() -> new HashSet<>(lessons.committed.keySet()));
      candidates.addAll(tx.lessonWrites.keySet());
      List<PublishedLesson> out = new ArrayList<>();
      for (LessonId id : candidates) {
        Optional<Lesson> found = find(id);
        if (found.isEmpty()) {
          continue;
        }
        Lesson l = found.get();
        if (l.state() == LessonState.WITHDRAWN
            || !l.publishedAt(tier)
            || forum.filter(f -> !f.equals(l.forum())).isPresent()
            || organisation.filter(o -> !o.equals(l.organisation())).isPresent()
            || kind.filter(k -> k != l.kind()).isPresent()) {
          continue;
        }
        PublishedLesson p = PublishedLesson.of(l, tier);
        if (after.filter(c -> !c.precedes(p.publishedAt(), p.id())).isPresent()) {
          continue;
        }
        out.add(p);
      }
      out.sort(
          Comparator.comparing(PublishedLesson::publishedAt)
              .thenComparing(PublishedLesson::id)
              .reversed());
      return List.copyOf(out.subList(0, Math.min(limit, out.size())));
    }

    @Override
    public Optional<CodeCheck> findCodeCheck(LessonId id) {
      return tx.current(codeChecks, tx.codeCheckWrites, Checks.notNull(id, "lesson id"));
    }

    @Override
    public CodeCheck saveCodeCheck(LessonId id, CodeCheck check) {
      Checks.notNull(id, "lesson id");
      Checks.notNull(check, "code check");
      if (find(id).isEmpty()) {
        throw new NotFoundException("no such lesson");
      }
      if (check.version() == 0) {
        return tx.insert(codeChecks, tx.codeCheckWrites, id, check, c -> c.withVersion(1));
      }
      return tx.update(
          codeChecks, tx.codeCheckWrites, id, check, c -> c.withVersion(c.version() + 1));
    }
  }

  /** The consultation store of one unit of work. */
  private final class TxConsultations implements ConsultationStore {
    private final Tx tx;

    TxConsultations(Tx tx) {
      this.tx = tx;
    }

    @Override
    public Optional<ConsultationRound> find(RoundId id) {
      return tx.current(rounds, tx.roundWrites, Checks.notNull(id, "round id"));
    }

    @Override
    public ConsultationRound insert(ConsultationRound round) {
      Checks.notNull(round, "consultation round");
      return tx.insert(rounds, tx.roundWrites, round.id(), round, r -> roundAt(r, 1));
    }

    @Override
    public ConsultationRound update(ConsultationRound round) {
      Checks.notNull(round, "consultation round");
      return tx.update(rounds, tx.roundWrites, round.id(), round, r -> roundAt(r, r.version() + 1));
    }

    @Override
    public List<ConsultationRound> findUndisposed(
        OrganisationId organisation, java.time.LocalDate closedOnOrBefore) {
      Checks.notNull(organisation, "organisation id");
      Checks.notNull(closedOnOrBefore, "date");
      tx.requireOpen();
      Set<RoundId> candidates = read(() -> new HashSet<>(rounds.committed.keySet()));
      candidates.addAll(tx.roundWrites.keySet());
      List<ConsultationRound> out = new ArrayList<>();
      for (RoundId id : candidates) {
        find(id)
            .filter(r -> r.organisation().equals(organisation))
            .filter(r -> !r.closesOn().isAfter(closedOnOrBefore))
            .filter(r -> !r.undisposed().isEmpty())
            .ifPresent(out::add);
      }
      out.sort(Comparator.comparing(ConsultationRound::id));
      return out;
    }

    @Override
    public List<ConsultationRound> findMeetings(OrganisationId organisation) {
      Checks.notNull(organisation, "organisation id");
      tx.requireOpen();
      Set<RoundId> candidates = read(() -> new HashSet<>(rounds.committed.keySet()));
      candidates.addAll(tx.roundWrites.keySet());
      List<ConsultationRound> out = new ArrayList<>();
      for (RoundId id : candidates) {
        find(id)
            .filter(r -> r.organisation().equals(organisation))
            .filter(r -> r.mode() == RoundMode.MEETING)
            .ifPresent(out::add);
      }
      out.sort(Comparator.comparing(ConsultationRound::id));
      return out;
    }

    @Override
    public List<ConsultationRound> findNaming(PersonId person) {
      Checks.notNull(person, "person id");
      tx.requireOpen();
      Set<RoundId> candidates = read(() -> new HashSet<>(rounds.committed.keySet()));
      candidates.addAll(tx.roundWrites.keySet());
      List<ConsultationRound> out = new ArrayList<>();
      for (RoundId id : candidates) {
        find(id).filter(r -> r.people().contains(person)).ifPresent(out::add);
      }
      out.sort(Comparator.comparing(ConsultationRound::id));
      return out;
    }

    @Override
    public org.practitionersforum.api.spi.EngagementTallies engagement(
        OrganisationId organisation,
        java.time.LocalDate from,
        java.time.LocalDate to,
        java.time.LocalDate overdueClosedOnOrBefore) {
      Checks.notNull(organisation, "organisation id");
      Checks.notNull(from, "first date");
      Checks.notNull(to, "last date");
      Checks.notNull(overdueClosedOnOrBefore, "date");
      tx.requireOpen();
      Set<RoundId> candidates = read(() -> new HashSet<>(rounds.committed.keySet()));
      candidates.addAll(tx.roundWrites.keySet());
      List<ConsultationRound> in = new ArrayList<>();
      for (RoundId id : candidates) {
        find(id)
            .filter(r -> r.organisation().equals(organisation))
            .filter(r -> !r.opensOn().isBefore(from) && !r.opensOn().isAfter(to))
            .ifPresent(in::add);
      }
      return RoundTallies.of(in, overdueClosedOnOrBefore);
    }
  }

  /** The representation store of one unit of work (CR-7). */
  private final class TxRepresentations implements RepresentationStore {
    private final Tx tx;

    TxRepresentations(Tx tx) {
      this.tx = tx;
    }

    @Override
    public Optional<Representation> find(ForumId forum) {
      return tx.current(
          representations, tx.representationWrites, Checks.notNull(forum, "forum id"));
    }

    @Override
    public Representation insert(Representation representation) {
      Checks.notNull(representation, "representation");
      return tx.insert(
          representations,
          tx.representationWrites,
          representation.forum(),
          representation,
          r -> representationAt(r, 1));
    }

    @Override
    public Representation update(Representation representation) {
      Checks.notNull(representation, "representation");
      return tx.update(
          representations,
          tx.representationWrites,
          representation.forum(),
          representation,
          r -> representationAt(r, r.version() + 1));
    }

    @Override
    public List<Representation> findByOrganisation(OrganisationId organisation) {
      Checks.notNull(organisation, "organisation id");
      return select(r -> r.organisation().equals(organisation));
    }

    @Override
    public List<Representation> findNaming(PersonId person) {
      Checks.notNull(person, "person id");
      return select(r -> r.people().contains(person));
    }

    private List<Representation> select(Predicate<Representation> keep) {
      tx.requireOpen();
      Set<ForumId> candidates = read(() -> new HashSet<>(representations.committed.keySet()));
      candidates.addAll(tx.representationWrites.keySet());
      List<Representation> out = new ArrayList<>();
      for (ForumId id : candidates) {
        find(id).filter(keep).ifPresent(out::add);
      }
      out.sort(Comparator.comparing(Representation::forum));
      return out;
    }
  }

  private static Representation representationAt(Representation r, long version) {
    return Representation.builder().from(r).version(version).build();
  }

  private static ConsultationRound roundAt(ConsultationRound round, long version) {
    return ConsultationRound.builder().from(round).version(version).build();
  }

  /** A ledger entry as the in-memory index keeps it: inserted once, never changed. */
  private record Indexed(LedgerEntry entry, long version) {}

  /** The key of a link: its later and its earlier recommendation. */
  private record LinkKey(RecommendationId newer, RecommendationId earlier) {}

  /** The repeat index, links and groups of one unit of work (CR-6). */
  private final class TxRepeats implements RepeatStore {
    private final Tx tx;

    TxRepeats(Tx tx) {
      this.tx = tx;
    }

    private <K, V> Set<K> keys(Table<K, V> table, Map<K, Write<V>> writes) {
      tx.requireOpen();
      Set<K> out = read(() -> new HashSet<>(table.committed.keySet()));
      out.addAll(writes.keySet());
      return out;
    }

    @Override
    public void index(LedgerEntry entry) {
      Checks.notNull(entry, "ledger entry");
      tx.insert(
          ledger,
          tx.ledgerWrites,
          entry.id(),
          new Indexed(entry, 0),
          e -> new Indexed(e.entry(), 1));
      tx.insert(
          groups,
          tx.groupWrites,
          entry.id(),
          new RepeatGroup(
              entry.id(), entry.organisation(), List.of(entry.id()), ManagementTier.SERVICE, 0),
          g -> g.withVersion(1));
    }

    @Override
    public Optional<LedgerEntry> entry(RecommendationId id) {
      return tx.current(ledger, tx.ledgerWrites, Checks.notNull(id, "recommendation id"))
          .map(Indexed::entry);
    }

    @Override
    public List<LedgerEntry> candidates(OrganisationId organisation, List<Long> keys) {
      Checks.notNull(organisation, "organisation id");
      Set<Long> wanted = Set.copyOf(Checks.notNull(keys, "keys"));
      Map<Long, List<LedgerEntry>> buckets = new HashMap<>();
      for (RecommendationId id : keys(ledger, tx.ledgerWrites)) {
        entry(id)
            .filter(e -> e.organisation().equals(organisation))
            .ifPresent(
                e -> {
                  for (Long k : e.keys()) {
                    if (wanted.contains(k)) {
                      buckets.computeIfAbsent(k, x -> new ArrayList<>()).add(e);
                    }
                  }
                });
      }
      Map<RecommendationId, LedgerEntry> out = new java.util.TreeMap<>();
      Comparator<LedgerEntry> newestFirst =
          Comparator.comparing(LedgerEntry::raisedOn)
              .thenComparing(e -> e.id().toString())
              .reversed();
      for (List<LedgerEntry> bucket : buckets.values()) {
        bucket.sort(newestFirst);
        bucket.stream().limit(BUCKET_CAP).forEach(e -> out.put(e.id(), e));
      }
      return List.copyOf(out.values());
    }

    @Override
    public Optional<RepeatLink> findLink(RecommendationId newer, RecommendationId earlier) {
      Checks.notNull(newer, "recommendation id");
      Checks.notNull(earlier, "recommendation id");
      return tx.current(links, tx.linkWrites, new LinkKey(newer, earlier));
    }

    @Override
    public RepeatLink insertLink(RepeatLink link) {
      Checks.notNull(link, "repeat link");
      return tx.insert(
          links,
          tx.linkWrites,
          new LinkKey(link.newer(), link.earlier()),
          link,
          l -> l.withVersion(1));
    }

    @Override
    public RepeatLink updateLink(RepeatLink link) {
      Checks.notNull(link, "repeat link");
      return tx.update(
          links,
          tx.linkWrites,
          new LinkKey(link.newer(), link.earlier()),
          link,
          l -> l.withVersion(l.version() + 1));
    }

    @Override
    public List<RepeatLink> linksOf(RecommendationId id) {
      Checks.notNull(id, "recommendation id");
      List<RepeatLink> out = new ArrayList<>();
      for (LinkKey k : keys(links, tx.linkWrites)) {
        if (k.newer().equals(id) || k.earlier().equals(id)) {
          tx.current(links, tx.linkWrites, k).ifPresent(out::add);
        }
      }
      out.sort(Comparator.comparing(RepeatLink::newer).thenComparing(RepeatLink::earlier));
      return out;
    }

    @Override
    public Optional<RepeatGroup> groupOf(RecommendationId member) {
      Checks.notNull(member, "recommendation id");
      for (RecommendationId g : keys(groups, tx.groupWrites)) {
        Optional<RepeatGroup> found =
            tx.current(groups, tx.groupWrites, g).filter(x -> x.members().contains(member));
        if (found.isPresent()) {
          return found;
        }
      }
      return Optional.empty();
    }

    @Override
    public RepeatGroup updateGroup(RepeatGroup group) {
      Checks.notNull(group, "repeat group");
      return tx.update(
          groups, tx.groupWrites, group.id(), group, g -> g.withVersion(g.version() + 1));
    }

    @Override
    public void deleteGroup(RepeatGroup group) {
      Checks.notNull(group, "repeat group");
      tx.delete(groups, tx.groupWrites, group.id(), group);
    }
  }

  /** The reflective note store of one unit of work. */
  private final class TxNotes implements ReflectiveNoteStore {
    private final Tx tx;

    TxNotes(Tx tx) {
      this.tx = tx;
    }

    @Override
    public Optional<ReflectiveNote> find(NoteId id) {
      return tx.current(notes, tx.noteWrites, Checks.notNull(id, "note id"));
    }

    @Override
    public List<ReflectiveNote> findByAuthor(PractitionerId author) {
      Checks.notNull(author, "practitioner id");
      tx.requireOpen();
      Set<NoteId> candidates = read(() -> new HashSet<>(notes.committed.keySet()));
      candidates.addAll(tx.noteWrites.keySet());
      List<ReflectiveNote> out = new ArrayList<>();
      for (NoteId id : candidates) {
        find(id).filter(n -> n.author().equals(author)).ifPresent(out::add);
      }
      out.sort(
          Comparator.comparing(ReflectiveNote::sessionStartedAt).thenComparing(ReflectiveNote::id));
      return out;
    }

    @Override
    public ReflectiveNote insert(ReflectiveNote note) {
      Checks.notNull(note, "reflective note");
      if (note.version() == 0) {
        for (ReflectiveNote n : findByAuthor(note.author())) {
          if (n.session().equals(note.session()) && !n.id().equals(note.id())) {
            throw new DuplicateException("the author has a note on this session already");
          }
        }
      }
      return tx.insert(notes, tx.noteWrites, note.id(), note, n -> withVersion(n, 1));
    }

    @Override
    public ReflectiveNote update(ReflectiveNote note) {
      Checks.notNull(note, "reflective note");
      ReflectiveNote stored =
          find(note.id()).orElseThrow(() -> new NotFoundException("no such reflective note"));
      // Only the content and the revision time change; what the note is on stays as stored.
      ReflectiveNote changed =
          ReflectiveNote.builder()
              .from(stored)
              .content(note.content())
              .revisedAt(note.revisedAt())
              .version(note.version())
              .build();
      return tx.update(
          notes, tx.noteWrites, note.id(), changed, n -> withVersion(n, n.version() + 1));
    }

    @Override
    public void delete(ReflectiveNote note) {
      Checks.notNull(note, "reflective note");
      tx.delete(notes, tx.noteWrites, note.id(), note);
    }
  }

  /** The registrant profile store of one unit of work. */
  private final class TxRegistrants implements RegistrantProfileStore {
    private final Tx tx;

    TxRegistrants(Tx tx) {
      this.tx = tx;
    }

    @Override
    public Optional<RegistrantProfile> find(PractitionerId practitioner) {
      return tx.current(
          registrants, tx.registrantWrites, Checks.notNull(practitioner, "practitioner id"));
    }

    @Override
    public RegistrantProfile insert(RegistrantProfile profile) {
      Checks.notNull(profile, "registrant profile");
      return tx.insert(
          registrants, tx.registrantWrites, profile.practitioner(), profile, p -> p.atVersion(1));
    }

    @Override
    public RegistrantProfile update(RegistrantProfile profile) {
      Checks.notNull(profile, "registrant profile");
      return tx.update(
          registrants,
          tx.registrantWrites,
          profile.practitioner(),
          profile,
          p -> p.atVersion(p.version() + 1));
    }

    @Override
    public void delete(RegistrantProfile profile) {
      Checks.notNull(profile, "registrant profile");
      tx.delete(registrants, tx.registrantWrites, profile.practitioner(), profile);
    }
  }

  /**
   * The study time store of one unit of work. Its totals read each practitioner's attendance and
   * credit it with the one rule of the CPD record ({@link CpdCredit}).
   */
  private final class TxStudyTime implements StudyTimeStore {
    private final Tx tx;

    TxStudyTime(Tx tx) {
      this.tx = tx;
    }

    @Override
    public Optional<StudyTimePolicy> findPolicy(OrganisationId organisation) {
      return tx.current(
          studyPolicies, tx.studyPolicyWrites, Checks.notNull(organisation, "organisation id"));
    }

    @Override
    public StudyTimePolicy insertPolicy(StudyTimePolicy policy) {
      Checks.notNull(policy, "study time policy");
      return tx.insert(
          studyPolicies, tx.studyPolicyWrites, policy.organisation(), policy, p -> p.atVersion(1));
    }

    @Override
    public StudyTimePolicy updatePolicy(StudyTimePolicy policy) {
      Checks.notNull(policy, "study time policy");
      return tx.update(
          studyPolicies,
          tx.studyPolicyWrites,
          policy.organisation(),
          policy,
          p -> p.atVersion(p.version() + 1));
    }

    @Override
    public Optional<StudyTimeGrant> findGrant(PractitionerId practitioner) {
      return tx.current(
          studyGrants, tx.studyGrantWrites, Checks.notNull(practitioner, "practitioner id"));
    }

    @Override
    public StudyTimeGrant insertGrant(StudyTimeGrant grant) {
      Checks.notNull(grant, "study time grant");
      return tx.insert(
          studyGrants, tx.studyGrantWrites, grant.practitioner(), grant, g -> g.atVersion(1));
    }

    @Override
    public StudyTimeGrant updateGrant(StudyTimeGrant grant) {
      Checks.notNull(grant, "study time grant");
      return tx.update(
          studyGrants,
          tx.studyGrantWrites,
          grant.practitioner(),
          grant,
          g -> g.atVersion(g.version() + 1));
    }

    @Override
    public void deleteGrant(StudyTimeGrant grant) {
      Checks.notNull(grant, "study time grant");
      tx.delete(studyGrants, tx.studyGrantWrites, grant.practitioner(), grant);
    }

    @Override
    public StudyTimeTotals forumTotals(
        ForumId forum,
        OrganisationId organisation,
        Duration defaultGrant,
        Instant from,
        Instant until) {
      Checks.notNull(forum, "forum id");
      Set<PractitionerId> members =
          tx.find(forum)
              .map(f -> (Set<PractitionerId>) new HashSet<>(f.memberIds()))
              .orElse(Set.of());
      return totals(members, organisation, defaultGrant, from, until);
    }

    @Override
    public StudyTimeTotals baseTotals(
        BaseId base,
        OrganisationId organisation,
        Duration defaultGrant,
        Instant from,
        Instant until) {
      Checks.notNull(base, "base id");
      tx.requireOpen();
      Set<PractitionerId> ids = read(() -> new HashSet<>(profiles.committed.keySet()));
      ids.addAll(tx.profileWrites.keySet());
      Set<PractitionerId> atBase = new HashSet<>();
      for (PractitionerId id : ids) {
        tx.find(id).filter(p -> p.base().equals(base)).ifPresent(p -> atBase.add(id));
      }
      return totals(atBase, organisation, defaultGrant, from, until);
    }

    private StudyTimeTotals totals(
        Set<PractitionerId> group,
        OrganisationId organisation,
        Duration defaultGrant,
        Instant from,
        Instant until) {
      Checks.notNull(organisation, "organisation id");
      Checks.notNull(defaultGrant, "default grant");
      Checks.notNull(from, "start of the window");
      Checks.notNull(until, "end of the window");
      long people = 0;
      Duration granted = Duration.ZERO;
      Duration used = Duration.ZERO;
      for (PractitionerId id : group) {
        if (tx.find(id).filter(p -> p.organisation().equals(organisation)).isEmpty()) {
          continue;
        }
        people++;
        granted = granted.plus(findGrant(id).map(StudyTimeGrant::grant).orElse(defaultGrant));
        List<Session> attended =
            tx.sessions().findAttended(id, from.minus(Session.MAX_DURATION), until);
        used = used.plus(CpdCredit.studyTime(CpdCredit.entries(attended, from, ZoneOffset.UTC)));
      }
      return new StudyTimeTotals(people, granted, used);
    }
  }

  /** The author escrow of one unit of work. */
  private final class TxEscrow implements AuthorEscrowStore {
    private final Tx tx;

    TxEscrow(Tx tx) {
      this.tx = tx;
    }

    @Override
    public Optional<PractitionerId> findAuthor(LessonId lesson) {
      return tx.current(escrow, tx.escrowWrites, Checks.notNull(lesson, "lesson id"))
          .map(Escrowed::author);
    }

    @Override
    public List<LessonId> findLessons(PractitionerId author) {
      Checks.notNull(author, "practitioner id");
      tx.requireOpen();
      Set<LessonId> candidates = read(() -> new HashSet<>(escrow.committed.keySet()));
      candidates.addAll(tx.escrowWrites.keySet());
      List<LessonId> out = new ArrayList<>();
      for (LessonId id : candidates) {
        findAuthor(id).filter(author::equals).ifPresent(a -> out.add(id));
      }
      out.sort(Comparator.naturalOrder());
      return out;
    }

    @Override
    public void insert(LessonId lesson, PractitionerId author) {
      Checks.notNull(lesson, "lesson id");
      Checks.notNull(author, "practitioner id");
      tx.insert(
          escrow, tx.escrowWrites, lesson, new Escrowed(author, 0), e -> new Escrowed(author, 1));
    }

    @Override
    public boolean delete(LessonId lesson) {
      Optional<Escrowed> held =
          tx.current(escrow, tx.escrowWrites, Checks.notNull(lesson, "lesson id"));
      if (held.isEmpty()) {
        return false;
      }
      tx.delete(escrow, tx.escrowWrites, lesson, held.get());
      return true;
    }
  }

  /**
   * The erasure store of one unit of work: scans of every record as this unit sees it (in memory
   * there is no index to read instead).
   */
  private final class TxErasure implements ErasureStore {
    private final Tx tx;

    TxErasure(Tx tx) {
      this.tx = tx;
    }

    @Override
    public PersonReferences findReferences(PersonId person) {
      Checks.notNull(person, "person id");
      PractitionerId practitioner = person.asPractitioner();
      List<ForumId> named = new ArrayList<>();
      List<ForumId> termsNamed = new ArrayList<>();
      for (ForumId id : keys(forums, tx.forumWrites)) {
        tx.find(id).filter(f -> names(f, person)).ifPresent(f -> named.add(f.id()));
      }
      for (ForumId id : keys(terms, tx.termsWrites)) {
        tx.terms().find(id).filter(t -> names(t, person)).ifPresent(t -> termsNamed.add(id));
      }
      List<SessionId> attended =
          ((TxSessions) tx.sessionStore)
                  .scan(
                      s ->
                          s.attendance().stream()
                              .anyMatch(a -> a.practitioner().equals(practitioner)))
                  .stream()
                  .map(Session::id)
                  .toList();
      List<PractitionerId> managed = new ArrayList<>();
      for (PractitionerId id : keys(profiles, tx.profileWrites)) {
        tx.find(id)
            .filter(p -> p.lineManager().filter(practitioner::equals).isPresent())
            .ifPresent(p -> managed.add(p.id()));
      }
      return new PersonReferences(named, termsNamed, attended, managed);
    }

    @Override
    public List<ClosedForum> findClosedBefore(Instant closedBefore) {
      Checks.notNull(closedBefore, "time");
      List<ClosedForum> out = new ArrayList<>();
      for (ForumId id : keys(forums, tx.forumWrites)) {
        tx.find(id)
            .filter(f -> f.state() == ForumState.CLOSED)
            .ifPresent(
                f -> {
                  Instant at = f.history().get(f.history().size() - 1).at();
                  if (at.isBefore(closedBefore)) {
                    out.add(new ClosedForum(f.id(), f.organisation(), at));
                  }
                });
      }
      out.sort(Comparator.comparing(ClosedForum::forum));
      return out;
    }

    private <K, V> Set<K> keys(Table<K, V> table, Map<K, Write<V>> writes) {
      tx.requireOpen();
      Set<K> out = read(() -> new HashSet<>(table.committed.keySet()));
      out.addAll(writes.keySet());
      return out;
    }
  }

  private static boolean names(Forum f, PersonId person) {
    PractitionerId practitioner = person.asPractitioner();
    return f.isMember(practitioner)
        || f.invitations().stream().anyMatch(i -> i.invitee().equals(practitioner))
        || f.facilitations().stream().anyMatch(x -> x.facilitator().equals(person))
        || f.sponsor().filter(person::equals).isPresent();
  }

  private static boolean names(ForumTerms t, PersonId person) {
    for (TermsVersion v : t.versions()) {
      if (v.agreements().stream().anyMatch(a -> a.party().equals(person))
          || v.objections().stream().anyMatch(o -> o.party().equals(person))) {
        return true;
      }
    }
    return false;
  }

  /**
   * Returns everything the store holds, committed, as JSON texts: every forum, profile, terms and
   * session, and the keys and entries of its indexes. For tests that look through everything stored
   * for a value that must not be there, such as the id of a practitioner whose data was erased
   * (SEC-3).
   *
   * @return the JSON texts, in no particular order
   */
  public List<String> everythingAsJson() {
    return read(
        () -> {
          List<String> out = new ArrayList<>();
          forums.committed.values().forEach(v -> out.add(ForumJson.write(v)));
          profiles.committed.values().forEach(v -> out.add(ForumJson.write(v)));
          terms.committed.values().forEach(v -> out.add(ForumJson.write(v)));
          sessions.committed.values().forEach(v -> out.add(ForumJson.write(v)));
          lessons.committed.values().forEach(v -> out.add(ForumJson.write(v)));
          codeChecks.committed.forEach((k, v) -> out.add(k + " " + ForumJson.write(v)));
          escrow.committed.forEach((k, v) -> out.add(k + " " + ForumJson.write(v.author())));
          notes.committed.values().forEach(v -> out.add(ForumJson.write(v)));
          registrants.committed.values().forEach(v -> out.add(ForumJson.write(v)));
          studyPolicies.committed.values().forEach(v -> out.add(ForumJson.write(v)));
          studyGrants.committed.values().forEach(v -> out.add(ForumJson.write(v)));
          forumsByBase.forEach((k, v) -> out.add(ForumJson.write(k) + ForumJson.write(v)));
          forumsByMember.forEach((k, v) -> out.add(ForumJson.write(k) + ForumJson.write(v)));
          return out;
        });
  }

  private static ForumTerms withVersion(ForumTerms value, long version) {
    return ForumTerms.builder().from(value).version(version).build();
  }

  private static ReflectiveNote withVersion(ReflectiveNote note, long version) {
    return ReflectiveNote.builder().from(note).version(version).build();
  }

  private static Lesson withVersion(Lesson lesson, long version) {
    return Lesson.builder().from(lesson).version(version).build();
  }

  private static Session withVersion(Session session, long version) {
    return Session.builder().from(session).version(version).build();
  }

  /** A whole forum's current snapshot: its latest state change and facilitation, with counts. */
  private static Forum current(Forum whole) {
    int history = whole.history().size() - 1;
    int facilitations = Math.max(0, whole.facilitations().size() - 1);
    if (history == 0 && facilitations == 0) {
      return whole;
    }
    return Forum.builder()
        .from(whole)
        .history(whole.history().subList(history, whole.history().size()))
        .facilitations(whole.facilitations().subList(facilitations, whole.facilitations().size()))
        .earlierHistory(history)
        .earlierFacilitations(facilitations)
        .build();
  }

  /** A snapshot made whole again with the earlier entries of the stored forum it was cut from. */
  private static Forum whole(Forum stored, Forum snapshot) {
    if (snapshot.earlierHistory() == 0 && snapshot.earlierFacilitations() == 0) {
      return snapshot;
    }
    return Forum.builder()
        .from(snapshot)
        .history(joined(stored.history(), snapshot.earlierHistory(), snapshot.history()))
        .facilitations(
            joined(
                stored.facilitations(), snapshot.earlierFacilitations(), snapshot.facilitations()))
        .earlierHistory(0)
        .earlierFacilitations(0)
        .build();
  }

  private static <T> List<T> joined(List<T> stored, int earlier, List<T> after) {
    if (earlier > stored.size()) {
      throw new IllegalArgumentException(
          "a forum snapshot cannot leave out more entries than the forum has");
    }
    List<T> out = new ArrayList<>(earlier + after.size());
    out.addAll(stored.subList(0, earlier));
    out.addAll(after);
    return out;
  }

  private static <T> List<T> page(List<T> all, int from, int limit) {
    int start = Math.min(from, all.size());
    int end = (int) Math.min((long) start + limit, all.size());
    return List.copyOf(all.subList(start, end));
  }

  private static Forum withVersion(Forum forum, long version) {
    return Forum.builder().from(forum).version(version).build();
  }

  private static PractitionerProfile withVersion(PractitionerProfile profile, long version) {
    return PractitionerProfile.builder().from(profile).version(version).build();
  }
}

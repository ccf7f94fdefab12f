package org.practitionersforum.core.internal.audit;

import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.function.Supplier;
import org.practitionersforum.api.audit.AggregateRef;
import org.practitionersforum.api.audit.AuditRecord;
import org.practitionersforum.api.consultation.ConsultationRound;
import org.practitionersforum.api.consultation.RoundId;
import org.practitionersforum.api.event.ForumEvent;
import org.practitionersforum.api.forum.Forum;
import org.practitionersforum.api.forum.ForumId;
import org.practitionersforum.api.internal.Checks;
import org.practitionersforum.api.lesson.Lesson;
import org.practitionersforum.api.lesson.LessonId;
import org.practitionersforum.api.practitioner.OrganisationId;
import org.practitionersforum.api.practitioner.PractitionerId;
import org.practitionersforum.api.practitioner.PractitionerProfile;
import org.practitionersforum.api.security.Actor;
import org.practitionersforum.api.security.Operation;
import org.practitionersforum.api.session.Session;
import org.practitionersforum.api.session.SessionId;
import org.practitionersforum.api.spi.AuditStore;
import org.practitionersforum.api.spi.ConsultationTransaction;
import org.practitionersforum.api.spi.LessonTransaction;
import org.practitionersforum.api.spi.StorageTransaction;

/**
 * Writes the audit trail (SEC-2): one record per committed command whose operation writes, appended
 * to its aggregate's hash chain inside the command's own unit of work, so that a command refused or
 * rolled back leaves no record and a committed one exactly one. Also the two changes the trail
 * allows: pseudonymising a person (erasure, SEC-3) and removing actors' identities after an
 * organisation's retention period.
 *
 * <p>The organisation a record belongs to is read inside the unit: the previous record's for a
 * forum or session chain (an aggregate never changes organisation), else the forum's (a session's
 * forum's) or the practitioner profile's, through the unit's stores, whose reads are cached.
 *
 * <p>The head of each chain this log last appended to and saw committed is kept in memory, so that
 * the next append to the chain needs no read: a unit takes the kept head out (a failed unit leaves
 * nothing behind) and puts its own back only once it commits. A head another writer has moved on
 * (another SDK on the same database) makes the append collide with the record already at that place
 * in the chain: the unit fails as a concurrent update, and its retry reads the head from the store.
 * Only forums' and sessions' chains are kept, and of them only the place, hash and organisation,
 * never a person's identifier; a practitioner's chain, renamed when they are erased, is always
 * read. Thread-safe.
 */
public final class AuditLog {
  /** The pseudonym that replaces actor ids when a retention period has passed. */
  public static final String RETAINED = "retention:identity-removed";

  private static final String ACTOR = "pf-audit-actor";
  private static final String AGGREGATE = "pf-audit-aggregate";
  private static final int SALT_BYTES = 16;

  private final boolean enabled;
  private final Supplier<byte[]> salts;
  private final ConcurrentMap<List<Class<?>>, String> outcomes = new ConcurrentHashMap<>();
  private final ConcurrentMap<AggregateRef, Head> heads = new ConcurrentHashMap<>();

  /** The most chain heads kept; past it the memory starts again from empty. */
  private static final int MAX_HEADS = 8_192;

  /** Where a chain ends: the last record's place, its hash and the chain's organisation. */
  private record Head(long sequence, String hash, Optional<OrganisationId> organisation) {
    static Head of(AuditRecord r) {
      return new Head(r.sequence(), r.hash(), r.organisation());
    }
  }

  private AuditLog(boolean enabled, Supplier<byte[]> salts) {
    this.enabled = enabled;
    this.salts = salts;
  }

  /**
   * Returns a log that writes records, with salts from a new {@link SecureRandom} of the DRBG
   * algorithm (NIST SP 800-90A), seeded by the system's entropy source: it draws its bytes in
   * process, where the platform's default reads the operating system's source for every salt.
   *
   * @return the log
   */
  public static AuditLog on() {
    SecureRandom random = drbg();
    return new AuditLog(
        true,
        () -> {
          byte[] salt = new byte[SALT_BYTES];
          random.nextBytes(salt);
          return salt;
        });
  }

  private static SecureRandom drbg() {
    try {
      return SecureRandom.getInstance("DRBG");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("DRBG is part of every Java runtime", e);
    }
  }

  /**
   * Returns a log that writes nothing: an SDK built with {@code audit(false)}.
   *
   * @return the log
   */
  public static AuditLog off() {
    return new AuditLog(false, () -> new byte[SALT_BYTES]);
  }

  /**
   * Tells whether this log writes records.
   *
   * @return true if on
   */
  public boolean enabled() {
    return enabled;
  }

  /**
   * Appends the record of a command that has run, in its unit of work; does nothing if this log is
   * off or the operation does not write.
   *
   * @param tx the command's unit of work
   * @param actor who performed it
   * @param operation the operation
   * @param aggregate the aggregate it changed
   * @param at the command's time
   * @param events the events it produced, whose types make the outcome
   * @throws org.practitionersforum.api.spi.ConcurrentUpdateException if another unit appended to
   *     the chain meanwhile (retryable)
   */
  public void record(
      StorageTransaction tx,
      Actor actor,
      Operation operation,
      AggregateRef aggregate,
      Instant at,
      List<? extends ForumEvent> events) {
    if (!enabled || !operation.writes()) {
      return;
    }
    AuditStore store = tx.audit();
    Head kept = heads.remove(aggregate);
    Optional<Head> head = kept != null ? Optional.of(kept) : store.head(aggregate).map(Head::of);
    long sequence = head.map(h -> h.sequence() + 1).orElse(1L);
    String previous = head.map(Head::hash).orElse(AuditRecord.GENESIS);
    Optional<OrganisationId> organisation = organisation(tx, aggregate, head);
    String outcome = outcome(events);
    String actorSalt = ChainHash.hex(salts.get());
    String actorDigest = ChainHash.digest(ACTOR, actorSalt, actor.person().value());
    Optional<String> aggregateSalt = Optional.empty();
    Optional<String> aggregateDigest = Optional.empty();
    if (aggregate.kind() == AggregateRef.Kind.PRACTITIONER) {
      String salt = ChainHash.hex(salts.get());
      aggregateSalt = Optional.of(salt);
      aggregateDigest = Optional.of(ChainHash.digest(AGGREGATE, salt, aggregate.id()));
    }
    String hash =
        ChainHash.hash(
            aggregate,
            aggregateDigest.orElse(null),
            operation.name(),
            actor.role().name(),
            actorDigest,
            organisation.map(OrganisationId::value).orElse(""),
            at.getEpochSecond(),
            at.getNano(),
            outcome,
            previous);
    store.append(
        new AuditRecord(
            aggregate,
            aggregateSalt,
            aggregateDigest,
            sequence,
            operation,
            actor.role(),
            actor.person().value(),
            Optional.of(actorSalt),
            actorDigest,
            organisation,
            at,
            outcome,
            previous,
            hash));
    if (aggregate.kind() != AggregateRef.Kind.PRACTITIONER) {
      // A practitioner's chain is renamed when they are erased: its head is always read.
      Head next = new Head(sequence, hash, organisation);
      tx.afterCommit(() -> keep(aggregate, next));
    }
  }

  /** Keeps a committed head, unless a later one of the same chain is already kept. */
  private void keep(AggregateRef aggregate, Head head) {
    if (heads.size() >= MAX_HEADS) {
      heads.clear();
    }
    heads.merge(aggregate, head, (old, now) -> now.sequence() > old.sequence() ? now : old);
  }

  /**
   * Pseudonymises a practitioner in the audit trail, for erasure (SEC-3): as actor, and as the id
   * of their profile's chain. The records stay and still verify.
   *
   * @param tx the erasure's unit of work
   * @param practitioner the practitioner
   * @param pseudonym the erasure's pseudonymous token, unique to it
   * @return how many records changed
   * @throws org.practitionersforum.api.InvalidInputException if an argument is missing or the
   *     pseudonym is not a valid identifier
   */
  public static int pseudonymise(
      StorageTransaction tx, PractitionerId practitioner, String pseudonym) {
    Checks.notNull(practitioner, "SEC-3: practitioner id");
    Checks.id(pseudonym, "SEC-3: pseudonym");
    return tx.audit().pseudonymise(practitioner.asPerson(), pseudonym);
  }

  /**
   * Applies an organisation's retention period to the audit trail: the records made longer than the
   * period ago keep everything but the actor's identity, which is replaced by {@link #RETAINED}.
   * Records are kept rather than deleted so that every chain still verifies from its first record;
   * they hold no content, and the actor is their only personal part.
   *
   * @param tx the retention command's unit of work
   * @param organisation the organisation
   * @param period how long the actor's identity is kept
   * @param now the retention command's time
   * @return how many records changed
   * @throws org.practitionersforum.api.InvalidInputException if an argument is missing or the
   *     period is negative
   */
  public static int applyRetention(
      StorageTransaction tx, OrganisationId organisation, Duration period, Instant now) {
    Checks.notNull(organisation, "organisation id");
    Checks.notNull(period, "SEC-2: audit retention period");
    Checks.notNull(now, "SEC-2: time of retention");
    if (period.isNegative()) {
      throw new org.practitionersforum.api.InvalidInputException(
          "SEC-2: an audit retention period cannot be negative");
    }
    return tx.audit().removeIdentities(organisation, now.minus(period), RETAINED);
  }

  private static Optional<OrganisationId> organisation(
      StorageTransaction tx, AggregateRef aggregate, Optional<Head> head) {
    switch (aggregate.kind()) {
      case FORUM:
        {
          Optional<OrganisationId> known = head.flatMap(Head::organisation);
          return known.isPresent()
              ? known
              : tx.forums().findCurrent(ForumId.of(aggregate.id())).map(Forum::organisation);
        }
      case SESSION:
        {
          Optional<OrganisationId> known = head.flatMap(Head::organisation);
          return known.isPresent()
              ? known
              : tx.sessions()
                  .find(SessionId.of(aggregate.id()))
                  .map(Session::forum)
                  .flatMap(f -> tx.forums().findCurrent(f))
                  .map(Forum::organisation);
        }
      case LESSON:
        {
          Optional<OrganisationId> known = head.flatMap(Head::organisation);
          if (known.isPresent() || !(tx instanceof LessonTransaction lessons)) {
            return known;
          }
          return lessons.lessons().find(LessonId.of(aggregate.id())).map(Lesson::organisation);
        }
      case CONSULTATION:
        {
          Optional<OrganisationId> known = head.flatMap(Head::organisation);
          if (known.isPresent() || !(tx instanceof ConsultationTransaction rounds)) {
            return known;
          }
          return rounds
              .consultations()
              .find(RoundId.of(aggregate.id()))
              .map(ConsultationRound::organisation);
        }
      default:
        return tx.practitioners()
            .find(PractitionerId.of(aggregate.id()))
            .map(PractitionerProfile::organisation);
    }
  }

  /** The types of the events, comma-separated; cached per list of types. */
  private String outcome(List<? extends ForumEvent> events) {
    if (events.isEmpty()) {
      return AuditRecord.NO_EVENTS;
    }
    List<Class<?>> types = events.stream().<Class<?>>map(Object::getClass).toList();
    return outcomes.computeIfAbsent(types, AuditLog::outcomeOf);
  }

  private static String outcomeOf(List<Class<?>> types) {
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < types.size(); i++) {
      String name = types.get(i).getSimpleName();
      if (out.length() + name.length() + 1 > AuditRecord.MAX_OUTCOME - 8) {
        return out.append(",+").append(types.size() - i).toString();
      }
      if (out.length() > 0) {
        out.append(',');
      }
      out.append(name);
    }
    return out.toString();
  }
}

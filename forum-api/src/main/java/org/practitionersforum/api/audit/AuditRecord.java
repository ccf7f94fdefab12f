package org.practitionersforum.api.audit;

import java.time.Instant;
import java.util.Optional;
import org.practitionersforum.api.InvalidInputException;
import org.practitionersforum.api.internal.Checks;
import org.practitionersforum.api.practitioner.OrganisationId;
import org.practitionersforum.api.practitioner.PersonId;
import org.practitionersforum.api.security.Operation;
import org.practitionersforum.api.security.Role;

/**
 * One entry of the audit trail (SEC-2): who performed which operation on which aggregate, when, and
 * with what outcome, never any content or free text. Records of one aggregate form a hash chain:
 * record {@code n} carries the hash of record {@code n - 1}, and its own hash covers every field
 * except the sequence number, whose place the previous hash fixes.
 *
 * <p>Personal fields (the actor's id, and the id of a {@link AggregateRef.Kind#PRACTITIONER}
 * aggregate) enter the hash only through a digest salted with a random salt of the record's own.
 * Erasure (SEC-3) and retention replace such an id by a pseudonym and drop its salt; the chain
 * still verifies, and the digest can no longer be linked to the person. While the salt is there,
 * {@code verify()} checks the digest against the id.
 *
 * <p>Hashes, digests and salts are lower-case hexadecimal: 64 digits for SHA-256 values, 32 for a
 * salt of 16 bytes. {@code toString()} shows no person.
 *
 * @param aggregate the aggregate the operation changed; a practitioner's id, or the pseudonym that
 *     replaced it
 * @param aggregateSalt the salt of the aggregate's digest, for a practitioner aggregate whose id is
 *     still the person's; empty otherwise
 * @param aggregateDigest the salted digest of a practitioner aggregate's id; empty for forums and
 *     sessions, whose ids enter the hash as they are
 * @param sequence the record's place in its aggregate's chain: 1, 2, 3, ...
 * @param operation the operation performed
 * @param actorRole the role the actor acted in
 * @param actorId the host's identifier of the actor, or the pseudonym that replaced it
 * @param actorSalt the salt of the actor's digest while {@code actorId} is the person's; empty once
 *     pseudonymised
 * @param actorDigest the salted digest of the actor's identifier, as it was when recorded
 * @param organisation the organisation the aggregate belonged to, if known: what retention goes by
 * @param at when the operation was performed, by the SDK's clock
 * @param outcome a short machine code: the types of the events the operation produced, separated by
 *     commas, or {@value #NO_EVENTS}
 * @param previousHash the hash of the previous record of the chain, or {@link #GENESIS} for the
 *     first
 * @param hash this record's hash
 */
public record AuditRecord(
    AggregateRef aggregate,
    Optional<String> aggregateSalt,
    Optional<String> aggregateDigest,
    long sequence,
    Operation operation,
    Role actorRole,
    String actorId,
    Optional<String> actorSalt,
    String actorDigest,
    Optional<OrganisationId> organisation,
    Instant at,
    String outcome,
    String previousHash,
    String hash) {

  /** The previous hash of the first record of every chain: 64 zeros. */
  public static final String GENESIS = "0".repeat(64);

  /** The outcome of an operation that produced no event. */
  public static final String NO_EVENTS = "Stored";

  /** The longest outcome code. */
  public static final int MAX_OUTCOME = 400;

  private static final int HASH = 64;
  private static final int SALT = 32;

  /**
   * Creates a record, checking the form of every field (not the hashes: {@code verify()} does).
   *
   * @param aggregate the aggregate the operation changed; a practitioner's id, or the pseudonym
   *     that replaced it
   * @param aggregateSalt the salt of the aggregate's digest, for a practitioner aggregate whose id
   *     is still the person's; empty otherwise
   * @param aggregateDigest the salted digest of a practitioner aggregate's id; empty for forums and
   *     sessions
   * @param sequence the record's place in its aggregate's chain: 1, 2, 3, ...
   * @param operation the operation performed
   * @param actorRole the role the actor acted in
   * @param actorId the host's identifier of the actor, or the pseudonym that replaced it
   * @param actorSalt the salt of the actor's digest while {@code actorId} is the person's; empty
   *     once pseudonymised
   * @param actorDigest the salted digest of the actor's identifier, as it was when recorded
   * @param organisation the organisation the aggregate belonged to, if known: what retention goes
   *     by
   * @param at when the operation was performed, by the SDK's clock
   * @param outcome a short machine code: the types of the events the operation produced, separated
   *     by commas, or {@link #NO_EVENTS}
   * @param previousHash the hash of the previous record of the chain, or {@link #GENESIS} for the
   *     first
   * @param hash this record's hash
   * @throws InvalidInputException if a field is missing or malformed: a hash, digest or salt not in
   *     lower-case hexadecimal of its length, a sequence below 1, an outcome that is not a machine
   *     code, or a practitioner aggregate without a digest
   */
  public AuditRecord {
    Checks.notNull(aggregate, "SEC-2: audit aggregate");
    Checks.notNull(aggregateSalt, "SEC-2: audit aggregate salt");
    Checks.notNull(aggregateDigest, "SEC-2: audit aggregate digest");
    Checks.notNull(operation, "SEC-2: audit operation");
    Checks.notNull(actorRole, "SEC-2: audit actor role");
    Checks.id(actorId, "SEC-2: audit actor id");
    Checks.notNull(actorSalt, "SEC-2: audit actor salt");
    Checks.notNull(organisation, "SEC-2: audit organisation");
    Checks.notNull(at, "SEC-2: audit time");
    if (sequence < 1) {
      throw new InvalidInputException("SEC-2: an audit record's sequence number starts at 1");
    }
    if (!isOutcome(outcome)) {
      throw new InvalidInputException(
          "SEC-2: an audit outcome is a machine code of letters, digits and commas");
    }
    hex(actorDigest, HASH, "actor digest");
    hex(previousHash, HASH, "previous hash");
    hex(hash, HASH, "hash");
    actorSalt.ifPresent(s -> hex(s, SALT, "actor salt"));
    aggregateSalt.ifPresent(s -> hex(s, SALT, "aggregate salt"));
    aggregateDigest.ifPresent(d -> hex(d, HASH, "aggregate digest"));
    boolean practitioner = aggregate.kind() == AggregateRef.Kind.PRACTITIONER;
    if (practitioner != aggregateDigest.isPresent()
        || (aggregateSalt.isPresent() && aggregateDigest.isEmpty())) {
      throw new InvalidInputException(
          "SEC-2: a practitioner aggregate, and only one, enters an audit record by its digest");
    }
  }

  /** Checks lower-case hexadecimal of a length; a loop, as every audited command makes records. */
  private static void hex(String value, int length, String what) {
    boolean ok = value != null && value.length() == length;
    for (int i = 0; ok && i < length; i++) {
      char c = value.charAt(i);
      ok = c >= '0' && c <= '9' || c >= 'a' && c <= 'f';
    }
    if (!ok) {
      throw new InvalidInputException("SEC-2: an audit record's " + what + " is malformed");
    }
  }

  /** Letters, digits and {@code _ . , + -}, from 1 to {@link #MAX_OUTCOME} of them. */
  private static boolean isOutcome(String outcome) {
    if (outcome == null || outcome.isEmpty() || outcome.length() > MAX_OUTCOME) {
      return false;
    }
    for (int i = 0; i < outcome.length(); i++) {
      char c = outcome.charAt(i);
      boolean ok =
          c >= 'A' && c <= 'Z'
              || c >= 'a' && c <= 'z'
              || c >= '0' && c <= '9'
              || c == '_'
              || c == '.'
              || c == ','
              || c == '+'
              || c == '-';
      if (!ok) {
        return false;
      }
    }
    return true;
  }

  /**
   * Returns the actor while their identity is kept: empty once erasure or retention replaced it by
   * a pseudonym.
   *
   * @return the actor's person id, or empty
   */
  public Optional<PersonId> actor() {
    return actorSalt.isPresent() ? Optional.of(PersonId.of(actorId)) : Optional.empty();
  }

  /**
   * Tells whether the actor's identifier was replaced by a pseudonym (erasure or retention).
   *
   * @return true if {@link #actorId()} is a pseudonym
   */
  public boolean actorPseudonymised() {
    return actorSalt.isEmpty();
  }

  /**
   * Returns this record with the actor's identifier replaced by a pseudonym and its salt dropped,
   * as erasure and retention store it; the hash is unchanged, so the chain still verifies.
   *
   * @param pseudonym the pseudonym
   * @return the pseudonymised record
   * @throws InvalidInputException if the pseudonym is not a valid identifier
   */
  public AuditRecord withActorPseudonym(String pseudonym) {
    return new AuditRecord(
        aggregate,
        aggregateSalt,
        aggregateDigest,
        sequence,
        operation,
        actorRole,
        pseudonym,
        Optional.empty(),
        actorDigest,
        organisation,
        at,
        outcome,
        previousHash,
        hash);
  }

  /**
   * Returns this record with a practitioner aggregate's id replaced by a pseudonym and its salt
   * dropped, as erasure stores it; the hash is unchanged.
   *
   * @param pseudonym the pseudonym
   * @return the pseudonymised record
   * @throws InvalidInputException if the pseudonym is not a valid identifier, or the aggregate is
   *     not a practitioner
   */
  public AuditRecord withAggregatePseudonym(String pseudonym) {
    if (aggregate.kind() != AggregateRef.Kind.PRACTITIONER) {
      throw new InvalidInputException("SEC-3: only a practitioner aggregate is pseudonymised");
    }
    return new AuditRecord(
        new AggregateRef(aggregate.kind(), Checks.id(pseudonym, "SEC-3: pseudonym")),
        Optional.empty(),
        aggregateDigest,
        sequence,
        operation,
        actorRole,
        actorId,
        actorSalt,
        actorDigest,
        organisation,
        at,
        outcome,
        previousHash,
        hash);
  }

  /** Returns a form that shows no person: the aggregate's kind and, for forums and sessions, id. */
  @Override
  public String toString() {
    return "AuditRecord["
        + aggregate
        + " #"
        + sequence
        + ", "
        + operation
        + " by "
        + actorRole
        + ", at "
        + at
        + ", "
        + outcome
        + "]";
  }
}

package org.practitionersforum.core.internal.audit;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import org.practitionersforum.api.audit.AggregateRef;
import org.practitionersforum.api.audit.AuditRecord;
import org.practitionersforum.api.practitioner.OrganisationId;

/**
 * The canonical encoding and SHA-256 hashing of audit records. A record's hash covers, each as a
 * four-byte length and its UTF-8 bytes: a version tag, the aggregate's kind, its id (for a
 * practitioner, the salted digest of the id instead), the operation, the actor's role, the salted
 * digest of the actor's id, the organisation (empty if unknown), the time's seconds and
 * nanoseconds, the outcome, and the previous record's hash. The sequence number is not hashed: the
 * previous hash fixes a record's place, so that a record moved to another place still shows its own
 * content intact and is reported as reordered rather than altered.
 */
final class ChainHash {
  private static final HexFormat HEX = HexFormat.of();
  private static final ThreadLocal<MessageDigest> SHA256 =
      ThreadLocal.withInitial(ChainHash::newDigest);

  private ChainHash() {}

  /** The record's hash, recomputed from its fields. */
  static String hash(AuditRecord r) {
    return hash(
        r.aggregate(),
        r.aggregateDigest().orElse(null),
        r.operation().name(),
        r.actorRole().name(),
        r.actorDigest(),
        r.organisation().map(OrganisationId::value).orElse(""),
        r.at().getEpochSecond(),
        r.at().getNano(),
        r.outcome(),
        r.previousHash());
  }

  static String hash(
      AggregateRef aggregate,
      String aggregateDigest,
      String operation,
      String role,
      String actorDigest,
      String organisation,
      long seconds,
      int nanos,
      String outcome,
      String previousHash) {
    MessageDigest sha = SHA256.get();
    sha.reset();
    put(sha, "pf-audit-v1");
    put(sha, aggregate.kind().name());
    put(sha, aggregate.kind() == AggregateRef.Kind.PRACTITIONER ? aggregateDigest : aggregate.id());
    put(sha, operation);
    put(sha, role);
    put(sha, actorDigest);
    put(sha, organisation);
    put(sha, Long.toString(seconds));
    put(sha, Integer.toString(nanos));
    put(sha, outcome);
    put(sha, previousHash);
    return HEX.formatHex(sha.digest());
  }

  /** The salted digest of a personal identifier; {@code purpose} separates actor and aggregate. */
  static String digest(String purpose, String salt, String id) {
    MessageDigest sha = SHA256.get();
    sha.reset();
    put(sha, purpose);
    put(sha, salt);
    put(sha, id);
    return HEX.formatHex(sha.digest());
  }

  static String hex(byte[] bytes) {
    return HEX.formatHex(bytes);
  }

  private static void put(MessageDigest sha, String field) {
    byte[] bytes = field.getBytes(StandardCharsets.UTF_8);
    sha.update(ByteBuffer.allocate(4).putInt(bytes.length).array());
    sha.update(bytes);
  }

  private static MessageDigest newDigest() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
    }
  }
}

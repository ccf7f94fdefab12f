package org.practitionersforum.benchmarks.storage;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import javax.sql.DataSource;

/**
 * What a hand-written application would write for an audit trail and an outbox like the SDK's, the
 * cheapest way that keeps their guarantees, for the join benchmark's baseline with trust: in the
 * command's transaction, one audit record in the SDK's table (the forum's chain continued from a
 * head kept in memory, the record's SHA-256 hash over its fields and the previous hash, a fresh
 * salt and the salted digest of the actor's id) and the command's event as JSON in the SDK's outbox
 * table, both in one statement on PostgreSQL (a data-modifying {@code WITH}) and two on H2; after
 * the commit the event counts as delivered, and once 64 have gathered a later command removes them
 * in its own transaction, in one batch. Not thread-safe: one benchmark thread.
 */
final class TrailByHand {
  private static final HexFormat HEX = HexFormat.of();
  private static final int REMOVE_BATCH = 64;
  private static final String AUDIT_COLUMNS =
      "aggregate_kind, aggregate_id, sequence_number, operation, actor_role, actor_id,"
          + " actor_salt, actor_digest, organisation_id, recorded_at, outcome, previous_hash,"
          + " record_hash";
  private static final String AUDIT_INSERT =
      "INSERT INTO pf_audit_record ("
          + AUDIT_COLUMNS
          + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
  private static final String OUTBOX_INSERT =
      "INSERT INTO pf_outbox (event_id, forum_id, event_type, payload, occurred_at)"
          + " VALUES (?, ?, ?, ?, ?)";

  /**
   * A command's record and event, written but not yet committed, and whether the command removed
   * the delivered events.
   */
  record Written(String forum, long sequence, String hash, String eventId, boolean removed) {}

  /** The head of a forum's chain: its last record's place and hash. */
  private record Head(long sequence, String hash) {}

  private final boolean postgres;
  private final Map<String, Head> heads = new HashMap<>();
  private final List<String> delivered = new ArrayList<>();
  private final SecureRandom random;
  private final MessageDigest sha;

  /**
   * Reads the head of each forum's chain, as the SDK left it when it made the forums.
   *
   * @param dataSource the baseline's pool
   * @param postgres whether the database is PostgreSQL
   * @param forums the forums the baseline changes
   * @throws SQLException if the database fails
   */
  TrailByHand(DataSource dataSource, boolean postgres, String[] forums) throws SQLException {
    this.postgres = postgres;
    try {
      this.random = SecureRandom.getInstance("DRBG");
      this.sha = MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("DRBG and SHA-256 are part of every Java runtime", e);
    }
    try (Connection c = dataSource.getConnection();
        PreparedStatement head =
            c.prepareStatement(
                "SELECT sequence_number, record_hash FROM pf_audit_record"
                    + " WHERE aggregate_kind = 'FORUM' AND aggregate_id = ?"
                    + " ORDER BY sequence_number DESC FETCH FIRST 1 ROWS ONLY")) {
      for (String forum : forums) {
        head.setString(1, forum);
        try (ResultSet rs = head.executeQuery()) {
          heads.put(
              forum,
              rs.next() ? new Head(rs.getLong(1), rs.getString(2)) : new Head(0, "0".repeat(64)));
        }
      }
    }
  }

  /**
   * Writes a command's audit record and event in its transaction, and removes delivered events once
   * enough have gathered.
   *
   * @param c the command's connection, in its transaction
   * @param forum the forum changed
   * @param operation the operation's name
   * @param event the event's type name
   * @return what to record once the transaction commits
   * @throws SQLException if the database fails
   */
  Written write(Connection c, String forum, String operation, String event) throws SQLException {
    boolean removing = delivered.size() >= REMOVE_BATCH;
    if (removing) {
      try (PreparedStatement del = c.prepareStatement("DELETE FROM pf_outbox WHERE event_id = ?")) {
        for (String id : delivered) {
          del.setString(1, id);
          del.addBatch();
        }
        del.executeBatch();
      }
    }
    Instant now = Instant.now();
    long nanos = now.getEpochSecond() * 1_000_000_000L + now.getNano();
    byte[] saltBytes = new byte[16];
    random.nextBytes(saltBytes);
    String salt = HEX.formatHex(saltBytes);
    String actor = "joiner";
    String actorDigest = digest("actor", salt, actor);
    Head head = heads.get(forum);
    long sequence = head.sequence() + 1;
    String previous = head.hash();
    String hash =
        digest(
            "FORUM",
            forum,
            operation,
            "PRACTITIONER",
            actorDigest,
            "o",
            Long.toString(now.getEpochSecond()),
            Integer.toString(now.getNano()),
            event,
            previous);
    String eventId = UUID.randomUUID().toString();
    String payload =
        "{\"forum\":\"" + forum + "\",\"practitioner\":\"" + actor + "\",\"at\":\"" + now + "\"}";
    String sql =
        postgres ? "WITH a AS (" + AUDIT_INSERT + " RETURNING 1) " + OUTBOX_INSERT : AUDIT_INSERT;
    try (PreparedStatement ps = c.prepareStatement(sql)) {
      int i = 0;
      ps.setString(++i, "FORUM");
      ps.setString(++i, forum);
      ps.setLong(++i, sequence);
      ps.setString(++i, operation);
      ps.setString(++i, "PRACTITIONER");
      ps.setString(++i, actor);
      ps.setString(++i, salt);
      ps.setString(++i, actorDigest);
      ps.setString(++i, "o");
      ps.setLong(++i, nanos);
      ps.setString(++i, event);
      ps.setString(++i, previous);
      ps.setString(++i, hash);
      if (postgres) {
        bindEvent(ps, i, eventId, forum, event, payload, nanos);
      }
      ps.executeUpdate();
    }
    if (!postgres) {
      try (PreparedStatement ps = c.prepareStatement(OUTBOX_INSERT)) {
        bindEvent(ps, 0, eventId, forum, event, payload, nanos);
        ps.executeUpdate();
      }
    }
    return new Written(forum, sequence, hash, eventId, removing);
  }

  /**
   * Records what a committed command wrote: its chain's new head, and its event as delivered.
   * Delivered events removed by that command are forgotten.
   *
   * @param w what the command wrote
   */
  void committed(Written w) {
    if (w.removed()) {
      delivered.clear();
    }
    heads.put(w.forum(), new Head(w.sequence(), w.hash()));
    delivered.add(w.eventId());
  }

  private static void bindEvent(
      PreparedStatement ps,
      int before,
      String eventId,
      String forum,
      String event,
      String payload,
      long nanos)
      throws SQLException {
    int i = before;
    ps.setString(++i, eventId);
    ps.setString(++i, forum);
    ps.setString(++i, event);
    ps.setString(++i, payload);
    ps.setLong(++i, nanos);
  }

  private String digest(String... fields) {
    sha.reset();
    for (String f : fields) {
      byte[] bytes = f.getBytes(StandardCharsets.UTF_8);
      sha.update(ByteBuffer.allocate(4).putInt(bytes.length).array());
      sha.update(bytes);
    }
    return HEX.formatHex(sha.digest());
  }
}

// Longer than 500 lines because the SDK side, the plain JDBC baseline and their shared set-up must
// stay side by side so a reader can see both do the same work.
package org.practitionersforum.benchmarks.storage;

import com.zaxxer.hikari.HikariDataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import org.practitionersforum.api.forum.Composition;
import org.practitionersforum.api.forum.Forum;
import org.practitionersforum.api.forum.ForumId;
import org.practitionersforum.api.forum.ForumProposal;
import org.practitionersforum.api.practitioner.BaseId;
import org.practitionersforum.api.practitioner.Discipline;
import org.practitionersforum.api.practitioner.LocalityId;
import org.practitionersforum.api.practitioner.OrganisationId;
import org.practitionersforum.api.practitioner.PersonId;
import org.practitionersforum.api.practitioner.PractitionerId;
import org.practitionersforum.api.practitioner.PractitionerProfile;
import org.practitionersforum.api.practitioner.Specialism;
import org.practitionersforum.api.security.Actor;
import org.practitionersforum.core.ForumSdk;

/**
 * A practitioner joins a forum and leaves it again, through the SDK (reading the forum and the
 * profiles, checking the rules, versioned update and member row) versus hand-written plain JDBC
 * writing the same rows with the reads a correct implementation needs (see {@link
 * #plainJdbcJoinAndLeave()}), on H2 and embedded PostgreSQL, in the same run. Each side has its own
 * HikariCP pool of the same configuration on the same database, so that neither evicts the other's
 * statements from a database session's cache.
 *
 * <p>{@link #pairedJoinAndLeave} runs both in the same iteration, alternating which goes first, and
 * reports the time of each as secondary results ({@link PairedTimes}): on a machine whose speed
 * drifts between one trial and the next, the SDK / plain ratio of each iteration is the figure to
 * read (printed by {@code Medians}). With {@code -p against=sdkWithoutTrust} the other side is a
 * second SDK with its audit trail and outbox off, so that {@code -p
 * against=plainJdbc,sdkWithoutTrust} gives, in one run, the cost of the SDK against hand-written
 * JDBC and the cost of its audit trail and outbox. With {@code -p subject=plainJdbcWithTrust -p
 * against=plainJdbc} the measured side is hand-written JDBC that also writes the SDK's audit record
 * and outbox event ({@link TrailByHand}): what those rows cost code with no SDK at all.
 *
 * <p>On a virtual machine with few processors, run its PostgreSQL trials ({@code -p
 * database=postgresql}) pinned to one processor ({@code taskset -c 0} before the command):
 * otherwise each round trip may wait for the hypervisor to wake the other virtual processor, a wait
 * that changes with the machine's load and dwarfs the work being compared (see the storage docs'
 * Performance section). H2 runs in the benchmark's JVM and needs no pinning.
 *
 * <p>{@link #earlierHistory} gives every forum a long past before the trial: a join and leave
 * should cost the same at a forum that has lived for years as at a fresh one, because a command
 * reads a forum without its earlier history ({@code ForumStore.findCurrent}). To compare the two on
 * H2 (for PostgreSQL, {@code -p database=postgresql}, pinned as above; for a quick look, add {@code
 * -wi 1 -i 2 -w 1s -r 1s} to the JMH arguments):
 *
 * <pre>{@code
 * ./mvnw -q -pl forum-benchmarks -am -DskipTests package exec:exec \
 *   -Djmh.args="JoinBenchmark.sdkJoinAndLeave -p database=h2 -p earlierHistory=0,10000"
 * }</pre>
 *
 * <p>From a fresh clone: {@code ./mvnw -q -pl forum-benchmarks -am -DskipTests package exec:exec
 * -Djmh.args="JoinBenchmark"}
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Fork(1)
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 3, time = 2)
public class JoinBenchmark {
  private static final Actor ADMIN = Actor.administrator(PersonId.of("admin"));

  @Param({"h2", "postgresql"})
  public String database;

  /**
   * How many forums each side rotates over: with several, consecutive operations touch different
   * forums, as they do in a service, so no database answers a read from the result of the last one.
   */
  @Param({"8"})
  public int forumCount;

  /**
   * How many state changes each forum's history holds, before the trial, besides its proposal and
   * the start of its formation: written by plain SQL in the setup, alternately activating and
   * suspending the forum. An even number leaves the forum suspended, which both sides cover; 0
   * leaves it fresh, forming.
   */
  @Param({"0", "10000"})
  public int earlierHistory;

  /**
   * Whether the SDK under test writes its audit trail (SEC-2) and its events to the outbox, as it
   * does by default ({@code true}), or neither ({@code false}: audit off, events delivered from
   * memory after commit). The plain JDBC baseline writes neither.
   */
  @Param({"true"})
  public boolean trust;

  /**
   * What {@link #pairedJoinAndLeave} pairs the SDK with: {@code plainJdbc}, the hand-written
   * baseline, or {@code sdkWithoutTrust}, a second SDK on its own pool with audit and outbox off,
   * so that {@code -p against=plainJdbc,sdkWithoutTrust} measures both ratios in one run.
   */
  @Param({"plainJdbc"})
  public String against;

  /**
   * What {@link #pairedJoinAndLeave} measures against {@link #against}: {@code sdk}, or {@code
   * plainJdbcWithTrust}, the hand-written baseline that also writes what the SDK's audit trail and
   * outbox write (see {@link #plainJdbcWithTrustJoinAndLeave()}). With {@code -p
   * subject=plainJdbcWithTrust -p against=plainJdbc}, the ratio is what an audit record and an
   * outbox event per command cost hand-written code, beside what they cost the SDK.
   */
  @Param({"sdk"})
  public String subject;

  private BenchmarkDatabase db;
  private HikariDataSource dataSource;
  private int nextSdk;
  private int nextPlain;
  private int nextBare;
  private ForumSdk sdk;
  private ForumSdk bareSdk;
  private ForumId[] forums;
  private ForumId[] bareForums;
  private String[] plainForums;
  private long[] plainVersions;
  private final PractitionerId joiner = PractitionerId.of("joiner");
  private TrailByHand trail;

  @Setup(Level.Trial)
  public void setUp() throws Exception {
    db = BenchmarkDatabase.start(database, "bench", "");
    dataSource = db.anotherPool();
    sdk = BenchmarkDatabase.sdk(db.storage(), trust);
    bareSdk = BenchmarkDatabase.sdk(db.anotherStorage(), false);
    for (int i = 0; i < 4; i++) {
      sdk.practitioners().register(ADMIN, profile("member-" + i));
    }
    sdk.practitioners().register(ADMIN, profile(joiner.value()));
    forums = new ForumId[forumCount];
    plainForums = new String[forumCount];
    plainVersions = new long[forumCount];
    bareForums = new ForumId[forumCount];
    for (int f = 0; f < forumCount; f++) {
      forums[f] = forumWithFourMembers("bench-forum-" + f);
      plainForums[f] = forumWithFourMembers("plain-forum-" + f).value();
      bareForums[f] = forumWithFourMembers("bare-forum-" + f);
      plainVersions[f] = 5;
      if (earlierHistory > 0) {
        addHistory(forums[f].value());
        addHistory(bareForums[f].value());
        plainVersions[f] = addHistory(plainForums[f]);
      }
    }
    trail = new TrailByHand(dataSource, db.isPostgres(), plainForums);
    if (earlierHistory > 0 && db.isPostgres()) {
      // Statistics as a long-lived database would have them, for the planner.
      try (Connection c = dataSource.getConnection();
          PreparedStatement analyze = c.prepareStatement("ANALYZE pf_forum_history")) {
        analyze.execute();
      }
    }
  }

  /**
   * Gives a forum {@link #earlierHistory} more state changes, by plain SQL: history rows under the
   * ordinals that follow the forum's last one (the store's ordinals are contiguous from 1 for a
   * history only ever appended to), each from the state the last one reached; the forum row takes
   * the last one's state and its next version, as a transition through the SDK would leave it.
   *
   * @return the forum's version after the change
   */
  private long addHistory(String forum) throws SQLException {
    try (Connection c = dataSource.getConnection()) {
      c.setAutoCommit(false);
      try {
        int last;
        long at;
        String state;
        try (PreparedStatement read =
            c.prepareStatement(
                "SELECT h.ordinal, h.changed_at, h.to_state FROM pf_forum_history h"
                    + " WHERE h.forum_id = ? AND h.ordinal ="
                    + " (SELECT MAX(ordinal) FROM pf_forum_history WHERE forum_id = ?)")) {
          read.setString(1, forum);
          read.setString(2, forum);
          try (ResultSet rs = read.executeQuery()) {
            rs.next();
            last = rs.getInt(1);
            at = rs.getLong(2);
            state = rs.getString(3);
          }
        }
        try (PreparedStatement ins =
            c.prepareStatement(
                "INSERT INTO pf_forum_history"
                    + " (forum_id, ordinal, from_state, to_state, reason, by_role, changed_at)"
                    + " VALUES (?, ?, ?, ?, ?, ?, ?)")) {
          for (int i = 1; i <= earlierHistory; i++) {
            String to = state.equals("ACTIVE") ? "SUSPENDED" : "ACTIVE";
            ins.setString(1, forum);
            ins.setInt(2, last + i);
            ins.setString(3, state);
            ins.setString(4, to);
            ins.setString(5, to.equals("ACTIVE") ? "back to meeting, " + i : "a pause, " + i);
            ins.setString(6, "ADMINISTRATOR");
            ins.setLong(7, at + i * 1_000_000L);
            ins.addBatch();
            if (i % 1000 == 0) {
              ins.executeBatch();
            }
            state = to;
          }
          ins.executeBatch();
        }
        try (PreparedStatement up =
            c.prepareStatement(
                "UPDATE pf_forum SET state = ?, version = version + 1 WHERE id = ?")) {
          up.setString(1, state);
          up.setString(2, forum);
          up.executeUpdate();
        }
        long version;
        try (PreparedStatement read =
            c.prepareStatement("SELECT version FROM pf_forum WHERE id = ?")) {
          read.setString(1, forum);
          try (ResultSet rs = read.executeQuery()) {
            rs.next();
            version = rs.getLong(1);
          }
        }
        c.commit();
        return version;
      } catch (SQLException | RuntimeException e) {
        c.rollback();
        throw e;
      } finally {
        c.setAutoCommit(true);
      }
    }
  }

  private ForumId forumWithFourMembers(String id) {
    ForumId forum = ForumId.of(id);
    sdk.forums()
        .propose(
            ADMIN,
            ForumProposal.builder()
                .id(forum)
                .name("Bench")
                .organisation(OrganisationId.of("o"))
                .base(BaseId.of("b"))
                .locality(LocalityId.of("l"))
                .composition(
                    Composition.multiDisciplineAndSpecialism(Composition.Focus.ORGANISATION))
                .build());
    for (int i = 0; i < 4; i++) {
      PractitionerId p = PractitionerId.of("member-" + i);
      sdk.forums().join(Actor.practitioner(p), forum, p);
    }
    return forum;
  }

  private static PractitionerProfile profile(String id) {
    return PractitionerProfile.builder()
        .id(PractitionerId.of(id))
        .discipline(Discipline.SOCIAL_WORK)
        .specialism(Specialism.ADULTS)
        .base(BaseId.of("b"))
        .organisation(OrganisationId.of("o"))
        .locality(LocalityId.of("l"))
        .build();
  }

  @TearDown(Level.Trial)
  public void tearDown() throws Exception {
    db.close();
  }

  /** Join and leave through the SDK's services. */
  @Benchmark
  public Forum sdkJoinAndLeave() {
    ForumId forum = forums[nextSdk];
    nextSdk = (nextSdk + 1) % forumCount;
    sdk.forums().join(Actor.practitioner(joiner), forum, joiner);
    return sdk.forums().leave(Actor.practitioner(joiner), forum, joiner);
  }

  /**
   * One join and leave through the SDK and one by the baseline named by {@link #against}, in
   * alternating order, each timed ({@link PairedTimes} names the baseline's side "plain").
   *
   * @param times where the time of each side is added up
   * @return the baseline's result
   * @throws SQLException if the database fails
   */
  @Benchmark
  public Object pairedJoinAndLeave(PairedTimes times) throws SQLException {
    PairedTimes.Side measured =
        subject.equals("plainJdbcWithTrust")
            ? this::plainJdbcWithTrustJoinAndLeave
            : this::sdkJoinAndLeave;
    switch (against) {
      case "sdkWithoutTrust":
        return times.run(measured, this::bareSdkJoinAndLeave);
      case "plainJdbcWithTrust":
        return times.run(measured, this::plainJdbcWithTrustJoinAndLeave);
      default:
        return times.run(measured, this::plainJdbcJoinAndLeave);
    }
  }

  /**
   * Join and leave through the second SDK, which writes no audit trail and no outbox.
   *
   * @return the forum after the leave
   */
  @Benchmark
  public Forum bareSdkJoinAndLeave() {
    ForumId forum = bareForums[nextBare];
    nextBare = (nextBare + 1) % forumCount;
    bareSdk.forums().join(Actor.practitioner(joiner), forum, joiner);
    return bareSdk.forums().leave(Actor.practitioner(joiner), forum, joiner);
  }

  /**
   * The same rows by hand, with the reads and checks a correct hand-written implementation needs.
   * Join: the forum row (version, state, member count and maximum, composition and line-management
   * setting) with whether the forum has terms and a version in force and the newcomer's open
   * invitation, in one query; the profiles of the candidate and the current members in one query,
   * checked against the composition (FR-5) and line management (FR-7); a versioned update of the
   * forum row, the member insert, and the invitation's delete when there is one. Leave: the forum
   * row (version, state, member count) with the membership and whether the forum has terms in one
   * query, the member delete and a versioned update. A change of members is a change of the parties
   * to the forum's terms: with terms, a join must also move the terms' version on (so that a racing
   * agreement decided without the newcomer fails), and a leave must also settle a version open for
   * agreement. The benchmark's forum has no terms; this baseline reads whether it has and refuses
   * forums it does not cover (with terms when leaving, active ones) rather than doing less than it
   * must.
   */
  @Benchmark
  public long plainJdbcJoinAndLeave() throws SQLException {
    return plainJoinAndLeave(false);
  }

  /**
   * The hand-written baseline, also writing in each command's transaction what the SDK's audit
   * trail and outbox write ({@link TrailByHand}): one audit record, chained to the forum's last by
   * SHA-256 with a salted digest of the actor, and the command's event as JSON in the outbox, both
   * in one statement on PostgreSQL; after the commit the event counts as delivered, and delivered
   * events are removed 64 at a time inside a later command, as the SDK does.
   *
   * @return the forum's version after the leave
   * @throws SQLException if the database fails
   */
  @Benchmark
  public long plainJdbcWithTrustJoinAndLeave() throws SQLException {
    return plainJoinAndLeave(true);
  }

  private long plainJoinAndLeave(boolean withTrail) throws SQLException {
    int f = nextPlain;
    nextPlain = (nextPlain + 1) % forumCount;
    TrailByHand t = withTrail ? trail : null;
    plainVersions[f] = plainJoin(plainForums[f], plainVersions[f], t);
    plainVersions[f] = plainLeave(plainForums[f], plainVersions[f], t);
    return plainVersions[f];
  }

  private long plainJoin(String forum, long expected, TrailByHand trail) throws SQLException {
    try (Connection c = dataSource.getConnection()) {
      c.setAutoCommit(false);
      try {
        long version;
        int count;
        Long termsVersion;
        Integer invitation;
        String disciplineRule;
        String specialismRule;
        String focus;
        String organisation;
        String locality;
        boolean lineManagementExcluded;
        // The forum row (with its composition for FR-5 and its line-management setting for FR-7),
        // whether it has terms and a version in force (then a newcomer joins only by agreeing
        // them), and the newcomer's open invitation, which joining closes (FR-2).
        try (PreparedStatement read =
            c.prepareStatement(
                "SELECT f.version, f.member_count, f.max_members, f.state, v.number, t.version, i.ordinal,"
                    + " f.discipline, f.specialism, f.focus, f.organisation_id, f.locality_id, f.line_management_excluded"
                    + " FROM pf_forum f LEFT JOIN pf_forum_terms t ON t.forum_id = f.id"
                    + " LEFT JOIN pf_terms_version v ON v.in_force_forum_id = f.id"
                    + " LEFT JOIN pf_forum_invitation i ON i.forum_id = f.id AND i.invitee_id = ? WHERE f.id = ?")) {
          read.setString(1, joiner.value());
          read.setString(2, forum);
          try (ResultSet rs = read.executeQuery()) {
            rs.next();
            version = rs.getLong(1);
            count = rs.getInt(2);
            String state = rs.getString(4);
            if (count >= rs.getInt(3)
                || state.equals("CLOSED")
                || rs.getObject(5) != null
                || version != expected) {
              throw new IllegalStateException("refused");
            }
            if (state.equals("PROPOSED")) {
              throw new IllegalStateException(
                  "this baseline covers forums that already have members");
            }
            termsVersion = rs.getObject(6, Long.class);
            invitation = rs.getObject(7, Integer.class);
            disciplineRule = rs.getString(8);
            specialismRule = rs.getString(9);
            focus = rs.getString(10);
            organisation = rs.getString(11);
            locality = rs.getString(12);
            lineManagementExcluded = rs.getBoolean(13);
          }
        }
        // The candidate's and the members' profiles: composition (FR-5), line management (FR-7).
        int profiles = 0;
        List<String[]> people = new ArrayList<>();
        String[] candidate = null;
        try (PreparedStatement read =
            c.prepareStatement(
                "SELECT p.id, p.discipline, p.specialism,"
                    + " p.line_manager_id, m.ordinal, p.organisation_id, p.locality_id FROM pf_practitioner p"
                    + " LEFT JOIN pf_forum_member m ON m.forum_id = ? AND m.practitioner_id = p.id"
                    + " WHERE p.id = ? OR p.id IN (SELECT practitioner_id FROM pf_forum_member WHERE forum_id = ?)")) {
          read.setString(1, forum);
          read.setString(2, joiner.value());
          read.setString(3, forum);
          try (ResultSet rs = read.executeQuery()) {
            while (rs.next()) {
              profiles++;
              String[] p = {
                rs.getString(1),
                rs.getString(2),
                rs.getString(3),
                rs.getString(4),
                rs.getString(6),
                rs.getString(7)
              };
              if (p[0].equals(joiner.value())) {
                if (rs.getObject(5) != null) {
                  throw new IllegalStateException("already a member");
                }
                candidate = p;
              } else {
                people.add(p);
              }
            }
          }
        }
        if (profiles != count + 1 || candidate == null) {
          throw new IllegalStateException("missing profile");
        }
        if (disciplineRule != null && !disciplineRule.equals(candidate[1])
            || specialismRule != null && !specialismRule.equals(candidate[2])
            || focus.equals("ORGANISATION") && !organisation.equals(candidate[4])
            || focus.equals("LOCALITY") && !locality.equals(candidate[5])) {
          throw new IllegalStateException("composition");
        }
        if (lineManagementExcluded) {
          for (String[] m : people) {
            if (m[0].equals(candidate[3]) || candidate[0].equals(m[3])) {
              throw new IllegalStateException("line management");
            }
          }
        }
        if (invitation != null) {
          try (PreparedStatement del =
              c.prepareStatement(
                  "DELETE FROM pf_forum_invitation WHERE forum_id = ? AND ordinal = ?")) {
            del.setString(1, forum);
            del.setInt(2, invitation);
            del.executeUpdate();
          }
        }
        update(c, forum, count + 1, version);
        if (termsVersion != null) {
          // The parties changed: racing agreements decided on the old ones must fail.
          try (PreparedStatement up =
              c.prepareStatement(
                  "UPDATE pf_forum_terms SET version = version + 1 WHERE forum_id = ? AND version = ?")) {
            up.setString(1, forum);
            up.setLong(2, termsVersion);
            if (up.executeUpdate() != 1) {
              throw new IllegalStateException("stale");
            }
          }
        }
        try (PreparedStatement ins =
            c.prepareStatement(
                "INSERT INTO pf_forum_member (forum_id, ordinal, practitioner_id, joined_at) VALUES (?, ?, ?, ?)")) {
          ins.setString(1, forum);
          ins.setInt(2, (int) version + 100);
          ins.setString(3, joiner.value());
          ins.setLong(4, System.nanoTime());
          ins.executeUpdate();
        }
        TrailByHand.Written written =
            trail == null ? null : trail.write(c, forum, "FORUM_JOIN", "MemberJoined");
        c.commit();
        if (written != null) {
          trail.committed(written);
        }
        return version + 1;
      } catch (SQLException | RuntimeException e) {
        c.rollback();
        throw e;
      } finally {
        c.setAutoCommit(true);
      }
    }
  }

  private long plainLeave(String forum, long expected, TrailByHand trail) throws SQLException {
    try (Connection c = dataSource.getConnection()) {
      c.setAutoCommit(false);
      try {
        long version;
        int count;
        try (PreparedStatement read =
            c.prepareStatement(
                "SELECT f.version, f.member_count, m.ordinal,"
                    + " f.state, t.version FROM pf_forum f"
                    + " LEFT JOIN pf_forum_member m ON m.forum_id = f.id AND m.practitioner_id = ?"
                    + " LEFT JOIN pf_forum_terms t ON t.forum_id = f.id WHERE f.id = ?")) {
          read.setString(1, joiner.value());
          read.setString(2, forum);
          try (ResultSet rs = read.executeQuery()) {
            rs.next();
            version = rs.getLong(1);
            count = rs.getInt(2);
            if (rs.getObject(3) == null
                || version != expected
                || rs.getString(4).equals("CLOSED")) {
              throw new IllegalStateException("not a member");
            }
            if (rs.getString(4).equals("ACTIVE") || rs.getObject(5) != null) {
              throw new IllegalStateException(
                  "this baseline covers forums that are not active and have no terms");
            }
          }
        }
        try (PreparedStatement del =
            c.prepareStatement(
                "DELETE FROM pf_forum_member WHERE forum_id = ? AND practitioner_id = ?")) {
          del.setString(1, forum);
          del.setString(2, joiner.value());
          del.executeUpdate();
        }
        update(c, forum, count - 1, version);
        TrailByHand.Written written =
            trail == null ? null : trail.write(c, forum, "FORUM_LEAVE", "MemberLeft");
        c.commit();
        if (written != null) {
          trail.committed(written);
        }
        return version + 1;
      } catch (SQLException | RuntimeException e) {
        c.rollback();
        throw e;
      } finally {
        c.setAutoCommit(true);
      }
    }
  }

  private static void update(Connection c, String forum, int count, long version)
      throws SQLException {
    try (PreparedStatement up =
        c.prepareStatement(
            "UPDATE pf_forum SET member_count = ?, version = version + 1 WHERE id = ? AND version = ?")) {
      up.setInt(1, count);
      up.setString(2, forum);
      up.setLong(3, version);
      if (up.executeUpdate() != 1) {
        throw new IllegalStateException("stale");
      }
    }
  }
}

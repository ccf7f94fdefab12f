package org.practitionersforum.benchmarks.storage;

import com.zaxxer.hikari.HikariDataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
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
import org.practitionersforum.api.terms.AgreementReceipt;
import org.practitionersforum.api.terms.ContentHash;
import org.practitionersforum.api.terms.TermsContent;
import org.practitionersforum.api.terms.TermsTemplate;
import org.practitionersforum.core.ForumSdk;

/**
 * A party agrees the version of a forum's terms that is open for agreement, through the SDK ({@code
 * sdk.terms().agree}) versus hand-written plain JDBC writing the same rows (see {@link
 * #plainJdbcAgree()}), on H2 and embedded PostgreSQL, in the same run and on the same HikariCP
 * pool.
 *
 * <p>An agreement cannot be repeated, so each measurement iteration is one batch of {@value #BATCH}
 * agreements: before it, {@link #prepareForums()} (not measured) makes {@value #FORUMS} fresh
 * forums for each side, each with four members, a sponsoring manager and the standard terms open
 * for agreement; the batch then has each of the four members of each forum agree. With five parties
 * (four members and the sponsor) no agreement brings the terms into force, so every measured call
 * writes exactly two rows: the versioned terms row and the agreement. The score is the time of one
 * batch (divide by {@value #BATCH} for one agreement). {@link #pairedAgree} runs one agreement of
 * each side per call, and reports the time of each.
 *
 * <p>An iteration is short, so the warm-up is 20 of them: after three, the SDK's code was still
 * being compiled while it was measured (docs/storage.md has the runs that showed it).
 *
 * <p>From a fresh clone: {@code ./mvnw -q -pl forum-benchmarks -am -DskipTests package exec:exec
 * -Djmh.args="AgreeTermsBenchmark"} (its PostgreSQL trials pinned to one processor on a small
 * virtual machine, as {@link JoinBenchmark} explains)
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(1)
@Warmup(iterations = 20, batchSize = AgreeTermsBenchmark.BATCH)
@Measurement(iterations = 20, batchSize = AgreeTermsBenchmark.BATCH)
public class AgreeTermsBenchmark {
  /** Forums prepared per side before each iteration. */
  static final int FORUMS = 40;

  /** Agreements per iteration: four members in each forum. */
  static final int BATCH = FORUMS * 4;

  private static final Actor ADMIN = Actor.administrator(PersonId.of("admin"));
  private static final PersonId SPONSOR = PersonId.of("sponsor");
  private static final TermsContent CONTENT = TermsTemplate.standard(LocalDate.of(2030, 1, 1));
  private static final ContentHash HASH = ContentHash.of(CONTENT);

  /** The database. */
  @Param({"h2", "postgresql"})
  public String database;

  /**
   * Whether the SDK under test writes its audit trail (SEC-2) and its events to the outbox, as it
   * does by default ({@code true}), or neither ({@code false}: audit off, events delivered from
   * memory after commit). The plain JDBC baseline writes neither.
   */
  @Param({"true"})
  public boolean trust;

  /**
   * What {@link #pairedAgree} pairs the SDK with: {@code plainJdbc}, the hand-written baseline, or
   * {@code sdkWithoutTrust}, a second SDK on its own pool with audit and outbox off, so that {@code
   * -p against=plainJdbc,sdkWithoutTrust} measures both ratios in one run.
   */
  @Param({"plainJdbc"})
  public String against;

  private BenchmarkDatabase db;
  private HikariDataSource dataSource;
  private ForumSdk sdk;
  private ForumSdk bareSdk;
  private int round;
  private int sdkNext;
  private int plainNext;
  private int bareNext;

  /**
   * Starts the database, migrates it and registers the four members.
   *
   * @throws Exception if the database cannot be started
   */
  @Setup(Level.Trial)
  public void setUp() throws Exception {
    db = BenchmarkDatabase.start(database, "agree", "");
    dataSource = db.dataSource();
    sdk = BenchmarkDatabase.sdk(db.storage(), trust);
    bareSdk = BenchmarkDatabase.sdk(db.anotherStorage(), false);
    for (int i = 0; i < 4; i++) {
      sdk.practitioners()
          .register(
              ADMIN,
              PractitionerProfile.builder()
                  .id(member(i))
                  .discipline(Discipline.SOCIAL_WORK)
                  .specialism(Specialism.ADULTS)
                  .base(BaseId.of("b"))
                  .organisation(OrganisationId.of("o"))
                  .locality(LocalityId.of("l"))
                  .build());
    }
  }

  /** Makes the fresh forums, terms open for agreement, that the next iteration agrees in. */
  @Setup(Level.Iteration)
  public void prepareForums() {
    round++;
    for (int f = 0; f < FORUMS; f++) {
      openTerms(forum("sdk", f));
      openTerms(forum("plain", f));
      openTerms(forum("bare", f));
    }
    sdkNext = 0;
    plainNext = 0;
    bareNext = 0;
  }

  private void openTerms(ForumId forum) {
    sdk.forums()
        .propose(
            ADMIN,
            ForumProposal.builder()
                .id(forum)
                .name("Agree")
                .organisation(OrganisationId.of("o"))
                .base(BaseId.of("b"))
                .locality(LocalityId.of("l"))
                .sponsor(SPONSOR)
                .composition(
                    Composition.multiDisciplineAndSpecialism(Composition.Focus.ORGANISATION))
                .build());
    for (int i = 0; i < 4; i++) {
      sdk.forums().join(Actor.practitioner(member(i)), forum, member(i));
    }
    Actor first = Actor.practitioner(member(0));
    sdk.terms().draft(first, forum, CONTENT);
    sdk.terms().propose(first, forum, HASH);
  }

  private ForumId forum(String side, int f) {
    return ForumId.of(side + "-" + round + "-" + f);
  }

  private static PractitionerId member(int i) {
    return PractitionerId.of("member-" + i);
  }

  /**
   * Stops the pool and the database.
   *
   * @throws Exception if the database cannot be stopped
   */
  @TearDown(Level.Trial)
  public void tearDown() throws Exception {
    db.close();
  }

  /**
   * One agreement through the SDK: it reads the round of agreement of the version with the hash and
   * who the forum's parties are, checks that the actor is the party, that the party is a party,
   * that the hash names the open version and that the party has not agreed it in this round, writes
   * the agreement and the versioned terms row, and checks whether the version now comes into force.
   *
   * @return the receipt
   */
  @Benchmark
  public AgreementReceipt sdkAgree() {
    int k = sdkNext++;
    PractitionerId party = member(k % 4);
    return sdk.terms()
        .agree(Actor.practitioner(party), forum("sdk", k / 4), party.asPerson(), HASH);
  }

  /**
   * One agreement through the SDK and one by the baseline named by {@link #against} ({@link
   * PairedTimes} calls it "plain"), in alternating order, each timed: the ratio of each iteration
   * is the figure to read on a machine whose speed drifts.
   *
   * @param times where the time of each side is added up
   * @return the baseline's new version of the terms row
   * @throws SQLException if the database fails
   */
  @Benchmark
  public Object pairedAgree(PairedTimes times) throws SQLException {
    if (against.equals("sdkWithoutTrust")) {
      return times.run(this::sdkAgree, this::bareSdkAgree);
    }
    return times.run(this::sdkAgree, this::plainJdbcAgree);
  }

  /**
   * One agreement through the second SDK, which writes no audit trail and no outbox.
   *
   * @return the receipt
   */
  @Benchmark
  public AgreementReceipt bareSdkAgree() {
    int k = bareNext++;
    PractitionerId party = member(k % 4);
    return bareSdk
        .terms()
        .agree(Actor.practitioner(party), forum("bare", k / 4), party.asPerson(), HASH);
  }

  /**
   * The same by hand, with the checks a correct implementation needs, in one read: the forum's
   * state, sponsor, members and open facilitations (who the parties are), the terms row's version,
   * the version with the hash (status, number, round), whether the party already agreed it in this
   * round, how many parties have, and the last agreement ordinal. Then the agreement insert, the
   * version's entry into force when this was the last party (never, here), and the versioned update
   * of the terms row.
   *
   * @return the new version of the terms row
   * @throws SQLException if the database fails
   */
  @Benchmark
  public long plainJdbcAgree() throws SQLException {
    int k = plainNext++;
    String party = member(k % 4).value();
    String forum = forum("plain", k / 4).value();
    try (Connection c = dataSource.getConnection()) {
      c.setAutoCommit(false);
      try {
        long version;
        int number;
        int round;
        int ordinal;
        boolean last;
        try (PreparedStatement read =
            c.prepareStatement(
                "SELECT f.state, f.sponsor_id, t.version,"
                    + " v.number, v.status, v.round,"
                    + " (SELECT COUNT(*) FROM pf_forum_member m WHERE m.forum_id = f.id) AS members,"
                    + " (SELECT COUNT(*) FROM pf_forum_member m WHERE m.forum_id = f.id AND m.practitioner_id = ?) AS is_member,"
                    + " (SELECT COUNT(*) FROM pf_forum_facilitation fa WHERE fa.forum_id = f.id AND fa.ended_at IS NULL) AS facilitators,"
                    + " (SELECT COUNT(*) FROM pf_terms_agreement a WHERE a.forum_id = f.id AND a.number = v.number"
                    + " AND a.round = v.round AND a.party_id = ?) AS already,"
                    + " (SELECT COUNT(*) FROM pf_terms_agreement a WHERE a.forum_id = f.id AND a.number = v.number"
                    + " AND a.round = v.round) AS agreed,"
                    + " (SELECT COALESCE(MAX(a.ordinal), 0) FROM pf_terms_agreement a WHERE a.forum_id = f.id"
                    + " AND a.number = v.number) AS last_ordinal"
                    + " FROM pf_forum f JOIN pf_forum_terms t ON t.forum_id = f.id"
                    + " JOIN pf_terms_version v ON v.forum_id = f.id AND v.content_hash = ? WHERE f.id = ?")) {
          read.setString(1, party);
          read.setString(2, party);
          read.setString(3, HASH.value());
          read.setString(4, forum);
          try (ResultSet rs = read.executeQuery()) {
            if (!rs.next()) {
              throw new IllegalStateException("no such forum or version");
            }
            boolean party1 = rs.getInt(8) > 0 || party.equals(rs.getString(2));
            if (rs.getString(1).equals("CLOSED")
                || !rs.getString(5).equals("OPEN")
                || !party1
                || rs.getInt(10) > 0) {
              throw new IllegalStateException("refused");
            }
            version = rs.getLong(3);
            number = rs.getInt(4);
            round = rs.getInt(6);
            int parties = rs.getInt(7) + rs.getInt(9) + (rs.getString(2) == null ? 0 : 1);
            last = rs.getInt(11) + 1 >= parties;
            ordinal = rs.getInt(12) + 1;
          }
        }
        long now = System.currentTimeMillis() * 1_000_000L;
        try (PreparedStatement ins =
            c.prepareStatement(
                "INSERT INTO pf_terms_agreement"
                    + " (forum_id, number, ordinal, party_id, role, content_hash, round, agreed_at)"
                    + " VALUES (?, ?, ?, ?, ?, ?, ?, ?)")) {
          ins.setString(1, forum);
          ins.setInt(2, number);
          ins.setInt(3, ordinal);
          ins.setString(4, party);
          ins.setString(5, "MEMBER");
          ins.setString(6, HASH.value());
          ins.setInt(7, round);
          ins.setLong(8, now);
          ins.executeUpdate();
        }
        if (last) {
          try (PreparedStatement up =
              c.prepareStatement(
                  "UPDATE pf_terms_version SET status = 'IN_FORCE',"
                      + " in_force_forum_id = forum_id, in_force_at = ? WHERE forum_id = ? AND number = ?")) {
            up.setLong(1, now);
            up.setString(2, forum);
            up.setInt(3, number);
            up.executeUpdate();
          }
        }
        try (PreparedStatement up =
            c.prepareStatement(
                "UPDATE pf_forum_terms SET version = version + 1 WHERE forum_id = ? AND version = ?")) {
          up.setString(1, forum);
          up.setLong(2, version);
          if (up.executeUpdate() != 1) {
            throw new IllegalStateException("stale");
          }
        }
        c.commit();
        return version + 1;
      } catch (SQLException | RuntimeException e) {
        c.rollback();
        throw e;
      } finally {
        c.setAutoCommit(true);
      }
    }
  }
}

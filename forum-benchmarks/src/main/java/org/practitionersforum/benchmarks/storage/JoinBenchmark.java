package org.practitionersforum.benchmarks.storage;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
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
import org.practitionersforum.jdbc.JdbcForumStorage;

/**
 * A practitioner joins a forum and leaves it again, through the SDK (reading the forum and the
 * profiles, checking the rules, versioned update, member row and history) versus hand-written
 * plain JDBC writing the same rows (versioned forum update plus member insert, then the same for
 * the departure), on H2 and embedded PostgreSQL, in the same run.
 *
 * <p>{@code mvn -B -q -pl forum-benchmarks -am verify -DskipTests && mvn -B -q -pl forum-benchmarks exec:exec -Djmh.args="JoinBenchmark -f 1 -wi 2 -i 3 -w 2s -r 2s"}
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

  private EmbeddedPostgres postgres;
  private HikariDataSource dataSource;
  private ForumSdk sdk;
  private final ForumId forum = ForumId.of("bench-forum");
  private final PractitionerId joiner = PractitionerId.of("joiner");
  private long plainVersion;

  @Setup(Level.Trial)
  public void setUp() throws Exception {
    HikariConfig c = new HikariConfig();
    if (database.equals("h2")) {
      c.setJdbcUrl("jdbc:h2:mem:bench;DB_CLOSE_DELAY=-1");
      c.setUsername("sa");
    } else {
      postgres = EmbeddedPostgres.builder().start();
      c.setJdbcUrl(postgres.getJdbcUrl("postgres", "postgres"));
      c.setUsername("postgres");
    }
    c.setMaximumPoolSize(2);
    dataSource = new HikariDataSource(c);
    JdbcForumStorage storage = JdbcForumStorage.builder().dataSource(dataSource).build();
    storage.migrate();
    sdk = ForumSdk.builder().storage(storage).clock(Clock.systemUTC()).build();
    for (int i = 0; i < 4; i++) {
      sdk.practitioners().register(ADMIN, profile("member-" + i));
    }
    sdk.practitioners().register(ADMIN, profile(joiner.value()));
    sdk.forums().propose(ADMIN, ForumProposal.builder().id(forum).name("Bench").organisation(OrganisationId.of("o"))
        .base(BaseId.of("b")).locality(LocalityId.of("l")).composition(Composition.open(Composition.Focus.ORGANISATION)).build());
    for (int i = 0; i < 4; i++) {
      PractitionerId p = PractitionerId.of("member-" + i);
      sdk.forums().join(Actor.practitioner(p), forum, p);
    }
    sdk.forums().propose(ADMIN, ForumProposal.builder().id(ForumId.of("plain-forum")).name("Plain").organisation(OrganisationId.of("o"))
        .base(BaseId.of("b")).locality(LocalityId.of("l")).composition(Composition.open(Composition.Focus.ORGANISATION)).build());
    plainVersion = 1;
  }

  private static PractitionerProfile profile(String id) {
    return PractitionerProfile.builder().id(PractitionerId.of(id)).discipline(Discipline.SOCIAL_WORK)
        .specialism(Specialism.ADULTS).base(BaseId.of("b")).organisation(OrganisationId.of("o"))
        .locality(LocalityId.of("l")).build();
  }

  @TearDown(Level.Trial)
  public void tearDown() throws Exception {
    dataSource.close();
    if (postgres != null) {
      postgres.close();
    }
  }

  /** Join and leave through the SDK's services. */
  @Benchmark
  public Forum sdkJoinAndLeave() {
    sdk.forums().join(Actor.practitioner(joiner), forum, joiner);
    return sdk.forums().leave(Actor.practitioner(joiner), forum, joiner);
  }

  /** The same rows by hand: a versioned forum update and a member insert, then a delete. */
  @Benchmark
  public long plainJdbcJoinAndLeave() throws SQLException {
    plainVersion = plainStep(true, plainVersion);
    plainVersion = plainStep(false, plainVersion);
    return plainVersion;
  }

  private long plainStep(boolean join, long version) throws SQLException {
    try (Connection c = dataSource.getConnection()) {
      c.setAutoCommit(false);
      try (PreparedStatement read = c.prepareStatement("SELECT version, member_count FROM pf_forum WHERE id = ?")) {
        read.setString(1, "plain-forum");
        try (ResultSet rs = read.executeQuery()) {
          rs.next();
        }
      }
      try (PreparedStatement up = c.prepareStatement(
          "UPDATE pf_forum SET member_count = ?, version = version + 1 WHERE id = ? AND version = ?")) {
        up.setInt(1, join ? 1 : 0);
        up.setString(2, "plain-forum");
        up.setLong(3, version);
        if (up.executeUpdate() != 1) {
          throw new IllegalStateException("stale");
        }
      }
      if (join) {
        try (PreparedStatement ins = c.prepareStatement(
            "INSERT INTO pf_forum_member (forum_id, ordinal, practitioner_id, joined_at) VALUES (?, ?, ?, ?)")) {
          ins.setString(1, "plain-forum");
          ins.setInt(2, (int) version);
          ins.setString(3, "joiner");
          ins.setLong(4, System.nanoTime());
          ins.executeUpdate();
        }
      } else {
        try (PreparedStatement del = c.prepareStatement("DELETE FROM pf_forum_member WHERE forum_id = ? AND practitioner_id = ?")) {
          del.setString(1, "plain-forum");
          del.setString(2, "joiner");
          del.executeUpdate();
        }
      }
      c.commit();
      c.setAutoCommit(true);
    }
    return version + 1;
  }
}

package org.practitionersforum.benchmarks.storage;

import com.zaxxer.hikari.HikariDataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;
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
import org.practitionersforum.api.forum.Forum;
import org.practitionersforum.api.forum.ForumId;
import org.practitionersforum.api.practitioner.BaseId;
import org.practitionersforum.api.practitioner.PractitionerId;
import org.practitionersforum.api.terms.TermsVersion;
import org.practitionersforum.core.ForumSdk;
import org.practitionersforum.jdbc.JdbcForumStorage;

/**
 * The key reads at national scale, through the SDK's storage versus the single best hand-written
 * SQL query for the same answer, in the same run: a forum with its members and the terms in force;
 * the forums of a base (ten, with their members); a practitioner's forums (with their members).
 * The data is loaded by {@link NationalScaleData} (fixed seed) at {@code scale} times 100,000
 * practitioners, 15,000 forums and 1,000,000 agreement records; the load time is printed. Each
 * invocation reads a random forum, base or practitioner. A read that does not grow with the data
 * takes the same time at every scale.
 *
 * <p>The SDK side reads through {@code JdbcForumStorage.inTransaction} with the stores the
 * services use ({@code forums().find}, {@code terms().findInForce}, {@code
 * forums().findByBase}, {@code forums().findByMember}): whole forum aggregates (invitations,
 * facilitations, history) and the one version in force with its texts and agreements; the
 * hand-written queries return only the forum rows, the members and the version in force.
 *
 * <p>From a fresh clone: {@code ./mvnw -q -pl forum-benchmarks -am -DskipTests package exec:exec
 * -Djmh.args="NationalScaleReadBenchmark"}
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Fork(value = 1, jvmArgsAppend = "-Xmx8g")
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
public class NationalScaleReadBenchmark {
  private static final String FORUM_COLUMNS = "f.id, f.organisation_id, f.base_id, f.locality_id, f.name,"
      + " f.discipline_mix, f.discipline, f.specialism_mix, f.specialism, f.focus, f.min_members,"
      + " f.max_members, f.line_management_excluded, f.sponsor_id, f.state, f.proposed_at,"
      + " f.member_count, f.version";

  /** Multiplies every count of the national data set (1 = 100,000 practitioners). */
  @Param({"0.1", "1"})
  public double scale;

  /** The database: h2 (in memory) or postgresql (embedded). */
  @Param({"h2"})
  public String database;

  private BenchmarkDatabase db;
  private HikariDataSource dataSource;
  private JdbcForumStorage storage;
  private NationalScaleData data;
  private final SplittableRandom random = new SplittableRandom(7);

  /**
   * Starts the database and loads the data set.
   *
   * @throws Exception if the database cannot be started or loaded
   */
  @Setup(Level.Trial)
  public void setUp() throws Exception {
    // The H2 database is named by scale and kept open: run with -f 0 and the six benchmarks share one load.
    db = BenchmarkDatabase.start(database, "national-" + String.valueOf(scale).replace('.', '_'),
        "&reWriteBatchedInserts=true");
    dataSource = db.dataSource();
    storage = db.storage();
    ForumSdk sdk = ForumSdk.builder().storage(storage).clock(NationalScaleData.clock()).build();
    data = new NationalScaleData(scale);
    try (Connection conn = dataSource.getConnection();
        PreparedStatement ps = conn.prepareStatement("SELECT COUNT(*) FROM pf_terms_agreement");
        ResultSet rs = ps.executeQuery()) {
      rs.next();
      if (rs.getLong(1) > 0) {
        data.agreements = rs.getLong(1);
        return;
      }
    }
    long start = System.nanoTime();
    data.load(dataSource, storage, sdk);
    if (db.isPostgres()) {
      try (Connection conn = dataSource.getConnection(); PreparedStatement ps = conn.prepareStatement("ANALYZE")) {
        ps.execute();
      }
    }
    System.out.printf("%nloaded %,d practitioners, %,d forums, %,d agreements on %s in %.1f s%n",
        data.practitioners, data.forums, data.agreements, database, (System.nanoTime() - start) / 1e9);
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

  private String anyForum() {
    return NationalScaleData.forum(random.nextInt(data.forums));
  }

  private String anyBase() {
    return NationalScaleData.base(random.nextInt(Math.max(1, data.forums / NationalScaleData.FORUMS_PER_BASE)));
  }

  private String anyPractitioner() {
    return NationalScaleData.practitioner(random.nextInt(data.practitioners));
  }

  /**
   * A forum with its members and the terms in force, through the storage in one unit of work.
   *
   * @return the version in force
   */
  @Benchmark
  public Optional<TermsVersion> sdkForumWithTerms() {
    ForumId id = ForumId.of(anyForum());
    return storage.inTransaction(tx -> {
      Forum forum = tx.forums().find(id).orElseThrow();
      return tx.terms().findInForce(forum.id());
    });
  }

  /**
   * The same answer in one query: the forum row, each member, and the version in force.
   *
   * @return a checksum of the rows
   * @throws SQLException if the database fails
   */
  @Benchmark
  public long plainForumWithTerms() throws SQLException {
    return query("SELECT " + FORUM_COLUMNS + ", m.ordinal, m.practitioner_id, m.joined_at, v.number,"
        + " v.status, v.round, v.content_hash, v.drafted_at, v.opened_at, v.in_force_at, v.confidentiality,"
        + " v.attendance, v.equal_airtime, v.cadence, v.quorum, v.facilitation, v.facilitation_ends,"
        + " v.decision_making, v.sharing_with_managers, v.review_date FROM pf_forum f"
        + " LEFT JOIN pf_forum_member m ON m.forum_id = f.id"
        + " LEFT JOIN pf_terms_version v ON v.in_force_forum_id = f.id WHERE f.id = ? ORDER BY m.ordinal",
        anyForum());
  }

  /**
   * The forums of a base with their members, through the storage.
   *
   * @return the forums
   */
  @Benchmark
  public List<Forum> sdkForumsOfBase() {
    BaseId base = BaseId.of(anyBase());
    return storage.inTransaction(tx -> tx.forums().findByBase(base));
  }

  /**
   * The same in one query: the base's forum rows with their members.
   *
   * @return a checksum of the rows
   * @throws SQLException if the database fails
   */
  @Benchmark
  public long plainForumsOfBase() throws SQLException {
    return query("SELECT " + FORUM_COLUMNS + ", m.ordinal, m.practitioner_id, m.joined_at FROM pf_forum f"
        + " LEFT JOIN pf_forum_member m ON m.forum_id = f.id WHERE f.base_id = ? ORDER BY f.id, m.ordinal",
        anyBase());
  }

  /**
   * A practitioner's forums with their members, through the storage.
   *
   * @return the forums
   */
  @Benchmark
  public List<Forum> sdkForumsOfPractitioner() {
    PractitionerId p = PractitionerId.of(anyPractitioner());
    return storage.inTransaction(tx -> tx.forums().findByMember(p));
  }

  /**
   * The same in one query: the forums the practitioner is a member of, with all their members.
   *
   * @return a checksum of the rows
   * @throws SQLException if the database fails
   */
  @Benchmark
  public long plainForumsOfPractitioner() throws SQLException {
    return query("SELECT " + FORUM_COLUMNS + ", m.ordinal, m.practitioner_id, m.joined_at"
        + " FROM pf_forum_member me JOIN pf_forum f ON f.id = me.forum_id"
        + " LEFT JOIN pf_forum_member m ON m.forum_id = f.id WHERE me.practitioner_id = ?"
        + " ORDER BY f.id, m.ordinal", anyPractitioner());
  }

  /** Runs a query and reads every column of every row. */
  private long query(String sql, String value) throws SQLException {
    long sum = 0;
    try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(sql)) {
      ps.setString(1, value);
      try (ResultSet rs = ps.executeQuery()) {
        int columns = rs.getMetaData().getColumnCount();
        while (rs.next()) {
          for (int i = 1; i <= columns; i++) {
            Object o = rs.getObject(i);
            sum += o == null ? 0 : o.hashCode();
          }
        }
      }
    }
    return sum;
  }
}

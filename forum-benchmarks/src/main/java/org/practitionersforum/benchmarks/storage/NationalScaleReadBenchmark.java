package org.practitionersforum.benchmarks.storage;

import com.zaxxer.hikari.HikariDataSource;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
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
 * facilitations, history) and the one version in force with its texts, agreements and
 * objections; the hand-written queries return only the forum rows, the members and the version in
 * force with its texts (its scalar sections and its purposes and limits of confidentiality).
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

  /**
   * Multiplies every count of the national data set: 1 is 100,000 practitioners, 15,000 forums and
   * about 1,000,000 agreement records; 10 is ten times that.
   */
  @Param({"1", "10"})
  public double scale;

  /**
   * The database: h2 (in memory up to scale 1; above, a file under {@code java.io.tmpdir}, deleted
   * at exit) or postgresql (embedded, data directory under {@code java.io.tmpdir}).
   */
  @Param({"h2", "postgresql"})
  public String database;

  /** The loaded databases of this JVM, by database and scale: with {@code -f 0} every benchmark shares one load. */
  private static final Map<String, Loaded> LOADED = new HashMap<>();

  /** A started, loaded database. */
  private record Loaded(BenchmarkDatabase db, NationalScaleData data) {}

  private HikariDataSource dataSource;
  private JdbcForumStorage storage;
  private NationalScaleData data;
  private final SplittableRandom random = new SplittableRandom(7);

  /**
   * Starts the database and loads the data set, once per database and scale in this JVM.
   *
   * @throws Exception if the database cannot be started or loaded
   */
  @Setup(Level.Trial)
  public void setUp() throws Exception {
    Loaded loaded;
    synchronized (LOADED) {
      String key = database + "@" + scale;
      loaded = LOADED.get(key);
      if (loaded == null) {
        loaded = load();
        LOADED.put(key, loaded);
      }
    }
    dataSource = loaded.db().dataSource();
    storage = loaded.db().storage();
    data = loaded.data();
  }

  private Loaded load() throws Exception {
    String name = "pf-national-" + String.valueOf(scale).replace('.', '_');
    Path file = Path.of(System.getProperty("java.io.tmpdir"), name + "-" + ProcessHandle.current().pid());
    // Above scale 1 H2 keeps the data in a file (in memory it would need several gigabytes of heap),
    // with a page cache large enough for the indexes the reads use.
    String h2Url = scale > 1 ? "jdbc:h2:file:" + file + ";DB_CLOSE_DELAY=-1;CACHE_SIZE=1048576"
        : "jdbc:h2:mem:" + name + ";DB_CLOSE_DELAY=-1";
    BenchmarkDatabase db = BenchmarkDatabase.start(database, h2Url, "&reWriteBatchedInserts=true",
        scale > 1 ? "1GB" : "256MB");
    Runtime.getRuntime().addShutdownHook(new Thread(() -> {
      try {
        db.close();
        Files.deleteIfExists(Path.of(file + ".mv.db"));
        Files.deleteIfExists(Path.of(file + ".trace.db"));
      } catch (IOException e) {
        // The JVM is exiting; the files are in the temporary directory.
      }
    }));
    ForumSdk sdk = ForumSdk.builder().storage(db.storage()).clock(NationalScaleData.clock()).build();
    NationalScaleData loaded = new NationalScaleData(scale);
    long start = System.nanoTime();
    loaded.load(db.dataSource(), db.storage(), sdk);
    if (db.isPostgres()) {
      try (Connection conn = db.dataSource().getConnection(); PreparedStatement ps = conn.prepareStatement("ANALYZE")) {
        ps.execute();
      }
    }
    System.out.printf("%nloaded %,d practitioners, %,d forums, %,d agreements on %s%s in %.1f s%n",
        loaded.practitioners, loaded.forums, loaded.agreements, database,
        database.equals("h2") ? (scale > 1 ? " (file)" : " (in memory)") : "", (System.nanoTime() - start) / 1e9);
    return new Loaded(db, loaded);
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
   * The same answer in one query: the forum row, each member, and the version in force with its
   * purposes and stated limits of confidentiality (sections of the terms, kept one row each); the
   * members and those items come as rows of one {@code UNION ALL}, so that neither multiplies the
   * other.
   *
   * @return a checksum of the rows
   * @throws SQLException if the database fails
   */
  @Benchmark
  public long plainForumWithTerms() throws SQLException {
    return query("SELECT " + FORUM_COLUMNS + ", v.number, v.status, v.round, v.content_hash, v.drafted_at,"
        + " v.opened_at, v.in_force_at, v.confidentiality, v.attendance, v.equal_airtime, v.cadence, v.quorum,"
        + " v.facilitation, v.facilitation_ends, v.decision_making, v.sharing_with_managers, v.review_date,"
        + " x.kind, x.ordinal, x.a, x.t FROM pf_forum f"
        + " LEFT JOIN pf_terms_version v ON v.in_force_forum_id = f.id"
        + " LEFT JOIN (SELECT 0 AS kind, ordinal, practitioner_id AS a, joined_at AS t FROM pf_forum_member"
        + " WHERE forum_id = ? UNION ALL SELECT i.kind, i.ordinal, i.text, NULL FROM pf_terms_version iv"
        + " JOIN pf_terms_item i ON i.forum_id = iv.forum_id AND i.number = iv.number"
        + " WHERE iv.in_force_forum_id = ?) x ON 1 = 1 WHERE f.id = ?", anyForum());
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

  /** Runs a query, every parameter the value, and reads every column of every row. */
  private long query(String sql, String value) throws SQLException {
    long sum = 0;
    try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(sql)) {
      int parameters = sql.length() - sql.replace("?", "").length();
      for (int i = 1; i <= parameters; i++) {
        ps.setString(i, value);
      }
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

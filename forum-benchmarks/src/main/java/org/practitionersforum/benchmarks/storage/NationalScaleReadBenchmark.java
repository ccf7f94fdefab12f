package org.practitionersforum.benchmarks.storage;

import com.zaxxer.hikari.HikariDataSource;
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
 * the forums of a base (ten, with their members); a practitioner's forums (with their members). The
 * data is loaded by {@link NationalScaleData} (fixed seed) at {@code scale} times 100,000
 * practitioners, 15,000 forums and 1,000,000 agreement records; the load time is printed. Each
 * invocation reads a random forum, base or practitioner of the {@link #readSet read set}. A read
 * that does not grow with the data takes the same time at every scale.
 *
 * <p>The databases are kept on disk under {@code java.io.tmpdir/pf-national} (H2 in a file,
 * PostgreSQL's data directory) and loaded only once: every fork, and every later run, opens them
 * again. Delete the directory to load afresh. Give the warm-up a few seconds: a fork starts with
 * the database's caches empty.
 *
 * <p>The SDK side reads through {@code JdbcForumStorage.inTransaction} with the stores the services
 * use ({@code forums().find}, {@code terms().findInForce}, {@code forums().findByBase}, {@code
 * forums().findByMember}): whole forum aggregates (invitations, facilitations, history) and the one
 * version in force with its texts, agreements and objections; the hand-written queries return only
 * the forum rows, the members and the version in force with its texts (its scalar sections and its
 * purposes and limits of confidentiality).
 *
 * <p>From a fresh clone: {@code ./mvnw -q -pl forum-benchmarks -am -DskipTests package exec:exec
 * -Djmh.args="NationalScaleReadBenchmark -wi 6 -w 3s -i 8 -r 2s"}
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Fork(value = 1, jvmArgsAppend = "-Xmx8g")
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
public class NationalScaleReadBenchmark {
  private static final String FORUM_COLUMNS =
      "f.id, f.organisation_id, f.base_id, f.locality_id, f.name,"
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
   * How many forums the reads are drawn from, spread evenly over the data set (bases and
   * practitioners in proportion): 15,000, the number at scale 1, reads the same working set at
   * every scale, so that a larger scale shows what the size of the tables costs a read, apart from
   * how much of the data the caches hold; 0 draws from all the forums.
   */
  @Param({"15000"})
  public int readSet;

  /**
   * The database: h2 (in a file, compacted after the load, with a page cache of 2 GB) or postgresql
   * (embedded, with {@link #postgresBuffers} of shared buffers).
   */
  @Param({"h2", "postgresql"})
  public String database;

  /**
   * PostgreSQL's {@code shared_buffers}. 4 GB holds the pages the read set touches at both scales.
   * At scale 10 the read set's forums lie ten times further apart, so they share no pages, and with
   * 1 GB those pages no longer fit: reads at that scale then came from the operating system's cache
   * or the disk (docs/storage.md has what that did to the times).
   */
  @Param({"4GB"})
  public String postgresBuffers;

  /**
   * The loaded databases of this JVM, by database and scale: with {@code -f 0} every benchmark
   * shares one; in forks (the default) each fork opens the data kept on disk.
   */
  private static final Map<String, Loaded> LOADED = new HashMap<>();

  /** A started, loaded database. */
  private record Loaded(BenchmarkDatabase db, NationalScaleData data) {}

  private HikariDataSource dataSource;
  private JdbcForumStorage storage;
  private NationalScaleData data;
  private final SplittableRandom random = new SplittableRandom(7);

  /**
   * Opens the database of this scale, loading the data set the first time.
   *
   * @throws Exception if the database cannot be started or loaded
   */
  @Setup(Level.Trial)
  public void setUp() throws Exception {
    Loaded loaded;
    synchronized (LOADED) {
      String key = database + "@" + scale + "/" + postgresBuffers;
      loaded = LOADED.get(key);
      if (loaded == null) {
        loaded = open();
        LOADED.put(key, loaded);
      }
    }
    dataSource = loaded.db().dataSource();
    storage = loaded.db().storage();
    data = loaded.data();
  }

  /**
   * Opens the database kept under {@code java.io.tmpdir/pf-national/<database>-<scale>}; if it does
   * not hold a complete load (a marker file is written last), deletes it and loads it afresh. Every
   * fork and every later run reuses a complete load: delete the directory to load again.
   */
  private Loaded open() throws Exception {
    Path dir =
        Path.of(
            System.getProperty("java.io.tmpdir"),
            "pf-national",
            database
                + "-"
                + String.valueOf(scale).replace('.', '_')
                + "-v"
                + NationalScaleData.FORMAT);
    Path marker = dir.resolve("loaded.txt");
    boolean complete = Files.exists(marker);
    if (!complete) {
      BenchmarkDatabase.deleteTree(dir);
      Files.createDirectories(dir);
    }
    String h2Url = "jdbc:h2:file:" + dir.resolve("forum") + ";CACHE_SIZE=2097152";
    BenchmarkDatabase db =
        BenchmarkDatabase.start(
            database, h2Url, dir.resolve("pgdata"), "&reWriteBatchedInserts=true", postgresBuffers);
    NationalScaleData loaded = new NationalScaleData(scale);
    if (complete) {
      loaded.agreements = Long.parseLong(Files.readString(marker).strip());
      return closedAtExit(new Loaded(db, loaded));
    }
    ForumSdk sdk =
        ForumSdk.builder().storage(db.storage()).clock(NationalScaleData.clock()).build();
    long start = System.nanoTime();
    loaded.load(db.dataSource(), db.storage(), sdk);
    try (Connection conn = db.dataSource().getConnection();
        PreparedStatement ps =
            conn.prepareStatement(db.isPostgres() ? "ANALYZE" : "ANALYZE SAMPLE_SIZE 100000")) {
      ps.execute();
    }
    System.out.printf(
        "%nloaded %,d practitioners, %,d forums, %,d agreements on %s in %.1f s%n",
        loaded.practitioners,
        loaded.forums,
        loaded.agreements,
        database,
        (System.nanoTime() - start) / 1e9);
    if (!db.isPostgres()) {
      // H2 appends every commit of the load to the file; rewrite it without the superseded pages,
      // as its background compaction would in time (PostgreSQL updates in place).
      db.close();
      try (Connection conn = java.sql.DriverManager.getConnection(h2Url, "sa", "");
          PreparedStatement ps = conn.prepareStatement("SHUTDOWN COMPACT")) {
        ps.execute();
      }
      db = BenchmarkDatabase.start(database, h2Url, null, "", "1GB");
    }
    Files.writeString(marker, Long.toString(loaded.agreements));
    return closedAtExit(new Loaded(db, loaded));
  }

  /** Closes the database when the JVM exits; its data stays on disk for the next fork. */
  private static Loaded closedAtExit(Loaded loaded) {
    BenchmarkDatabase.closedAtExit(loaded.db());
    return loaded;
  }

  /**
   * One of {@code drawn} keys spread evenly over {@code 0 .. all - 1} (all of them if there are
   * fewer).
   */
  private int spread(int all, long drawn) {
    int n = (int) Math.max(1, Math.min(all, drawn));
    return (int) (random.nextInt(n) * ((long) all / n));
  }

  /** How many forums the reads are drawn from: all of them, or {@link #readSet} spread evenly. */
  private long forumsRead() {
    return readSet == 0 ? data.forums : readSet;
  }

  private String anyForum() {
    return NationalScaleData.forum(spread(data.forums, forumsRead()));
  }

  private String anyBase() {
    int bases = Math.max(1, data.forums / NationalScaleData.FORUMS_PER_BASE);
    return NationalScaleData.base(spread(bases, forumsRead() / NationalScaleData.FORUMS_PER_BASE));
  }

  private String anyPractitioner() {
    return NationalScaleData.practitioner(
        spread(data.practitioners, forumsRead() * data.practitioners / data.forums));
  }

  /**
   * A forum with its members and the terms in force, through the storage in one unit of work.
   *
   * @return the version in force
   */
  @Benchmark
  public Optional<TermsVersion> sdkForumWithTerms() {
    ForumId id = ForumId.of(anyForum());
    return storage.inTransaction(
        tx -> {
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
    return query(
        "SELECT "
            + FORUM_COLUMNS
            + ", v.number, v.status, v.round, v.content_hash, v.drafted_at,"
            + " v.opened_at, v.in_force_at, v.confidentiality, v.attendance, v.equal_airtime, v.cadence, v.quorum,"
            + " v.facilitation, v.facilitation_ends, v.decision_making, v.sharing_with_managers, v.review_date,"
            + " x.kind, x.ordinal, x.a, x.t FROM pf_forum f"
            + " LEFT JOIN pf_terms_version v ON v.in_force_forum_id = f.id"
            + " LEFT JOIN (SELECT 0 AS kind, ordinal, practitioner_id AS a, joined_at AS t FROM pf_forum_member"
            + " WHERE forum_id = ? UNION ALL SELECT i.kind, i.ordinal, i.text, NULL FROM pf_terms_version iv"
            + " JOIN pf_terms_item i ON i.forum_id = iv.forum_id AND i.number = iv.number"
            + " WHERE iv.in_force_forum_id = ?) x ON 1 = 1 WHERE f.id = ?",
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
    return query(
        "SELECT "
            + FORUM_COLUMNS
            + ", m.ordinal, m.practitioner_id, m.joined_at FROM pf_forum f"
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
    return query(
        "SELECT "
            + FORUM_COLUMNS
            + ", m.ordinal, m.practitioner_id, m.joined_at"
            + " FROM pf_forum_member me JOIN pf_forum f ON f.id = me.forum_id"
            + " LEFT JOIN pf_forum_member m ON m.forum_id = f.id WHERE me.practitioner_id = ?"
            + " ORDER BY f.id, m.ordinal",
        anyPractitioner());
  }

  /** Runs a query, every parameter the value, and reads every column of every row. */
  private long query(String sql, String value) throws SQLException {
    long sum = 0;
    try (Connection c = dataSource.getConnection();
        PreparedStatement ps = c.prepareStatement(sql)) {
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

package org.practitionersforum.benchmarks.storage;

import com.zaxxer.hikari.HikariDataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
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
import org.practitionersforum.api.lesson.FeedPage;
import org.practitionersforum.api.lesson.FeedQuery;
import org.practitionersforum.api.lesson.LessonSection;
import org.practitionersforum.api.practitioner.OrganisationId;
import org.practitionersforum.api.practitioner.PersonId;
import org.practitionersforum.api.security.Actor;
import org.practitionersforum.core.ForumSdk;

/**
 * The organisation tier's lesson feed (LS-3), first page of 20, through the SDK versus the best
 * single hand-written SQL for the same page, in the same run. The data: {@code scale} times 20,000
 * lessons, each published at the forum and organisation tiers, over 50 organisations of 400 lessons
 * each (ten forums to an organisation); a larger scale has more organisations of the same size, so
 * that a page's answer stays the same while the tables grow. Each invocation reads the first page
 * of a random organisation's feed as its manager.
 *
 * <p>The SDK side is {@code sdk.lessons().feed(manager, FeedQuery.organisation(org))}: the access
 * decision, then a unit of work (connection, transaction, commit) around one keyset query answered
 * from an index of migration {@code V13__lesson_feed}, and the published lessons built with their
 * attribution. The baseline is the same SELECT (20 rows, every column read) on a pooled connection
 * in auto-commit mode; its ORDER BY names the organisation and the tier first, as the SDK's does,
 * because H2 reads the index in order only then.
 *
 * <p>The databases are kept on disk under {@code java.io.tmpdir/pf-feed} and loaded only once;
 * delete the directory to load afresh. Each fork reads every organisation's first page once before
 * measuring, so that both sides run on a warm cache. From a fresh clone: {@code ./mvnw -q -pl
 * forum-benchmarks -am -DskipTests package exec:exec -Djmh.args="LessonFeedBenchmark -p
 * database=postgresql -f 1 -wi 2 -i 3"}
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Fork(value = 1, jvmArgsAppend = "-Xmx4g")
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
public class LessonFeedBenchmark {
  private static final int LESSONS_PER_ORGANISATION = 400;
  private static final int FORUMS_PER_ORGANISATION = 10;
  private static final int BATCH = 1_000;
  private static final String[] KINDS = {"PRODUCT", "PROCESS", "SERVICE", "SYSTEM", "STRUCTURE"};
  private static final long START = 1_767_225_600_000_000_000L; // 2026-01-01T00:00Z in nanos

  /** Multiplies the data: 1 is 20,000 lessons over 50 organisations; 10 is ten times that. */
  @Param({"1", "10"})
  public int scale;

  /** The database: h2 (in a file) or postgresql (embedded). */
  @Param({"h2", "postgresql"})
  public String database;

  private static final Map<String, BenchmarkDatabase> OPEN = new HashMap<>();

  private HikariDataSource dataSource;
  private ForumSdk sdk;
  private int organisations;
  private final Actor manager = Actor.manager(PersonId.of("bench-manager"));
  private final SplittableRandom random = new SplittableRandom(13);

  /**
   * Opens the database of this scale, loading it the first time.
   *
   * @throws Exception if the database cannot be started or loaded
   */
  @Setup(Level.Trial)
  public void setUp() throws Exception {
    organisations = 50 * scale;
    BenchmarkDatabase db;
    synchronized (OPEN) {
      String key = database + "@" + scale;
      db = OPEN.get(key);
      if (db == null) {
        db = open();
        OPEN.put(key, db);
      }
    }
    dataSource = db.dataSource();
    sdk = BenchmarkDatabase.sdk(db.storage(), true);
    // Each fork opens the database cold; every organisation's first page is read once, so that
    // both sides are measured on a warm cache at every scale rather than on how much of a larger
    // file the warm-up iterations happened to touch.
    for (int org = 0; org < organisations; org++) {
      firstPage(organisation(org));
    }
  }

  private BenchmarkDatabase open() throws Exception {
    return BenchmarkDatabase.onDisk(
        "pf-feed/" + database + "-" + scale + "-v2", database, this::load);
  }

  private void load(BenchmarkDatabase db) throws Exception {
    long start = System.nanoTime();
    int lessons = organisations * LESSONS_PER_ORGANISATION;
    StringBuilder sections = new StringBuilder();
    StringBuilder marks = new StringBuilder();
    for (LessonSection s : LessonSection.values()) {
      sections.append(", ").append(s.name().toLowerCase(java.util.Locale.ROOT));
      marks.append(", ?");
    }
    try (Connection c = db.dataSource().getConnection()) {
      c.setAutoCommit(false);
      try (PreparedStatement lesson =
              c.prepareStatement(
                  "INSERT INTO pf_lesson (id, forum_id, organisation_id, kind, state, finalised"
                      + sections
                      + ", qi_discipline, qi_specialism, qi_base_id, qi_locality_id,"
                      + " qi_organisation_id, qi_period, created_at, submitted_at, withdrawn_at,"
                      + " version) VALUES (?, ?, ?, ?, 'SUBMITTED', TRUE"
                      + marks
                      + ", 'social-work', 'adults', ?, ?, ?, '2026-01', ?, ?, NULL, 1)");
          PreparedStatement tier =
              c.prepareStatement(
                  "INSERT INTO pf_lesson_tier (lesson_id, tier, consented_at, anonymised_at,"
                      + " cleared_at, published_at"
                      + sections
                      + ", disclosed_place, disclosed_practice, disclosed_period, forum_id,"
                      + " organisation_id) VALUES (?, ?, ?, ?, ?, ?"
                      + marks
                      + ", 'LOCALITY', 'DISCIPLINE', 'QUARTER', ?, ?)")) {
        for (int i = 0; i < lessons; i++) {
          int org = i % organisations;
          String id = "lesson-" + i;
          String forum = "forum-" + org + "-" + (i / organisations) % FORUMS_PER_ORGANISATION;
          long at = START + i * 60_000_000_000L;
          int p = 1;
          lesson.setString(p++, id);
          lesson.setString(p++, forum);
          lesson.setString(p++, organisation(org).value());
          lesson.setString(p++, KINDS[i % KINDS.length]);
          for (LessonSection s : LessonSection.values()) {
            lesson.setString(p++, "As written, " + s.title() + ", lesson " + i + ".");
          }
          lesson.setString(p++, "base-" + org);
          lesson.setString(p++, "locality-" + org);
          lesson.setString(p++, organisation(org).value());
          lesson.setLong(p++, at);
          lesson.setLong(p, at);
          lesson.addBatch();
          for (String t : List.of("FORUM", "ORGANISATION")) {
            long published = at + ("FORUM".equals(t) ? 1_000 : 2_000);
            int q = 1;
            tier.setString(q++, id);
            tier.setString(q++, t);
            tier.setLong(q++, at);
            tier.setLong(q++, at);
            tier.setLong(q++, at);
            tier.setLong(q++, published);
            for (LessonSection s : LessonSection.values()) {
              tier.setString(q++, "Published at " + t + ", " + s.title() + ", lesson " + i + ".");
            }
            tier.setString(q++, forum);
            tier.setString(q, organisation(org).value());
            tier.addBatch();
          }
          if (i % BATCH == BATCH - 1) {
            lesson.executeBatch();
            tier.executeBatch();
            c.commit();
          }
        }
        lesson.executeBatch();
        tier.executeBatch();
      }
      c.commit();
      try (PreparedStatement ps = c.prepareStatement("ANALYZE")) {
        ps.execute();
      }
      c.commit();
    }
    System.out.printf(
        "%nloaded %,d lessons over %,d organisations on %s in %.1f s%n",
        lessons, organisations, database, (System.nanoTime() - start) / 1e9);
  }

  private static OrganisationId organisation(int org) {
    return OrganisationId.of("org-" + org);
  }

  /**
   * The first page of a random organisation's feed, through the SDK.
   *
   * @return the page
   */
  @Benchmark
  public FeedPage sdkFeed() {
    OrganisationId org = organisation(random.nextInt(organisations));
    return sdk.lessons().feed(manager, FeedQuery.organisation(org));
  }

  /**
   * The same page by hand: one SELECT of the same columns, newest first, 20 rows.
   *
   * @return the rows' text, read
   * @throws SQLException if the database fails
   */
  @Benchmark
  public List<String> plainFeed() throws SQLException {
    return firstPage(organisation(random.nextInt(organisations)));
  }

  private List<String> firstPage(OrganisationId org) throws SQLException {
    StringBuilder sql =
        new StringBuilder(
            "SELECT l.id, l.forum_id, l.organisation_id, l.kind, l.qi_discipline,"
                + " l.qi_specialism, l.qi_base_id, l.qi_locality_id, l.qi_organisation_id,"
                + " l.qi_period, t.published_at");
    for (LessonSection s : LessonSection.values()) {
      sql.append(", t.").append(s.name().toLowerCase(java.util.Locale.ROOT));
    }
    sql.append(
        ", t.disclosed_place, t.disclosed_practice, t.disclosed_period FROM pf_lesson_tier t"
            + " JOIN pf_lesson l ON l.id = t.lesson_id WHERE t.organisation_id = ? AND t.tier ="
            + " 'ORGANISATION' AND t.published_at IS NOT NULL AND l.state = 'SUBMITTED'"
            + " ORDER BY t.organisation_id DESC, t.tier DESC, t.published_at DESC,"
            + " t.lesson_id DESC LIMIT 20");
    List<String> out = new ArrayList<>(20 * 20);
    try (Connection conn = dataSource.getConnection();
        PreparedStatement ps = conn.prepareStatement(sql.toString())) {
      ps.setString(1, org.value());
      try (ResultSet rs = ps.executeQuery()) {
        int columns = rs.getMetaData().getColumnCount();
        while (rs.next()) {
          for (int k = 1; k <= columns; k++) {
            out.add(rs.getString(k));
          }
        }
      }
    }
    return out;
  }
}

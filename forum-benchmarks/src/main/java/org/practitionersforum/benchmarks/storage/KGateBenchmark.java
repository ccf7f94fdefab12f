package org.practitionersforum.benchmarks.storage;

import com.zaxxer.hikari.HikariDataSource;
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
import org.practitionersforum.api.practitioner.BaseId;
import org.practitionersforum.api.practitioner.Discipline;
import org.practitionersforum.api.practitioner.LocalityId;
import org.practitionersforum.api.practitioner.OrganisationId;
import org.practitionersforum.api.practitioner.Specialism;
import org.practitionersforum.api.spi.Cohort;
import org.practitionersforum.jdbc.JdbcForumStorage;

/**
 * The k-gate's count (AN-4) at national scale, through the SDK's practitioner store versus the best
 * single hand-written SQL count for the same answer, in the same run. The data: {@code scale} times
 * 100,000 practitioners over 2,000 bases, twenty bases to a locality and five localities to an
 * organisation, with disciplines and specialisms drawn by realistic weights (fixed seed); a larger
 * scale has more bases, localities and organisations of the same size, so that a count's answer
 * stays the same while the table grows. Each invocation counts the cohort of a random practitioner
 * at the {@link #place} rung, within their organisation (the forum and organisation tiers).
 *
 * <p>The SDK side is {@code JdbcForumStorage.inTransaction(tx ->
 * tx.practitioners().countSharing(cohort))}: a unit of work (connection, transaction, commit)
 * around one {@code SELECT COUNT(*)} answered from an index of migration {@code V11__kgate_index}.
 * The baseline is the same {@code SELECT COUNT(*)} on a pooled connection in auto-commit mode.
 *
 * <p>The databases are kept on disk under {@code java.io.tmpdir/pf-kgate} and loaded only once;
 * delete the directory to load afresh. On H2 each fork reads the rung's index through once before
 * measuring, so that both sides run on a warm cache. From a fresh clone: {@code ./mvnw -q -pl
 * forum-benchmarks -am -DskipTests package exec:exec -Djmh.args="KGateBenchmark -p
 * database=postgresql -f 1 -wi 2 -i 3"}
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Fork(value = 1, jvmArgsAppend = "-Xmx4g")
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
public class KGateBenchmark {
  private static final int BASES_PER_LOCALITY = 20;
  private static final int LOCALITIES_PER_ORGANISATION = 5;
  private static final int BATCH = 1_000;
  private static final List<Discipline> DISCIPLINES = Discipline.wellKnown();
  private static final List<Specialism> SPECIALISMS = Specialism.wellKnown();

  /** Multiplies the data: 1 is 100,000 practitioners over 2,000 bases; 10 is ten times that. */
  @Param({"1", "10"})
  public int scale;

  /** The database: h2 (in a file) or postgresql (embedded). */
  @Param({"h2", "postgresql"})
  public String database;

  /** The place rung counted: BASE, LOCALITY or ORGANISATION (with the discipline alone). */
  @Param({"BASE", "LOCALITY", "ORGANISATION"})
  public String place;

  private static final Map<String, BenchmarkDatabase> OPEN = new HashMap<>();

  private HikariDataSource dataSource;
  private JdbcForumStorage storage;
  private int practitioners;
  private int bases;
  private final SplittableRandom random = new SplittableRandom(11);

  /**
   * Opens the database of this scale, loading it the first time.
   *
   * @throws Exception if the database cannot be started or loaded
   */
  @Setup(Level.Trial)
  public void setUp() throws Exception {
    practitioners = 100_000 * scale;
    bases = 2_000 * scale;
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
    storage = db.storage();
    if (!db.isPostgres()) {
      // Each fork opens the H2 file cold: the rung's index is read through once, so that both
      // sides are measured on a warm cache at every scale rather than on how much of a larger
      // index the warm-up iterations happened to touch.
      String rung =
          switch (place) {
            case "BASE" -> "base";
            case "LOCALITY" -> "locality";
            default -> "organisation";
          };
      try (Connection c = dataSource.getConnection();
          PreparedStatement ps =
              c.prepareStatement(
                  "SELECT COUNT(*) FROM pf_practitioner USE INDEX (pf_practitioner_kgate_"
                      + rung
                      + "_ix) WHERE "
                      + rung
                      + "_id >= ''");
          ResultSet rs = ps.executeQuery()) {
        rs.next();
      }
    }
  }

  private BenchmarkDatabase open() throws Exception {
    return BenchmarkDatabase.onDisk(
        "pf-kgate/" + database + "-" + scale + "-v1", database, this::load);
  }

  private void load(BenchmarkDatabase db) throws Exception {
    long start = System.nanoTime();
    try (Connection c = db.dataSource().getConnection()) {
      c.setAutoCommit(false);
      try (PreparedStatement ps =
          c.prepareStatement(
              "INSERT INTO pf_practitioner (id, discipline, specialism, base_id, organisation_id,"
                  + " locality_id, line_manager_id, version) VALUES (?, ?, ?, ?, ?, ?, NULL, 1)")) {
        for (int i = 0; i < practitioners; i++) {
          int base = i % bases;
          ps.setString(1, "p" + i);
          ps.setString(2, discipline(i).code());
          ps.setString(3, specialism(i).code());
          ps.setString(4, base(base).value());
          ps.setString(5, organisation(base).value());
          ps.setString(6, locality(base).value());
          ps.addBatch();
          if (i % BATCH == BATCH - 1) {
            ps.executeBatch();
            c.commit();
          }
        }
        ps.executeBatch();
      }
      c.commit();
      try (PreparedStatement ps =
          c.prepareStatement(db.isPostgres() ? "ANALYZE" : "ANALYZE SAMPLE_SIZE 100000")) {
        ps.execute();
      }
      c.commit();
    }
    System.out.printf(
        "%nloaded %,d practitioners over %,d bases on %s in %.1f s%n",
        practitioners, bases, database, (System.nanoTime() - start) / 1e9);
  }

  /** A practitioner's discipline, by fixed weights: half social work, then the others. */
  private static Discipline discipline(int i) {
    int r = new SplittableRandom(i).nextInt(100);
    int d = r < 50 ? 0 : 1 + (r - 50) % (DISCIPLINES.size() - 1);
    return DISCIPLINES.get(d);
  }

  /** A practitioner's specialism, by fixed weights: a third adults, then the others. */
  private static Specialism specialism(int i) {
    int r = new SplittableRandom(i * 31L + 7).nextInt(90);
    int s = r < 30 ? 0 : 1 + (r - 30) % (SPECIALISMS.size() - 1);
    return SPECIALISMS.get(s);
  }

  private static BaseId base(int base) {
    return BaseId.of("base-" + base);
  }

  private static LocalityId locality(int base) {
    return LocalityId.of("locality-" + base / BASES_PER_LOCALITY);
  }

  private static OrganisationId organisation(int base) {
    return OrganisationId.of("org-" + base / BASES_PER_LOCALITY / LOCALITIES_PER_ORGANISATION);
  }

  /** The cohort of a random practitioner at the {@link #place} rung, within their organisation. */
  private Cohort cohort() {
    int i = random.nextInt(practitioners);
    int base = i % bases;
    return switch (place) {
      case "BASE" ->
          new Cohort(
              discipline(i),
              Optional.of(specialism(i)),
              Optional.of(base(base)),
              Optional.empty(),
              Optional.of(organisation(base)));
      case "LOCALITY" ->
          new Cohort(
              discipline(i),
              Optional.of(specialism(i)),
              Optional.empty(),
              Optional.of(locality(base)),
              Optional.of(organisation(base)));
      default ->
          new Cohort(
              discipline(i),
              Optional.empty(),
              Optional.empty(),
              Optional.empty(),
              Optional.of(organisation(base)));
    };
  }

  /**
   * The count through the SDK's store, in one unit of work.
   *
   * @return the count
   */
  @Benchmark
  public long sdkCount() {
    Cohort cohort = cohort();
    return storage.inTransaction(tx -> tx.practitioners().countSharing(cohort));
  }

  /**
   * The same count by hand: one {@code SELECT COUNT(*)} with the cohort's conditions.
   *
   * @return the count
   * @throws SQLException if the database fails
   */
  @Benchmark
  public long plainCount() throws SQLException {
    Cohort c = cohort();
    StringBuilder sql =
        new StringBuilder("SELECT COUNT(*) FROM pf_practitioner WHERE discipline = ?");
    c.specialism().ifPresent(s -> sql.append(" AND specialism = ?"));
    c.base().ifPresent(b -> sql.append(" AND base_id = ?"));
    c.locality().ifPresent(l -> sql.append(" AND locality_id = ?"));
    sql.append(" AND organisation_id = ?");
    try (Connection conn = dataSource.getConnection();
        PreparedStatement ps = conn.prepareStatement(sql.toString())) {
      int i = 1;
      ps.setString(i++, c.discipline().code());
      if (c.specialism().isPresent()) {
        ps.setString(i++, c.specialism().get().code());
      }
      if (c.base().isPresent()) {
        ps.setString(i++, c.base().get().value());
      }
      if (c.locality().isPresent()) {
        ps.setString(i++, c.locality().get().value());
      }
      ps.setString(i, c.organisation().orElseThrow().value());
      try (ResultSet rs = ps.executeQuery()) {
        rs.next();
        return rs.getLong(1);
      }
    }
  }
}

package org.practitionersforum.benchmarks.storage;

import com.zaxxer.hikari.HikariDataSource;
import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
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
import org.postgresql.copy.CopyManager;
import org.postgresql.core.BaseConnection;
import org.practitionersforum.api.consultation.RecommendationId;
import org.practitionersforum.api.consultation.RecommendationMatcher;
import org.practitionersforum.api.consultation.RoundId;
import org.practitionersforum.api.forum.ForumId;
import org.practitionersforum.api.practitioner.OrganisationId;
import org.practitionersforum.api.spi.LedgerEntry;
import org.practitionersforum.api.spi.RepeatStore;
import org.practitionersforum.api.spi.RepeatTransaction;
import org.practitionersforum.core.internal.consultation.Consultations;
import org.practitionersforum.jdbc.JdbcForumStorage;
import org.practitionersforum.testkit.RecommendationGenerators;

/**
 * Matching a new recommendation against the ledger (CR-6) at 100,000 and 1,000,000 earlier
 * recommendations of one organisation, through the SDK, versus the candidate lookup written by hand
 * in SQL, in the same run. The ledger: {@code scale} times 100,000 recommendations drawn from the
 * testkit's social-care vocabulary (fixed seed), raised over ten years, each indexed by the default
 * matcher's 20 keys, so 2,000,000 or 20,000,000 key rows; all in one organisation, the worst case
 * for the lookup.
 *
 * <p>The SDK side is {@code JdbcForumStorage.inTransaction(tx -> Consultations.repeatsOf(...))}:
 * the matcher's keys of the new text, a unit of work (connection, transaction, commit) around the
 * one candidate lookup of {@code JdbcRepeatStore}, and the exact similarity check of every
 * candidate. The baseline is the same capped lookup, a {@code UNION ALL} of one index range per
 * key, written by hand and run on a pooled connection in auto-commit mode with keys computed
 * before.
 *
 * <p>The databases are kept on disk under {@code java.io.tmpdir/pf-repeats} and loaded once, on
 * PostgreSQL by {@code COPY} with the key table's primary key built after, on H2 by batched
 * inserts; delete the directory to load afresh. From a fresh clone: {@code ./mvnw -q -pl
 * forum-benchmarks -am -DskipTests package exec:exec -Djmh.args="RepeatMatchBenchmark -p
 * database=postgresql -f 1 -wi 2 -i 3"}
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Fork(value = 1, jvmArgsAppend = "-Xmx4g")
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
public class RepeatMatchBenchmark {
  private static final OrganisationId ORG = OrganisationId.of("org-1");
  private static final LocalDate FIRST = LocalDate.of(2017, 1, 1);
  private static final int BATCH = 1_000;
  private static final int QUERIES = 1_000;

  /** Multiplies the ledger: 1 is 100,000 recommendations; 10 is 1,000,000. */
  @Param({"1", "10"})
  public int scale;

  /** The database: postgresql (embedded) or h2 (in a file). */
  @Param({"postgresql", "h2"})
  public String database;

  private static final Map<String, BenchmarkDatabase> OPEN = new HashMap<>();

  private final RecommendationMatcher matcher = Consultations.defaultMatcher();
  private final List<LedgerEntry> queries = new ArrayList<>();
  private HikariDataSource dataSource;
  private JdbcForumStorage storage;
  private String handSql;
  private int next;

  /**
   * Opens the ledger of this scale, loading it the first time, and draws the new recommendations.
   *
   * @throws Exception if the database cannot be started or loaded
   */
  @Setup(Level.Trial)
  public void setUp() throws Exception {
    BenchmarkDatabase db;
    synchronized (OPEN) {
      String key = database + "@" + scale;
      db = OPEN.get(key);
      if (db == null) {
        db =
            BenchmarkDatabase.onDisk(
                "pf-repeats/" + database + "-" + scale + "-v1", database, this::load);
        OPEN.put(key, db);
      }
    }
    dataSource = db.dataSource();
    storage = db.storage();
    SplittableRandom random = new SplittableRandom(99);
    LocalDate today = FIRST.plusYears(10);
    for (int i = 0; i < QUERIES; i++) {
      String text = RecommendationGenerators.recommendation(random);
      queries.add(
          new LedgerEntry(
              new RecommendationId(RoundId.of("new-round-" + i), ForumId.of("forum-new"), 1),
              ORG,
              today,
              text,
              matcher.keys(text)));
    }
    StringBuilder b = new StringBuilder();
    int keys = queries.get(0).keys().size();
    for (int i = 0; i < keys; i++) {
      if (i > 0) {
        b.append(" UNION ALL ");
      }
      b.append(
          "(SELECT e.entry_key, e.body FROM pf_repeat_band b JOIN pf_repeat_entry e ON"
              + " e.entry_key = b.entry_key WHERE b.organisation_id = ? AND b.band_key = ?"
              + " ORDER BY b.raised_on DESC, b.entry_key DESC LIMIT "
              + RepeatStore.BUCKET_CAP
              + ")");
    }
    handSql = b.toString();
  }

  private void load(BenchmarkDatabase db) throws Exception {
    long start = System.nanoTime();
    int n = 100_000 * scale;
    SplittableRandom random = new SplittableRandom(7);
    try (Connection c = db.dataSource().getConnection()) {
      c.setAutoCommit(false);
      if (db.isPostgres()) {
        copy(c, n, random);
      } else {
        insert(c, n, random);
      }
      try (Statement s = c.createStatement()) {
        s.execute(db.isPostgres() ? "ANALYZE" : "ANALYZE SAMPLE_SIZE 100000");
      }
      c.commit();
    }
    System.out.printf(
        "%nloaded %,d recommendations and their %,d keys on %s in %.1f s%n",
        n, n * 20L, database, (System.nanoTime() - start) / 1e9);
  }

  /** One earlier recommendation: its key, round, text, date and keys. */
  private record Row(String key, LedgerEntry entry) {}

  private Row row(int i, SplittableRandom random, int n) {
    String text = RecommendationGenerators.recommendation(random);
    RecommendationId id = new RecommendationId(RoundId.of("round-" + i), ForumId.of("forum-1"), 1);
    LocalDate on = FIRST.plusDays((long) i * 3650 / n);
    LedgerEntry e = new LedgerEntry(id, ORG, on, text, matcher.keys(text));
    return new Row(key(id), e);
  }

  /** The store's key of a recommendation. */
  private static String key(RecommendationId id) {
    return org.practitionersforum.jdbc.internal.consultation.JdbcRepeatStore.key(id);
  }

  private static String keys(LedgerEntry e) {
    StringBuilder b = new StringBuilder();
    for (Long k : e.keys()) {
      if (b.length() > 0) {
        b.append(',');
      }
      b.append(k);
    }
    return b.toString();
  }

  /** PostgreSQL: COPY in chunks, the key table's primary key dropped while loading. */
  private void copy(Connection c, int n, SplittableRandom random) throws SQLException, IOException {
    try (Statement s = c.createStatement()) {
      s.execute("ALTER TABLE pf_repeat_band DROP CONSTRAINT pf_repeat_band_pk");
    }
    CopyManager copy = new CopyManager(c.unwrap(BaseConnection.class));
    int chunk = 20_000;
    for (int from = 0; from < n; from += chunk) {
      StringBuilder entries = new StringBuilder();
      StringBuilder bands = new StringBuilder();
      for (int i = from; i < Math.min(n, from + chunk); i++) {
        Row r = row(i, random, n);
        LedgerEntry e = r.entry();
        entries
            .append(r.key())
            .append('\t')
            .append(e.id().round().value())
            .append('\t')
            .append(e.id().forum().value())
            .append("\t1\t")
            .append(ORG.value())
            .append('\t')
            .append(e.raisedOn().toEpochDay())
            .append('\t')
            .append(e.text())
            .append('\t')
            .append(keys(e))
            .append('\t')
            .append(r.key())
            .append('\n');
        for (Long k : e.keys()) {
          bands
              .append(ORG.value())
              .append('\t')
              .append(k)
              .append('\t')
              .append(e.raisedOn().toEpochDay())
              .append('\t')
              .append(r.key())
              .append('\n');
        }
      }
      try (Reader in = new StringReader(entries.toString())) {
        copy.copyIn(
            "COPY pf_repeat_entry (entry_key, round_id, forum_id, rec_number, organisation_id,"
                + " raised_on, body, band_keys, group_key) FROM STDIN",
            in);
      }
      try (Reader in = new StringReader(bands.toString())) {
        copy.copyIn(
            "COPY pf_repeat_band (organisation_id, band_key, raised_on, entry_key) FROM STDIN", in);
      }
      c.commit();
    }
    try (Statement s = c.createStatement()) {
      s.execute("SET maintenance_work_mem = '1GB'");
      s.execute(
          "ALTER TABLE pf_repeat_band ADD CONSTRAINT pf_repeat_band_pk PRIMARY KEY"
              + " (organisation_id, band_key, raised_on, entry_key)");
    }
    c.commit();
  }

  /** H2: batched inserts. */
  private void insert(Connection c, int n, SplittableRandom random) throws SQLException {
    try (PreparedStatement entries =
            c.prepareStatement(
                "INSERT INTO pf_repeat_entry (entry_key, round_id, forum_id, rec_number,"
                    + " organisation_id, raised_on, body, band_keys, group_key)"
                    + " VALUES (?, ?, ?, 1, ?, ?, ?, ?, ?)");
        PreparedStatement bands =
            c.prepareStatement(
                "INSERT INTO pf_repeat_band (organisation_id, band_key, raised_on, entry_key)"
                    + " VALUES (?, ?, ?, ?)")) {
      for (int i = 0; i < n; i++) {
        Row r = row(i, random, n);
        LedgerEntry e = r.entry();
        entries.setString(1, r.key());
        entries.setString(2, e.id().round().value());
        entries.setString(3, e.id().forum().value());
        entries.setString(4, ORG.value());
        entries.setLong(5, e.raisedOn().toEpochDay());
        entries.setString(6, e.text());
        entries.setString(7, keys(e));
        entries.setString(8, r.key());
        entries.addBatch();
        for (Long k : e.keys()) {
          bands.setString(1, ORG.value());
          bands.setLong(2, k);
          bands.setLong(3, e.raisedOn().toEpochDay());
          bands.setString(4, r.key());
          bands.addBatch();
        }
        if (i % BATCH == BATCH - 1) {
          entries.executeBatch();
          bands.executeBatch();
          c.commit();
        }
      }
      entries.executeBatch();
      bands.executeBatch();
      c.commit();
    }
  }

  private LedgerEntry nextQuery() {
    LedgerEntry q = queries.get(next);
    next = (next + 1) % queries.size();
    return q;
  }

  /**
   * Matching through the SDK: the keys of the new text, the one candidate lookup in a unit of work,
   * and the exact similarity check of every candidate.
   *
   * @return how many earlier recommendations it repeats
   */
  @Benchmark
  public int sdkMatch() {
    LedgerEntry q = nextQuery();
    LedgerEntry entry =
        new LedgerEntry(q.id(), q.organisation(), q.raisedOn(), q.text(), matcher.keys(q.text()));
    return storage
        .inTransaction(
            tx -> Consultations.repeatsOf(((RepeatTransaction) tx).repeats(), matcher, entry))
        .size();
  }

  /**
   * The candidate lookup by hand: the same capped {@code UNION ALL} of index ranges, with keys
   * computed beforehand, on a pooled connection in auto-commit mode.
   *
   * @return how many candidate rows it read
   * @throws SQLException if the database fails
   */
  @Benchmark
  public int handLookup() throws SQLException {
    LedgerEntry q = nextQuery();
    try (Connection conn = dataSource.getConnection();
        PreparedStatement ps = conn.prepareStatement(handSql)) {
      int i = 1;
      for (Long k : q.keys()) {
        ps.setString(i++, ORG.value());
        ps.setLong(i++, k);
      }
      int rows = 0;
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          rows += rs.getString(2).length() > 0 ? 1 : 0;
        }
      }
      return rows;
    }
  }
}

package org.practitionersforum.benchmarks.storage;

import java.time.Instant;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.AuxCounters;
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
import org.practitionersforum.api.audit.AggregateRef;
import org.practitionersforum.api.audit.AuditVerification;
import org.practitionersforum.api.forum.ForumId;
import org.practitionersforum.api.practitioner.PersonId;
import org.practitionersforum.api.security.Actor;
import org.practitionersforum.api.security.Operation;
import org.practitionersforum.api.spi.ForumStorage;
import org.practitionersforum.core.ForumSdk;
import org.practitionersforum.core.internal.audit.AuditLog;
import org.practitionersforum.core.memory.InMemoryForumStorage;

/**
 * {@code AuditTrail.verify()} over a trail of {@link #records} records (chains of {@value #CHAIN}
 * records, one per forum), on the in-memory store, on H2 in memory and on embedded PostgreSQL. The
 * score is verifications per second; records per second is the score times {@link #records} (the
 * {@code records} secondary result counts the records checked in the iteration). Verification
 * streams the trail a page at a time, so its rate in records per second should not fall as the
 * trail grows: the linearity check is that rate at 250,000 records against the rate at 1,000,000.
 *
 * <p>The trail is written once per trial through the SDK's own audit writer, {@value #BATCH}
 * records to a unit of work, so every hash is genuine and verification finds nothing wrong.
 *
 * <pre>{@code
 * ./mvnw -q -pl forum-benchmarks -am -DskipTests package exec:exec \
 *   -Djmh.args="AuditVerifyBenchmark -p store=memory,h2 -p records=250000,1000000"
 * }</pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Fork(value = 1, jvmArgsAppend = "-Xmx8g")
@Warmup(iterations = 1, time = 10)
@Measurement(iterations = 3, time = 20)
public class AuditVerifyBenchmark {
  private static final int CHAIN = 100;
  private static final int BATCH = 1_000;
  private static final Actor ACTOR = Actor.practitioner(PersonId.of("member-1").asPractitioner());

  /**
   * The store: {@code memory}, {@code h2} or {@code postgresql} (embedded; pinned to one processor
   * on a small virtual machine, as {@link JoinBenchmark} explains).
   */
  @Param({"memory", "h2"})
  public String store;

  /**
   * PostgreSQL's {@code shared_buffers}: with {@code 1GB} a trail of 1,000,000 records stays in the
   * server's own cache, as 250,000 do with the default; H2 and memory ignore it.
   */
  @Param({"128MB"})
  public String sharedBuffers;

  /** How many records the trail holds. */
  @Param({"250000", "1000000"})
  public int records;

  private BenchmarkDatabase db;
  private ForumSdk sdk;

  /** Records checked, reported per second. */
  @State(Scope.Thread)
  @AuxCounters(AuxCounters.Type.EVENTS)
  public static class Checked {
    /** Records checked so far in the iteration. */
    public long records;

    /** Starts each iteration from zero. */
    @Setup(Level.Iteration)
    public void reset() {
      records = 0;
    }
  }

  /**
   * Starts the store and writes the trail.
   *
   * @throws Exception if the database cannot be started
   */
  @Setup(Level.Trial)
  public void setUp() throws Exception {
    ForumStorage storage;
    if (!store.equals("memory")) {
      db =
          BenchmarkDatabase.start(
              store,
              "jdbc:h2:mem:audit" + records + ";DB_CLOSE_DELAY=-1;QUERY_CACHE_SIZE=64",
              null,
              "",
              sharedBuffers);
      storage = db.storage();
    } else {
      storage = new InMemoryForumStorage();
    }
    AuditLog log = AuditLog.on();
    Instant t0 = Instant.parse("2026-01-01T00:00:00Z");
    for (int done = 0; done < records; done += BATCH) {
      int start = done;
      storage.inTransaction(
          tx -> {
            for (int i = start; i < Math.min(start + BATCH, records); i++) {
              AggregateRef forum = AggregateRef.forum(ForumId.of("forum-" + (i / CHAIN)));
              log.record(tx, ACTOR, Operation.FORUM_JOIN, forum, t0.plusMillis(i), List.of());
            }
            return null;
          });
    }
    sdk = ForumSdk.builder().storage(storage).build();
    AuditVerification v = sdk.audit().verify(Actor.system());
    if (!v.clean() || v.recordsChecked() != records) {
      throw new IllegalStateException("the benchmark's trail does not verify");
    }
  }

  /**
   * Stops the database.
   *
   * @throws java.io.IOException if it cannot be stopped
   */
  @TearDown(Level.Trial)
  public void tearDown() throws java.io.IOException {
    if (db != null) {
      db.close();
    }
  }

  /**
   * Verifies the whole trail once.
   *
   * @param checked the counter of records checked
   * @return the verification, so that nothing is optimised away
   */
  @Benchmark
  public AuditVerification verify(Checked checked) {
    AuditVerification v = sdk.audit().verify(Actor.system());
    checked.records += v.recordsChecked();
    return v;
  }
}

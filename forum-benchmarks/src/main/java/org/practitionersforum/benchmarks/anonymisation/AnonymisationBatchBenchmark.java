package org.practitionersforum.benchmarks.anonymisation;

import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
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
import org.practitionersforum.api.anonymisation.Anonymised;
import org.practitionersforum.api.anonymisation.Anonymiser;
import org.practitionersforum.api.anonymisation.DirectoryEntry;

/**
 * The batch API on 1 and 2 threads: 128 documents (about 1 MB) per operation, 100,000 names.
 * Scaling is the ratio of the two scores.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(
    value = 1,
    jvmArgsAppend = {"-Xmx4g"})
@Warmup(iterations = 2, time = 5)
@Measurement(iterations = 5, time = 5)
public class AnonymisationBatchBenchmark {
  /** Threads used by the batch. */
  @Param({"1", "2"})
  public int threads;

  private List<String> batch;
  private Anonymiser engine;
  private ExecutorService pool;

  /** Generates the batch and compiles the engine, from fixed seeds. */
  @Setup(Level.Trial)
  public void setUp() {
    List<DirectoryEntry> directory = Corpus.directory(100_000);
    batch = Corpus.documents(directory, 1_000_000).subList(0, 128);
    engine = Corpus.engine(directory);
    pool = Executors.newFixedThreadPool(2);
  }

  /** Stops the pool. */
  @TearDown(Level.Trial)
  public void tearDown() {
    pool.shutdown();
  }

  /**
   * Anonymises the batch.
   *
   * @return the results
   */
  @Benchmark
  public List<Anonymised> batch() {
    return engine.anonymiseAll(batch, pool, threads);
  }
}

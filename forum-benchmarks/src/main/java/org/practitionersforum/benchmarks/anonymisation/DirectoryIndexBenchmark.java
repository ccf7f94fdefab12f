package org.practitionersforum.benchmarks.anonymisation;

import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.practitionersforum.api.anonymisation.Anonymiser;
import org.practitionersforum.api.anonymisation.DirectoryEntry;

/** Building the anonymiser (compiling the directory index) for 100,000 people. */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(
    value = 1,
    jvmArgsAppend = {"-Xmx4g"})
@Warmup(iterations = 2)
@Measurement(iterations = 5)
public class DirectoryIndexBenchmark {
  private List<DirectoryEntry> directory;

  /** Generates the directory from a fixed seed. */
  @Setup(Level.Trial)
  public void setUp() {
    directory = Corpus.directory(100_000);
  }

  /**
   * Builds the anonymiser.
   *
   * @return the anonymiser
   */
  @Benchmark
  public Anonymiser build() {
    return Corpus.engine(directory);
  }
}

package org.practitionersforum.benchmarks.anonymisation;

import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
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
import org.openjdk.jmh.annotations.Warmup;
import org.practitionersforum.api.anonymisation.Anonymised;
import org.practitionersforum.api.anonymisation.Anonymiser;
import org.practitionersforum.api.anonymisation.DirectoryEntry;

/**
 * The engine end to end (every type detected, typed placeholders applied) against the combined
 * {@code java.util.regex} a developer would write first, side by side on the same 50 MB corpus.
 * Each operation anonymises the next document (about 5.4 KB); the {@code bytes} counter gives the
 * throughput in bytes per second (the corpus is ASCII: one byte per char).
 *
 * <pre>
 * mvn -B -q -pl forum-benchmarks -am package -DskipTests
 * mvn -B -q -pl forum-benchmarks exec:exec -Djmh.args="AnonymisationBenchmark"
 * </pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Fork(
    value = 1,
    jvmArgsAppend = {"-Xmx6g", "-Xss16m"})
@Warmup(iterations = 2, time = 5)
@Measurement(iterations = 5, time = 5)
public class AnonymisationBenchmark {
  /** Directory sizes: people (plus 1% organisations and 1% places). */
  @Param({"10000", "100000"})
  public int directorySize;

  private List<String> documents;
  private Anonymiser engine;
  private Pattern baseline;
  private Pattern structuredOnly;
  private WordProbe wordProbe;

  /** Generates the corpus and compiles both contenders, from fixed seeds. */
  @Setup(Level.Trial)
  public void setUp() {
    List<DirectoryEntry> directory = Corpus.directory(directorySize);
    documents = Corpus.documents(directory, Corpus.TARGET_CHARS);
    engine = Corpus.engine(directory);
    baseline = Corpus.baseline(directory, true);
    structuredOnly = Corpus.baseline(directory, false);
    wordProbe = new WordProbe(directory);
  }

  /** Counts bytes processed, reported by JMH as a rate. */
  @State(Scope.Thread)
  @AuxCounters(AuxCounters.Type.OPERATIONS)
  public static class Bytes {
    /** Bytes (chars of ASCII text) processed. */
    public long bytes;

    int next;
  }

  private String next(Bytes counter) {
    String doc = documents.get(counter.next);
    counter.next = (counter.next + 1) % documents.size();
    counter.bytes += doc.length();
    return doc;
  }

  /**
   * The engine: detect every type, apply typed placeholders.
   *
   * @param counter the byte counter
   * @return the result
   */
  @Benchmark
  public Anonymised engine(Bytes counter) {
    return engine.anonymise(next(counter));
  }

  /**
   * The baseline: one combined regex of the structured patterns and every directory name.
   *
   * @param counter the byte counter
   * @return the output
   */
  @Benchmark
  public String baselineRegex(Bytes counter) {
    return baseline.matcher(next(counter)).replaceAll("[REDACTED]");
  }

  /**
   * For calibration: a plain pass over the characters (the floor of any scanner), to compare this
   * run's machine load with the reference figure of about 3.5 GB/s.
   *
   * @param counter the byte counter
   * @return a checksum of the chars
   */
  @Benchmark
  public long plainPass(Bytes counter) {
    String doc = next(counter);
    long sum = 0;
    for (int i = 0; i < doc.length(); i++) {
      sum += doc.charAt(i);
    }
    return sum;
  }

  /**
   * For reference: the structured patterns alone, without names.
   *
   * @param counter the byte counter
   * @return the output
   */
  @Benchmark
  public String baselineStructuredOnly(Bytes counter) {
    return structuredOnly.matcher(next(counter)).replaceAll("[REDACTED]");
  }

  /**
   * For calibration: the least work any matcher that looks every word up in the directory must do
   * (split into words, fold, hash, one table probe each; see {@link WordProbe}): the ceiling of the
   * engine's rate on this machine.
   *
   * @param counter the byte counter
   * @return how many words were in the directory
   */
  @Benchmark
  public int wordProbe(Bytes counter) {
    return wordProbe.count(next(counter));
  }
}

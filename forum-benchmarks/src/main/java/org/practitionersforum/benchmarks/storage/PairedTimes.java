package org.practitionersforum.benchmarks.storage;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.sql.SQLException;
import org.openjdk.jmh.annotations.AuxCounters;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * The nanoseconds the SDK and the plain JDBC baseline each took in one iteration of a paired
 * benchmark, which runs one operation of each side per invocation, alternating which goes first.
 * JMH reports the counters as secondary results; {@code Medians} prints each side's time per
 * operation and the SDK / plain ratio of each iteration. On a machine whose speed drifts from one
 * trial to the next, that ratio is the figure to read: both sides ran in the same seconds.
 *
 * <p>Each side's processor time on the benchmark thread is counted too ({@code sdkCpuNanos}, {@code
 * plainCpuNanos}): against its elapsed time, it shows how much of an operation the client computed
 * and how much it waited for the database.
 */
@State(Scope.Thread)
@AuxCounters(AuxCounters.Type.EVENTS)
public class PairedTimes {
  /** Nanoseconds in the SDK's operations. */
  public long sdkNanos;

  /** Nanoseconds in the baseline's operations. */
  public long plainNanos;

  /** Processor nanoseconds of the benchmark thread in the SDK's operations. */
  public long sdkCpuNanos;

  /** Processor nanoseconds of the benchmark thread in the baseline's operations. */
  public long plainCpuNanos;

  /** Operations each side did. */
  public long pairs;

  private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

  /** One side's operation. */
  @FunctionalInterface
  interface Side {
    /**
     * Runs the operation once.
     *
     * @return a result, for the benchmark to return so that the work is not optimised away
     * @throws SQLException if the database fails
     */
    Object run() throws SQLException;
  }

  /** Starts each iteration from zero. */
  @Setup(Level.Iteration)
  public void reset() {
    sdkNanos = 0;
    plainNanos = 0;
    sdkCpuNanos = 0;
    plainCpuNanos = 0;
    pairs = 0;
  }

  /**
   * Runs one operation of each side, the SDK's first on even pairs and the baseline's first on odd
   * ones, and adds up the time of each. Not public: JMH would take a public method for a counter.
   *
   * @param sdk the SDK's operation
   * @param plain the baseline's operation
   * @return the baseline's result
   * @throws SQLException if the database fails
   */
  Object run(Side sdk, Side plain) throws SQLException {
    Object result;
    if ((pairs & 1) == 0) {
      timed(sdk, true);
      result = timed(plain, false);
    } else {
      result = timed(plain, false);
      timed(sdk, true);
    }
    pairs++;
    return result;
  }

  private Object timed(Side side, boolean isSdk) throws SQLException {
    long cpu = THREADS.getCurrentThreadCpuTime();
    long t0 = System.nanoTime();
    Object result = side.run();
    long elapsed = System.nanoTime() - t0;
    long used = THREADS.getCurrentThreadCpuTime() - cpu;
    if (isSdk) {
      sdkNanos += elapsed;
      sdkCpuNanos += used;
    } else {
      plainNanos += elapsed;
      plainCpuNanos += used;
    }
    return result;
  }
}

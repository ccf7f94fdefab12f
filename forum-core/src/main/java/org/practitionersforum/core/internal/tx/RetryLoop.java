package org.practitionersforum.core.internal.tx;

import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.function.LongSupplier;
import java.util.function.Supplier;
import org.practitionersforum.api.security.Operation;
import org.practitionersforum.api.spi.StorageException;
import org.practitionersforum.core.RetryPolicy;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The SDK's one retry loop: runs an attempt, and after a retryable storage failure runs it again,
 * within a {@link RetryPolicy}'s attempts and total time, pausing with capped exponential backoff
 * and full jitter. A failure that is not retryable, or that only the host can retry, is thrown at
 * once; when the attempts or the time run out, the last failure is thrown. Time is read from a
 * monotonic ticker ({@link System#nanoTime} in production), never from the domain clock; pauses and
 * randomness go through small interfaces so that tests can count pauses without sleeping.
 * Thread-safe if its sleeper, ticker and jitter are.
 */
final class RetryLoop {
  private static final Logger LOG = LoggerFactory.getLogger(RetryLoop.class);

  /** Pauses the calling thread. */
  @FunctionalInterface
  interface Sleeper {
    /**
     * Pauses.
     *
     * @param nanos how long, in nanoseconds, at least 0
     * @throws InterruptedException if the thread is interrupted while paused
     */
    void sleep(long nanos) throws InterruptedException;
  }

  /** Picks a pause. */
  @FunctionalInterface
  interface Jitter {
    /**
     * Returns a uniformly random number from zero to a bound, both included.
     *
     * @param bound the largest value, at least 0
     * @return the number
     */
    long upTo(long bound);
  }

  private final RetryPolicy policy;
  private final Sleeper sleeper;
  private final LongSupplier ticker;
  private final Jitter jitter;

  /**
   * Creates a loop.
   *
   * @param policy the bounds and the backoff
   * @param sleeper pauses between attempts
   * @param ticker monotonic nanoseconds
   * @param jitter picks each pause below its cap
   */
  RetryLoop(RetryPolicy policy, Sleeper sleeper, LongSupplier ticker, Jitter jitter) {
    this.policy = policy;
    this.sleeper = sleeper;
    this.ticker = ticker;
    this.jitter = jitter;
  }

  /**
   * Returns a loop that sleeps the thread, reads {@link System#nanoTime} and draws its jitter from
   * the thread's own random generator.
   *
   * @param policy the bounds and the backoff
   * @return the loop
   */
  static RetryLoop system(RetryPolicy policy) {
    return new RetryLoop(
        policy,
        TimeUnit.NANOSECONDS::sleep,
        System::nanoTime,
        bound -> bound == 0 ? 0 : ThreadLocalRandom.current().nextLong(bound + 1));
  }

  /**
   * Returns the cap of the pause before a retry: {@code min(maxDelay, initialDelay * 2^(retry-1))}.
   *
   * @param retry which retry, counting from 1
   * @return the cap, in nanoseconds
   */
  long cap(int retry) {
    long max = policy.maxDelay().toNanos();
    long cap = policy.initialDelay().toNanos();
    for (int i = 1; i < retry && cap > 0 && cap < max; i++) {
      cap *= 2;
    }
    return Math.min(cap, max);
  }

  /**
   * Runs an attempt until it succeeds, fails for good, or the policy's bounds are reached.
   *
   * @param operation what is attempted, for the log
   * @param attempt one attempt; it must leave no trace when it throws
   * @param <T> the result type
   * @return what the successful attempt returned
   * @throws StorageException a failure that is not retryable or only the host can retry, at once;
   *     the last retryable failure once the attempts or the time are spent; or a non-retryable one
   *     if the thread was interrupted while pausing (its interrupt flag is set again)
   * @throws RuntimeException whatever else an attempt throws, at once
   */
  <T> T run(Operation operation, Supplier<T> attempt) {
    long start = ticker.getAsLong();
    long budget = policy.maxTotalTime().toNanos();
    for (int n = 1; ; n++) {
      try {
        return attempt.get();
      } catch (StorageException e) {
        if (!e.retryable() || e.retryableByHostOnly() || n >= policy.maxAttempts()) {
          throw e;
        }
        long pause = jitter.upTo(cap(n));
        if (ticker.getAsLong() - start + pause >= budget) {
          LOG.debug("{} out of retry time after attempt {}", operation, n);
          throw e;
        }
        LOG.debug("{} failed retryably at attempt {}; retrying", operation, n);
        pause(pause, e);
      }
    }
  }

  private void pause(long nanos, StorageException last) {
    if (nanos <= 0) {
      return;
    }
    try {
      sleeper.sleep(nanos);
    } catch (InterruptedException interrupted) {
      Thread.currentThread().interrupt();
      throw new StorageException(
          "the thread was interrupted while waiting to retry a storage failure; not retried",
          false,
          last);
    }
  }
}

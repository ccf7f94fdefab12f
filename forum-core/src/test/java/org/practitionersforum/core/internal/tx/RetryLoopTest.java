package org.practitionersforum.core.internal.tx;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.practitionersforum.api.InvalidInputException;
import org.practitionersforum.api.security.Operation;
import org.practitionersforum.api.spi.ConcurrentUpdateException;
import org.practitionersforum.api.spi.StorageException;
import org.practitionersforum.core.RetryPolicy;

/**
 * The retry loop's bounds, with a counted sleeper and a ticker that moves only when the test says:
 * attempts, total time, backoff growth and cap, jitter within its bounds, and what is never
 * retried.
 */
class RetryLoopTest {
  private static final long MS = 1_000_000L;

  /** A ticker moved by the pauses it is asked for and by the time each attempt takes. */
  static final class Time {
    long now = 42 * MS;
    final List<Long> pauses = new ArrayList<>();

    void sleep(long nanos) {
      pauses.add(nanos);
      now += nanos;
    }

    long tick() {
      return now;
    }
  }

  private static RetryLoop loop(RetryPolicy policy, Time time, RetryLoop.Jitter jitter) {
    return new RetryLoop(policy, time::sleep, time::tick, jitter);
  }

  private static StorageException transientFailure(int n) {
    return new StorageException("attempt " + n + " failed", true, null);
  }

  @Test
  void aRetryableFailureIsRetriedUntilTheAttemptsAreSpentAndTheLastFailureSurfaces() {
    Time time = new Time();
    RetryPolicy policy = RetryPolicy.builder().maxAttempts(5).build();
    AtomicInteger attempts = new AtomicInteger();
    List<StorageException> thrown = new ArrayList<>();
    StorageException last =
        catchThrowableOfType(
            StorageException.class,
            () ->
                loop(policy, time, bound -> bound)
                    .run(
                        Operation.FORUM_JOIN,
                        () -> {
                          StorageException e = transientFailure(attempts.incrementAndGet());
                          thrown.add(e);
                          throw e;
                        }));
    assertThat(attempts).hasValue(5);
    assertThat(last).isSameAs(thrown.get(4));
    assertThat(time.pauses).hasSize(4);
  }

  @Test
  void aRetryableFailureThenSuccessReturnsTheResult() {
    Time time = new Time();
    AtomicInteger attempts = new AtomicInteger();
    String result =
        loop(RetryPolicy.defaults(), time, bound -> bound)
            .run(
                Operation.FORUM_PROPOSE,
                () -> {
                  if (attempts.incrementAndGet() < 3) {
                    throw new ConcurrentUpdateException("forum");
                  }
                  return "stored";
                });
    assertThat(result).isEqualTo("stored");
    assertThat(attempts).hasValue(3);
    assertThat(time.pauses).containsExactly(2 * MS, 4 * MS);
  }

  @Test
  void noAttemptBeginsAfterTheTotalTime() {
    Time time = new Time();
    long attemptTakes = 150 * MS;
    RetryPolicy policy =
        RetryPolicy.builder()
            .maxAttempts(1000)
            .maxTotalTime(Duration.ofSeconds(1))
            .backoff(Duration.ofMillis(10), Duration.ofMillis(40))
            .build();
    long start = time.now;
    List<Long> began = new ArrayList<>();
    assertThatThrownBy(
            () ->
                loop(policy, time, bound -> bound)
                    .run(
                        Operation.FORUM_JOIN,
                        () -> {
                          began.add(time.now - start);
                          time.now += attemptTakes;
                          throw transientFailure(began.size());
                        }))
        .isInstanceOf(StorageException.class);
    assertThat(began).allMatch(t -> t < Duration.ofSeconds(1).toNanos());
    assertThat(began.size()).isBetween(2, 10);
    long elapsed = time.now - start;
    assertThat(elapsed).isLessThanOrEqualTo(Duration.ofSeconds(1).toNanos() + attemptTakes);
  }

  @Test
  void theBackoffDoublesFromTheInitialDelayUpToItsCap() {
    Time time = new Time();
    RetryPolicy policy =
        RetryPolicy.builder()
            .maxAttempts(9)
            .maxTotalTime(Duration.ofMinutes(1))
            .backoff(Duration.ofMillis(3), Duration.ofMillis(50))
            .build();
    RetryLoop loop = loop(policy, time, bound -> bound);
    assertThatThrownBy(
            () ->
                loop.run(
                    Operation.FORUM_JOIN,
                    () -> {
                      throw transientFailure(0);
                    }))
        .isInstanceOf(StorageException.class);
    assertThat(time.pauses)
        .containsExactly(3 * MS, 6 * MS, 12 * MS, 24 * MS, 48 * MS, 50 * MS, 50 * MS, 50 * MS);
    assertThat(loop.cap(1000)).isEqualTo(50 * MS);
  }

  @Test
  void theDefaultPolicyBoundsTheWorstCaseToAFewSeconds() {
    RetryPolicy defaults = RetryPolicy.defaults();
    assertThat(defaults.maxAttempts()).isEqualTo(16);
    assertThat(defaults.maxTotalTime()).isEqualTo(Duration.ofSeconds(5));
    RetryLoop loop = loop(defaults, new Time(), bound -> bound);
    long allPauses = 0;
    for (int retry = 1; retry < defaults.maxAttempts(); retry++) {
      allPauses += loop.cap(retry);
    }
    assertThat(Duration.ofNanos(allPauses)).isLessThan(defaults.maxTotalTime());
  }

  @Test
  void everyPauseIsWithinItsJitterBounds() {
    qt().withExamples(300)
        .forAll(
            longs().between(0, 1_000_000),
            integers().between(0, 20),
            integers().between(2, 30),
            longs().all())
        .checkAssert(
            (initialMicros, growth, attempts, seed) -> {
              Duration initial = Duration.ofNanos(initialMicros * 1000);
              Duration max = initial.multipliedBy(1L << Math.min(growth, 10));
              RetryPolicy policy =
                  RetryPolicy.builder()
                      .maxAttempts(attempts)
                      .maxTotalTime(Duration.ofHours(1))
                      .backoff(initial, max)
                      .build();
              SplittableRandom random = new SplittableRandom(seed);
              Time time = new Time();
              RetryLoop loop = loop(policy, time, bound -> random.nextLong(bound + 1));
              assertThatThrownBy(
                      () ->
                          loop.run(
                              Operation.FORUM_JOIN,
                              () -> {
                                throw transientFailure(0);
                              }))
                  .isInstanceOf(StorageException.class);
              assertThat(time.pauses.size()).isLessThanOrEqualTo(attempts - 1);
              for (int i = 0; i < time.pauses.size(); i++) {
                long cap = loop.cap(i + 1);
                assertThat(cap).isLessThanOrEqualTo(max.toNanos());
                assertThat(cap)
                    .isEqualTo(Math.min(max.toNanos(), initial.toNanos() << Math.min(i, 20)));
                assertThat(time.pauses.get(i)).isBetween(0L, cap);
              }
            });
  }

  @Test
  void aFailureThatIsNotRetryableIsThrownAtOnce() {
    Time time = new Time();
    AtomicInteger attempts = new AtomicInteger();
    StorageException broken = new StorageException("broken schema", false, null);
    assertThatThrownBy(
            () ->
                loop(RetryPolicy.defaults(), time, bound -> bound)
                    .run(
                        Operation.FORUM_JOIN,
                        () -> {
                          attempts.incrementAndGet();
                          throw broken;
                        }))
        .isSameAs(broken);
    assertThat(attempts).hasValue(1);
    assertThat(time.pauses).isEmpty();
  }

  @Test
  void aFailureInsideTheHostTransactionIsNotRetried() {
    Time time = new Time();
    AtomicInteger attempts = new AtomicInteger();
    StorageException doomed =
        StorageException.inHostTransaction(new ConcurrentUpdateException("forum"));
    assertThat(doomed.retryable()).isTrue();
    assertThat(doomed.retryableByHostOnly()).isTrue();
    assertThatThrownBy(
            () ->
                loop(RetryPolicy.defaults(), time, bound -> bound)
                    .run(
                        Operation.FORUM_JOIN,
                        () -> {
                          attempts.incrementAndGet();
                          throw doomed;
                        }))
        .isSameAs(doomed);
    assertThat(attempts).hasValue(1);
    assertThat(time.pauses).isEmpty();
  }

  @Test
  void onlyARetryableFailureCanBeMadeTheHostsToRetry() {
    assertThatThrownBy(
            () -> StorageException.inHostTransaction(new StorageException("broken", false, null)))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageStartingWith("SEC-4:");
  }

  @Test
  void anythingElseThrownIsNotRetried() {
    Time time = new Time();
    AtomicInteger attempts = new AtomicInteger();
    assertThatThrownBy(
            () ->
                loop(RetryPolicy.defaults(), time, bound -> bound)
                    .run(
                        Operation.FORUM_JOIN,
                        () -> {
                          attempts.incrementAndGet();
                          throw new IllegalStateException("a rule failed");
                        }))
        .isInstanceOf(IllegalStateException.class);
    assertThat(attempts).hasValue(1);
  }

  @Test
  void anInterruptedPauseStopsRetryingAndKeepsTheInterrupt() {
    AtomicInteger attempts = new AtomicInteger();
    StorageException first = transientFailure(1);
    RetryLoop loop =
        new RetryLoop(
            RetryPolicy.defaults(),
            nanos -> {
              throw new InterruptedException();
            },
            () -> 0L,
            bound -> bound);
    try {
      StorageException stopped =
          catchThrowableOfType(
              StorageException.class,
              () ->
                  loop.run(
                      Operation.FORUM_JOIN,
                      () -> {
                        attempts.incrementAndGet();
                        throw first;
                      }));
      assertThat(stopped.retryable()).isFalse();
      assertThat(stopped).hasCause(first);
      assertThat(attempts).hasValue(1);
      assertThat(Thread.currentThread().isInterrupted()).isTrue();
    } finally {
      Thread.interrupted();
    }
  }

  @Test
  void aPolicyRefusesBoundsOutOfRange() {
    assertThatThrownBy(() -> RetryPolicy.builder().maxAttempts(0))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageStartingWith("SEC-4:");
    assertThatThrownBy(() -> RetryPolicy.builder().maxTotalTime(Duration.ZERO))
        .isInstanceOf(InvalidInputException.class);
    assertThatThrownBy(() -> RetryPolicy.builder().maxTotalTime(Duration.ofHours(2)))
        .isInstanceOf(InvalidInputException.class);
    assertThatThrownBy(
            () -> RetryPolicy.builder().backoff(Duration.ofSeconds(2), Duration.ofSeconds(1)))
        .isInstanceOf(InvalidInputException.class);
    assertThatThrownBy(() -> RetryPolicy.builder().backoff(Duration.ofMillis(-1), Duration.ZERO))
        .isInstanceOf(InvalidInputException.class);
    assertThatThrownBy(() -> RetryPolicy.builder().backoff(null, Duration.ZERO))
        .isInstanceOf(InvalidInputException.class);
    assertThat(RetryPolicy.none().maxAttempts()).isEqualTo(1);
    assertThat(RetryPolicy.builder().build()).isEqualTo(RetryPolicy.defaults());
    assertThat(RetryPolicy.builder().maxAttempts(3).build())
        .isNotEqualTo(RetryPolicy.defaults())
        .hasToString(
            "RetryPolicy{maxAttempts=3, maxTotalTime=PT5S, initialDelay=PT0.002S,"
                + " maxDelay=PT0.2S}");
  }
}

package org.practitionersforum.core;

import java.time.Duration;
import java.util.Objects;
import org.practitionersforum.api.InvalidInputException;
import org.practitionersforum.api.internal.Checks;

/**
 * How the SDK retries a command whose unit of work failed retryably (a concurrent update, a
 * serialization failure, a deadlock, a connection the server killed): the one place retries happen,
 * since storages run a unit of work exactly once. Each retry re-runs the whole command on fresh
 * data, so every rule is checked again; only the attempt that is stored publishes its events.
 *
 * <p>Bounded twice: by {@link #maxAttempts()} and by {@link #maxTotalTime()}, measured from the
 * start of the first attempt. No attempt begins once the time is spent, or when the pause before it
 * would end after it; a command therefore returns or fails within the total time plus the time of
 * its last attempt. Between attempts the SDK pauses with capped exponential backoff and full
 * jitter: before retry {@code n} (counting from 1) it sleeps a uniformly random time from zero to
 * {@code min(maxDelay, initialDelay * 2^(n-1))}, which spreads racing writers apart.
 *
 * <p>Never retried: a failure that is not {@link
 * org.practitionersforum.api.spi.StorageException#retryable() retryable} (a pool that has no
 * connection to give, after it has already waited, is one), and one inside the host's own
 * transaction ({@link org.practitionersforum.api.spi.StorageException#retryableByHostOnly()}),
 * which only the host can retry.
 *
 * <pre>{@code
 * ForumSdk sdk = ForumSdk.builder()
 *     .storage(storage)
 *     .retries(RetryPolicy.builder()
 *         .maxAttempts(8)
 *         .maxTotalTime(Duration.ofSeconds(2))
 *         .backoff(Duration.ofMillis(5), Duration.ofMillis(100))
 *         .build())
 *     .build();
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 */
public final class RetryPolicy {
  /** The most attempts a policy may allow. */
  static final int MOST_ATTEMPTS = 1_000;

  /** The longest total time, and longest delay, a policy may allow. */
  static final Duration LONGEST = Duration.ofHours(1);

  private static final RetryPolicy DEFAULTS =
      new RetryPolicy(16, Duration.ofSeconds(5), Duration.ofMillis(2), Duration.ofMillis(200));

  private static final RetryPolicy NONE =
      new RetryPolicy(1, Duration.ofSeconds(5), Duration.ZERO, Duration.ZERO);

  private final int maxAttempts;
  private final Duration maxTotalTime;
  private final Duration initialDelay;
  private final Duration maxDelay;

  private RetryPolicy(
      int maxAttempts, Duration maxTotalTime, Duration initialDelay, Duration maxDelay) {
    this.maxAttempts = maxAttempts;
    this.maxTotalTime = maxTotalTime;
    this.initialDelay = initialDelay;
    this.maxDelay = maxDelay;
  }

  /**
   * Returns the policy the SDK uses unless told otherwise: at most 16 attempts within 5 seconds,
   * pausing from 2 ms, doubling, up to 200 ms, with full jitter. Sixteen attempts let a command
   * lose to every other writer of a busy forum in turn (a dozen joining at the same moment) and
   * still be stored; five seconds bound a command's wait well below common request time-outs.
   *
   * @return the default policy
   */
  public static RetryPolicy defaults() {
    return DEFAULTS;
  }

  /**
   * Returns a policy that never retries: one attempt, whose retryable failure the caller gets at
   * once.
   *
   * @return the policy of one attempt
   */
  public static RetryPolicy none() {
    return NONE;
  }

  /**
   * Returns a builder that starts from the {@link #defaults()}.
   *
   * @return the builder
   */
  public static Builder builder() {
    return new Builder(DEFAULTS);
  }

  /**
   * Returns how many times in all a command is attempted, the first time included.
   *
   * @return at least 1
   */
  public int maxAttempts() {
    return maxAttempts;
  }

  /**
   * Returns the time after the start of a command's first attempt after which no attempt begins.
   *
   * @return a positive duration
   */
  public Duration maxTotalTime() {
    return maxTotalTime;
  }

  /**
   * Returns the cap of the pause before the first retry; the cap doubles with each retry.
   *
   * @return zero or a positive duration, at most {@link #maxDelay()}
   */
  public Duration initialDelay() {
    return initialDelay;
  }

  /**
   * Returns the largest cap of any pause between attempts.
   *
   * @return zero or a positive duration
   */
  public Duration maxDelay() {
    return maxDelay;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof RetryPolicy p
        && maxAttempts == p.maxAttempts
        && maxTotalTime.equals(p.maxTotalTime)
        && initialDelay.equals(p.initialDelay)
        && maxDelay.equals(p.maxDelay);
  }

  @Override
  public int hashCode() {
    return Objects.hash(maxAttempts, maxTotalTime, initialDelay, maxDelay);
  }

  @Override
  public String toString() {
    return "RetryPolicy{maxAttempts="
        + maxAttempts
        + ", maxTotalTime="
        + maxTotalTime
        + ", initialDelay="
        + initialDelay
        + ", maxDelay="
        + maxDelay
        + "}";
  }

  /** Builds a {@link RetryPolicy}. Not thread-safe; the policy it builds is. */
  public static final class Builder {
    private int maxAttempts;
    private Duration maxTotalTime;
    private Duration initialDelay;
    private Duration maxDelay;

    /**
     * Creates a builder holding a policy's values.
     *
     * @param from the policy to start from
     */
    private Builder(RetryPolicy from) {
      this.maxAttempts = from.maxAttempts;
      this.maxTotalTime = from.maxTotalTime;
      this.initialDelay = from.initialDelay;
      this.maxDelay = from.maxDelay;
    }

    /**
     * Sets how many times in all a command is attempted, the first time included; 1 never retries.
     *
     * @param attempts from 1 to 1,000
     * @return this builder
     * @throws InvalidInputException if out of range
     */
    public Builder maxAttempts(int attempts) {
      if (attempts < 1 || attempts > MOST_ATTEMPTS) {
        throw new InvalidInputException("SEC-4: a retry policy allows from 1 to 1000 attempts");
      }
      this.maxAttempts = attempts;
      return this;
    }

    /**
     * Sets the time after the start of a command's first attempt after which no attempt begins.
     *
     * @param total more than zero and at most one hour
     * @return this builder
     * @throws InvalidInputException if null, not positive, or longer than an hour
     */
    public Builder maxTotalTime(Duration total) {
      Checks.notNull(total, "maximum total time");
      if (total.isNegative() || total.isZero() || total.compareTo(LONGEST) > 0) {
        throw new InvalidInputException(
            "SEC-4: a retry policy's total time is more than zero and at most an hour");
      }
      this.maxTotalTime = total;
      return this;
    }

    /**
     * Sets the capped exponential backoff: the pause before retry {@code n} is uniformly random
     * from zero to {@code min(max, initial * 2^(n-1))}. Zero for both retries without pausing.
     *
     * @param initial the cap of the first pause, from zero to {@code max}
     * @param max the largest cap, from {@code initial} to one hour
     * @return this builder
     * @throws InvalidInputException if either is null or negative, initial exceeds max, or max
     *     exceeds an hour
     */
    public Builder backoff(Duration initial, Duration max) {
      Checks.notNull(initial, "initial delay");
      Checks.notNull(max, "maximum delay");
      if (initial.isNegative()
          || max.isNegative()
          || initial.compareTo(max) > 0
          || max.compareTo(LONGEST) > 0) {
        throw new InvalidInputException(
            "SEC-4: a retry policy's initial delay is from zero to its maximum delay, and that"
                + " is at most an hour");
      }
      this.initialDelay = initial;
      this.maxDelay = max;
      return this;
    }

    /**
     * Builds the policy.
     *
     * @return the policy
     */
    public RetryPolicy build() {
      return new RetryPolicy(maxAttempts, maxTotalTime, initialDelay, maxDelay);
    }
  }
}

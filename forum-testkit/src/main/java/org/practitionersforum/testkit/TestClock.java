package org.practitionersforum.testkit;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.temporal.TemporalAmount;
import java.util.Objects;

/**
 * A UTC clock that stands still until a test moves it, for driving an SDK's rules on time
 * (formation deadlines, session times, retention) without waiting. Safe to read and move from
 * several threads; each move is seen by later readings.
 *
 * <pre>{@code
 * TestClock clock = new TestClock(Instant.parse("2026-05-01T09:00:00Z"));
 * ForumSdk sdk = ForumSdk.builder().storage(storage).clock(clock).build();
 * clock.advance(Period.ofMonths(6));
 * }</pre>
 */
public final class TestClock extends Clock {
  private volatile Instant now;

  /**
   * Creates a clock standing at an instant.
   *
   * @param start the instant it reads until moved; not null
   */
  public TestClock(Instant start) {
    this.now = Objects.requireNonNull(start, "start");
  }

  /**
   * Moves the clock to an instant, forwards or backwards.
   *
   * @param instant the instant it reads from now on; not null
   */
  public void set(Instant instant) {
    this.now = Objects.requireNonNull(instant, "instant");
  }

  /**
   * Moves the clock on by an amount: a {@link java.time.Duration}, or a {@link java.time.Period}
   * counted in UTC calendar days, months and years.
   *
   * @param amount how far; not null
   */
  public synchronized void advance(TemporalAmount amount) {
    Objects.requireNonNull(amount, "amount");
    now = now.atZone(ZoneOffset.UTC).plus(amount).toInstant();
  }

  /**
   * Returns UTC, the only zone this clock has.
   *
   * @return {@link ZoneOffset#UTC}
   */
  @Override
  public ZoneId getZone() {
    return ZoneOffset.UTC;
  }

  /**
   * Returns this clock for UTC; the clock has no other zone.
   *
   * @param zone the zone
   * @return this clock
   * @throws UnsupportedOperationException for any zone but UTC
   */
  @Override
  public Clock withZone(ZoneId zone) {
    if (!ZoneOffset.UTC.equals(zone)) {
      throw new UnsupportedOperationException("a test clock reads UTC only");
    }
    return this;
  }

  /**
   * Returns the instant the clock stands at.
   *
   * @return the instant
   */
  @Override
  public Instant instant() {
    return now;
  }
}

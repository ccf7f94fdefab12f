package org.practitionersforum.tck;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A clock for {@link TermsConcurrencyContract} that moves on by one microsecond at every reading,
 * from one thread or many.
 */
final class TickingClock extends Clock {
  private final AtomicLong ticks = new AtomicLong();

  @Override
  public ZoneId getZone() {
    return ZoneOffset.UTC;
  }

  @Override
  public Clock withZone(ZoneId zone) {
    return this;
  }

  @Override
  public Instant instant() {
    return StorageFixtures.T0.plusNanos(1_000 * ticks.incrementAndGet());
  }
}

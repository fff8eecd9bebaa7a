package dev.limber.cli;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;

/**
 * A clock that runs {@code speed} times faster than its base from the moment it is made: {@code
 * --speed} for demos and tests. At speed 1 it is the base clock.
 */
final class ScaledClock extends Clock {
  private final Clock base;
  private final double speed;
  private final Instant origin;

  ScaledClock(Clock base, double speed) {
    if (!(speed > 0)) {
      throw new IllegalArgumentException("speed must be above 0: " + speed);
    }
    this.base = base;
    this.speed = speed;
    this.origin = base.instant();
  }

  /** Real time that passes while this clock moves by {@code scaled}. */
  Duration realTimeFor(Duration scaled) {
    return Duration.ofNanos((long) (scaled.toNanos() / speed));
  }

  /** How many times faster than real time this clock runs. */
  double speed() {
    return speed;
  }

  @Override
  public Instant instant() {
    Duration real = Duration.between(origin, base.instant());
    return origin.plusNanos((long) (real.toNanos() * speed));
  }

  @Override
  public ZoneId getZone() {
    return base.getZone();
  }

  @Override
  public Clock withZone(ZoneId zone) {
    return new ScaledClock(base.withZone(zone), speed);
  }
}

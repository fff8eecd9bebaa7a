package dev.limber.journal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;

/**
 * The one rule for every date a person can send, typed or imported (spec/screening.md §2.2, rev.
 * 3): nothing happened after now. A moment may be up to {@link #CLOCK_SKEW} ahead, for a device
 * clock a little fast; a review's date may not be after the day it is recorded, in the person's
 * zone. A future-dated review would close flags and count for weeks that have not come.
 */
public final class NotInTheFuture {
  /** How far ahead of the server's clock a device's clock may run. */
  public static final Duration CLOCK_SKEW = Duration.ofMinutes(2);

  private final Clock clock;

  public NotInTheFuture(Clock clock) {
    this.clock = clock;
  }

  /** Why this moment cannot be kept, when it lies in the future. */
  public Optional<String> problem(Instant at) {
    Instant latest = clock.instant().plus(CLOCK_SKEW);
    return at.isAfter(latest)
        ? Optional.of("must not be in the future (now is " + clock.instant() + "): " + at)
        : Optional.empty();
  }

  /** Why a review dated {@code date} and recorded at {@code recordedAt} cannot be kept. */
  public Optional<String> reviewProblem(LocalDate date, Instant recordedAt) {
    LocalDate recordedDay = LocalDate.ofInstant(recordedAt, clock.getZone());
    if (date.isAfter(LocalDate.now(clock))) {
      return Optional.of("must not be in the future, found " + date);
    }
    if (date.isAfter(recordedDay)) {
      return Optional.of(
          "must not be after the day the review was recorded (" + recordedDay + "), found " + date);
    }
    return Optional.empty();
  }
}

package dev.limber.app;

import dev.limber.journal.PainFlag;
import dev.limber.journal.PainFlags;
import dev.limber.json.FieldError;
import dev.limber.screening.Policy;
import dev.limber.session.Outcome;
import dev.limber.session.SegmentKind;
import dev.limber.session.SegmentRecord;
import dev.limber.session.SessionRecord;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Keeps played sessions in the journal (spec/screening.md §7): a session that ends in the future or
 * whose played segments need more time than it lasted was played faster than real time — a
 * demonstration or a test — and is refused, so it never opens or closes a pain flag. Answers the
 * pain flags the session opened. Thread-safe.
 */
public final class SessionService {
  /** Clocks of two machines may disagree a little; more than this is not a real session. */
  static final Duration CLOCK_SKEW = Duration.ofMinutes(2);

  /** Timers round and threads wake late: a real session may seem this much shorter. */
  static final Duration TIMER_SLACK = Duration.ofSeconds(5);

  private final PainFlags painFlags;
  private final Clock clock;

  public SessionService(Policy policy, Clock clock) {
    this.painFlags = new PainFlags(policy.clinicallyImportantPainRise(), clock.getZone());
    this.clock = clock;
  }

  /** What keeping a session did: the flags it opened (none for most sessions). */
  public record Kept(SessionRecord session, List<PainFlag> openedFlags) {
    public Kept {
      openedFlags = List.copyOf(openedFlags);
    }
  }

  /** Keeps a real session; refuses one played faster than real time, storing nothing. */
  public Kept record(Person person, SessionRecord session) {
    requireRealTime(session);
    person.requireJournal().add(session);
    // Played just now, so no review can have closed them yet, and no check-in follows it yet.
    return new Kept(session, painFlags.opened(List.of(session), List.of()));
  }

  /** Throws {@link InvalidInput} when the record cannot come from a session played in real time. */
  public void requireRealTime(SessionRecord session) {
    List<FieldError> errors = new ArrayList<>();
    if (session.ended().isAfter(clock.instant().plus(CLOCK_SKEW))) {
      errors.add(
          new FieldError(
              "ended",
              "is in the future ("
                  + session.ended()
                  + "): a session played faster than real time is not kept"));
    }
    long played = playedSeconds(session);
    if (Duration.ofSeconds(played).compareTo(session.duration().plus(TIMER_SLACK)) > 0) {
      errors.add(
          new FieldError(
              "segments",
              "hold "
                  + played
                  + " s of finished timers in a session of "
                  + session.duration().toSeconds()
                  + " s: a session played faster than real time is not kept"));
    }
    if (!errors.isEmpty()) {
      throw new InvalidInput(errors);
    }
  }

  private static long playedSeconds(SessionRecord session) {
    long seconds = 0;
    for (SegmentRecord segment : session.segments()) {
      if (segment.outcome() == Outcome.DONE && segment.kind() != SegmentKind.PAIN_CHECK) {
        seconds += segment.seconds();
      }
    }
    return seconds;
  }

  /** True when a player runs at real speed, so its session may be kept. */
  public static boolean isRealTime(double speed) {
    return speed == 1.0;
  }

  Instant now() {
    return clock.instant();
  }
}

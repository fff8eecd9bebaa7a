package dev.limber.journal;

import dev.limber.session.Ending;
import dev.limber.session.PainStop;
import dev.limber.session.SessionRecord;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Derives pain flags from journal entries (spec/screening.md §2.1, graded in rev. 3), so an
 * exported and re-imported journal carries them. A stop during a self-crack opens {@code
 * DURING_CRACKING}; a mild stop during a stretch opens {@code PAIN_NOTED}, which the next
 * screening's follow-up answer settles or turns into {@code DURING_STRETCHING}; a stop that is not
 * mild, or a second mild stop within {@code mildStopRepeatDays}, opens {@code DURING_STRETCHING}; a
 * session ended for a new symptom opens {@code NEW_SYMPTOM}; and a reading 2 or more points above a
 * session's starting score, or 7 or more, in the session or at a check-in from its start until the
 * next session that brings a starting score, opens {@code WORSENING}. A review recorded after a
 * flag opened and dated on or after its day closes it. Thread-safe.
 */
public final class PainFlags {
  /** The answers field that settles a mild stop (§2). */
  public static final String FOLLOW_UP_FIELD = "lastPainStopSettled";

  private final int riseThreshold;
  private final int severePain;
  private final int mildStopRepeatDays;
  private final int painHoldDays;
  private final ZoneId zone;

  /**
   * {@code riseThreshold} is the clinically important rise (2 points), {@code severePain} the start
   * of the severe band (7); the day counts are the policy's settings.
   */
  public PainFlags(
      int riseThreshold, int severePain, int mildStopRepeatDays, int painHoldDays, ZoneId zone) {
    if (riseThreshold < 1 || severePain < 1 || mildStopRepeatDays < 1 || painHoldDays < 1) {
      throw new IllegalArgumentException(
          "thresholds must be at least 1: "
              + List.of(riseThreshold, severePain, mildStopRepeatDays, painHoldDays));
    }
    this.riseThreshold = riseThreshold;
    this.severePain = severePain;
    this.mildStopRepeatDays = mildStopRepeatDays;
    this.painHoldDays = painHoldDays;
    this.zone = zone;
  }

  /** A mild stop (§2.1): when, on which local day, which session and which technique. */
  public record MildStop(Instant at, LocalDate day, Instant sessionStarted, String techniqueId) {}

  /**
   * Every flag these entries open, oldest first, whether closed by a review or not. A mild stop
   * whose follow-up was answered "settled" opens nothing; answered "not settled", it opens {@code
   * DURING_STRETCHING} when that answer was kept.
   */
  public List<PainFlag> opened(
      List<SessionRecord> sessions, List<CheckIn> checkIns, List<ScreeningRecord> screenings) {
    List<SessionRecord> ordered =
        sessions.stream().sorted(Comparator.comparing(SessionRecord::started)).toList();
    List<PainFlag> flags = new ArrayList<>();
    List<MildStop> earlierMild = new ArrayList<>();
    for (int index = 0; index < ordered.size(); index++) {
      SessionRecord session = ordered.get(index);
      Instant started = session.started();
      for (PainStop stop : session.painStops()) {
        Instant at = session.stoppedAt(stop);
        if (stop.duringSelfCrack()) {
          flags.add(new PainFlag(PainFlagKind.DURING_CRACKING, started, at, stop.techniqueId()));
        } else if (!stop.mildAgainst(session.painBefore())) {
          flags.add(new PainFlag(PainFlagKind.DURING_STRETCHING, started, at, stop.techniqueId()));
        } else {
          MildStop mild =
              new MildStop(at, LocalDate.ofInstant(at, zone), started, stop.techniqueId());
          boolean repeated = earlierMild.stream().anyMatch(earlier -> repeats(earlier, mild));
          earlierMild.add(mild);
          if (repeated) {
            flags.add(
                new PainFlag(PainFlagKind.DURING_STRETCHING, started, at, stop.techniqueId()));
          } else {
            followUp(mild, screenings)
                .ifPresentOrElse(
                    answer -> {
                      if (!answer.settled()) {
                        flags.add(
                            new PainFlag(
                                PainFlagKind.DURING_STRETCHING,
                                started,
                                answer.at(),
                                stop.techniqueId()));
                      }
                    },
                    () ->
                        flags.add(
                            new PainFlag(
                                PainFlagKind.PAIN_NOTED, started, at, stop.techniqueId())));
          }
        }
      }
      if (session.ending() == Ending.ENDED_FOR_SYMPTOMS) {
        flags.add(new PainFlag(PainFlagKind.NEW_SYMPTOM, started, session.ended()));
      }
      Integer before = session.painBefore();
      if (before == null) {
        continue;
      }
      if (session.laterReadings().stream().anyMatch(score -> worse(before, score))) {
        flags.add(new PainFlag(PainFlagKind.WORSENING, started, session.ended()));
      }
      // A check-in during the session counts (rev. 3), and every one that rises opens its own
      // flag: a review that closed an earlier one saw the person before this rise, not after it.
      Instant nextStart = nextBaseline(ordered, index);
      checkIns.stream()
          .filter(checkIn -> !checkIn.at().isBefore(started))
          .filter(checkIn -> checkIn.at().isBefore(nextStart))
          .filter(checkIn -> worse(before, checkIn.pain()))
          .forEach(
              checkIn -> flags.add(new PainFlag(PainFlagKind.WORSENING, started, checkIn.at())));
    }
    return flags.stream().distinct().sorted(Comparator.comparing(PainFlag::openedAt)).toList();
  }

  private boolean worse(int before, int score) {
    return score - before >= riseThreshold || score >= severePain;
  }

  /** A second mild stop on a day within {@code mildStopRepeatDays} of an earlier one (§2.1). */
  private boolean repeats(MildStop earlier, MildStop later) {
    long days = ChronoUnit.DAYS.between(earlier.day(), later.day());
    return days >= 0 && days < mildStopRepeatDays && !later.at().isBefore(earlier.at());
  }

  /**
   * The answer to a mild stop's follow-up: the first kept screening after the stop that gave it.
   */
  private static Optional<FollowUpAnswer> followUp(
      MildStop stop, List<ScreeningRecord> screenings) {
    return screenings.stream()
        .filter(screening -> screening.at().isAfter(stop.at()))
        .sorted(Comparator.comparing(ScreeningRecord::at))
        .flatMap(
            screening ->
                settledAnswer(screening.answers())
                    .map(settled -> new FollowUpAnswer(screening.at(), settled))
                    .stream())
        .findFirst();
  }

  private record FollowUpAnswer(Instant at, boolean settled) {}

  /** {@code history.lastPainStopSettled} of kept answers, when they gave it. */
  public static Optional<Boolean> settledAnswer(Object answers) {
    if (answers instanceof Map<?, ?> document
        && document.get("history") instanceof Map<?, ?> history
        && history.get(FOLLOW_UP_FIELD) instanceof Boolean settled) {
      return Optional.of(settled);
    }
    return Optional.empty();
  }

  /** Every mild stop of these sessions (by its measures, repeated or not), oldest first. */
  public List<MildStop> mildStops(List<SessionRecord> sessions) {
    List<MildStop> stops = new ArrayList<>();
    for (SessionRecord session : sessions) {
      for (PainStop stop : session.mildStops()) {
        Instant at = session.stoppedAt(stop);
        stops.add(
            new MildStop(at, LocalDate.ofInstant(at, zone), session.started(), stop.techniqueId()));
      }
    }
    stops.sort(Comparator.comparing(MildStop::at));
    return stops;
  }

  /**
   * The techniques held on {@code today} (F10), each with the day it comes back: every technique
   * stopped for pain during a stretch or self-massage on one of the last {@code painHoldDays} days.
   * A stop that was not mild is held too, for when a review lets sessions run again.
   */
  public Map<String, LocalDate> heldTechniques(List<SessionRecord> sessions, LocalDate today) {
    Map<String, LocalDate> held = new java.util.TreeMap<>();
    for (SessionRecord session : sessions) {
      for (PainStop stop : session.painStops()) {
        if (stop.duringSelfCrack() || stop.techniqueId() == null) {
          continue;
        }
        LocalDate back = LocalDate.ofInstant(session.stoppedAt(stop), zone).plusDays(painHoldDays);
        if (today.isBefore(back)) {
          held.merge(stop.techniqueId(), back, (one, other) -> one.isAfter(other) ? one : other);
        }
      }
    }
    return held;
  }

  /**
   * True when a mild stop fell within {@code mildStopRepeatDays} before {@code today}: a stop today
   * would repeat it, so it is not mild (§2.1).
   */
  public boolean mildStopWithinRepeatDays(List<SessionRecord> sessions, LocalDate today) {
    return mildStops(sessions).stream()
        .anyMatch(
            stop -> {
              long days = ChronoUnit.DAYS.between(stop.day(), today);
              return days >= 0 && days < mildStopRepeatDays;
            });
  }

  /** True when a mild stop fell on one of the last {@code painHoldDays} days (X10). */
  public boolean mildStopHeld(List<SessionRecord> sessions, LocalDate today) {
    return mildStops(sessions).stream()
        .anyMatch(stop -> today.isBefore(stop.day().plusDays(painHoldDays)));
  }

  /**
   * When the check-ins after {@code ordered[index]} stop being measured against its starting score:
   * at the next session that starts later with a starting score of its own. A session without one,
   * or one started at the same instant, gives no new baseline, so the rise is still caught.
   */
  private static Instant nextBaseline(List<SessionRecord> ordered, int index) {
    Instant started = ordered.get(index).started();
    for (int next = index + 1; next < ordered.size(); next++) {
      SessionRecord later = ordered.get(next);
      if (later.painBefore() != null && later.started().isAfter(started)) {
        return later.started();
      }
    }
    return Instant.MAX;
  }

  /** The flags no recorded review or follow-up answer has closed, oldest first. */
  public List<PainFlag> open(
      List<SessionRecord> sessions,
      List<CheckIn> checkIns,
      List<ScreeningRecord> screenings,
      List<Review> reviews) {
    return opened(sessions, checkIns, screenings).stream()
        .filter(flag -> reviews.stream().noneMatch(review -> closes(review, flag)))
        .toList();
  }

  /** A review closes a flag when it was recorded after the flag opened, for a visit since then. */
  public boolean closes(Review review, PainFlag flag) {
    return review.recordedAt().isAfter(flag.openedAt())
        && !review.date().isBefore(LocalDate.ofInstant(flag.openedAt(), zone));
  }
}

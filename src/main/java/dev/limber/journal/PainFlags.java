package dev.limber.journal;

import dev.limber.session.Ending;
import dev.limber.session.SessionRecord;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Derives pain flags from journal entries (spec/screening.md §2.1), so an exported and re-imported
 * journal carries them: a session stopped for pain, a session ended for a new symptom, and pain 2
 * or more points above a session's starting score at its end or at any check-in before the next
 * session that brings a starting score of its own. A flag is closed by a review recorded after it
 * opened and dated on or after its day. Sessions played faster than real time never reach the
 * journal, so they open nothing.
 */
public final class PainFlags {
  private final int riseThreshold;
  private final ZoneId zone;

  /** {@code riseThreshold} is the policy's clinically important rise (2 points). */
  public PainFlags(int riseThreshold, ZoneId zone) {
    if (riseThreshold < 1) {
      throw new IllegalArgumentException("riseThreshold < 1: " + riseThreshold);
    }
    this.riseThreshold = riseThreshold;
    this.zone = zone;
  }

  /** Every flag these entries open, oldest first, whether closed or not. */
  public List<PainFlag> opened(List<SessionRecord> sessions, List<CheckIn> checkIns) {
    List<SessionRecord> ordered =
        sessions.stream().sorted(Comparator.comparing(SessionRecord::started)).toList();
    List<PainFlag> flags = new ArrayList<>();
    for (int index = 0; index < ordered.size(); index++) {
      SessionRecord session = ordered.get(index);
      Instant started = session.started();
      if (session.painDuringCracking()) {
        flags.add(new PainFlag(PainFlagKind.DURING_CRACKING, started, session.ended()));
      } else if (session.painDuringStretching()) {
        flags.add(new PainFlag(PainFlagKind.DURING_STRETCHING, started, session.ended()));
      }
      if (session.ending() == Ending.ENDED_FOR_SYMPTOMS) {
        flags.add(new PainFlag(PainFlagKind.NEW_SYMPTOM, started, session.ended()));
      }
      Integer before = session.painBefore();
      if (before == null) {
        continue;
      }
      Integer last =
          session.stoppedForPain().map(stop -> stop.painScore()).orElse(session.painAfter());
      if (last != null && last - before >= riseThreshold) {
        flags.add(new PainFlag(PainFlagKind.WORSENING, started, session.ended()));
      }
      // Every check-in that rises over this start opens its own flag: a review that closed an
      // earlier one saw the person before this rise, not after it.
      Instant nextStart = nextBaseline(ordered, index);
      checkIns.stream()
          .filter(checkIn -> !checkIn.at().isBefore(session.ended()))
          .filter(checkIn -> checkIn.at().isBefore(nextStart))
          .filter(checkIn -> checkIn.pain() - before >= riseThreshold)
          .forEach(
              checkIn -> flags.add(new PainFlag(PainFlagKind.WORSENING, started, checkIn.at())));
    }
    return flags.stream().distinct().sorted(Comparator.comparing(PainFlag::openedAt)).toList();
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

  /** The flags no recorded review has closed, oldest first. */
  public List<PainFlag> open(
      List<SessionRecord> sessions, List<CheckIn> checkIns, List<Review> reviews) {
    return opened(sessions, checkIns).stream()
        .filter(flag -> reviews.stream().noneMatch(review -> closes(review, flag)))
        .toList();
  }

  /** A review closes a flag when it was recorded after the flag opened, for a visit since then. */
  public boolean closes(Review review, PainFlag flag) {
    return review.recordedAt().isAfter(flag.openedAt())
        && !review.date().isBefore(LocalDate.ofInstant(flag.openedAt(), zone));
  }
}

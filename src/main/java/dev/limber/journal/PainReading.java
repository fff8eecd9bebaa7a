package dev.limber.journal;

import dev.limber.session.SessionRecord;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * One pain score the journal holds, wherever it was given: a check-in, or a session's pain check
 * before or after (or the score given when it was stopped for pain).
 */
public record PainReading(Instant at, int pain) {
  public PainReading {
    if (pain < 0 || pain > 10) {
      throw new IllegalArgumentException("pain outside 0–10: " + pain);
    }
  }

  /** Every pain score in the check-ins and sessions, oldest first. */
  public static List<PainReading> of(List<CheckIn> checkIns, List<SessionRecord> sessions) {
    List<PainReading> readings = new ArrayList<>(checkIns.size() + 2 * sessions.size());
    for (CheckIn checkIn : checkIns) {
      readings.add(new PainReading(checkIn.at(), checkIn.pain()));
    }
    for (SessionRecord session : sessions) {
      if (session.painBefore() != null) {
        readings.add(new PainReading(session.started(), session.painBefore()));
      }
      finalPain(session).ifPresent(pain -> readings.add(new PainReading(session.ended(), pain)));
    }
    readings.sort(Comparator.comparing(PainReading::at));
    return readings;
  }

  /** The last pain score of a session: where it was stopped for pain, else its closing check. */
  static java.util.Optional<Integer> finalPain(SessionRecord session) {
    if (session.painStop() != null) {
      return java.util.Optional.of(session.painStop().painScore());
    }
    return java.util.Optional.ofNullable(session.painAfter());
  }
}

package dev.limber.journal;

import dev.limber.session.SessionRecord;
import java.time.Instant;
import java.util.List;

/**
 * One pain score the journal holds, wherever it was given: a check-in, or a session's starting
 * score, a score asked at a stop, or its closing score.
 */
public record PainReading(Instant at, int pain) {
  public PainReading {
    if (pain < 0 || pain > 10) {
      throw new IllegalArgumentException("pain outside 0–10: " + pain);
    }
  }

  /** Every pain score in the check-ins and sessions, oldest first (§2.2). */
  public static List<PainReading> of(List<CheckIn> checkIns, List<SessionRecord> sessions) {
    return HistoryFiller.readings(checkIns, sessions);
  }
}

package dev.limber.screening;

import java.math.BigDecimal;
import java.util.Optional;

/**
 * Values from the journal for answers the caller left out (spec/screening.md §2): each is used only
 * when the document does not give that field, because what the person says always wins.
 */
public record HistoryFill(
    Optional<Integer> crackSessionsToday,
    Optional<Integer> crackingDaysPerWeek,
    Optional<Integer> previousPainScore,
    Optional<BigDecimal> painDurationWeeks) {

  /** Nothing to fill: the document's own values and defaults only. */
  public static final HistoryFill NONE =
      new HistoryFill(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty());

  public HistoryFill {
    crackSessionsToday.ifPresent(sessions -> requireWithin("crackSessionsToday", sessions, 0, 100));
    crackingDaysPerWeek.ifPresent(days -> requireWithin("crackingDaysPerWeek", days, 0, 7));
    previousPainScore.ifPresent(score -> requireWithin("previousPainScore", score, 0, 10));
    painDurationWeeks.ifPresent(
        weeks -> {
          if (weeks.signum() < 0 || weeks.compareTo(Symptoms.MAX_DURATION_WEEKS) > 0) {
            throw new IllegalArgumentException("painDurationWeeks outside 0–5200: " + weeks);
          }
        });
  }

  private static void requireWithin(String field, int value, int min, int max) {
    if (value < min || value > max) {
      throw new IllegalArgumentException(field + " outside " + min + "–" + max + ": " + value);
    }
  }
}

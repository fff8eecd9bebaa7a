package dev.limber.screening;

import java.math.BigDecimal;
import java.util.Optional;

/**
 * What the journal knows for a screening (spec/screening.md §2, §2.1), with its graded pain ({@code
 * painNotes}) and the follow-up question of an open mild stop, when one is open. For the safety
 * facts the more cautious of the journal and the answers is used: the larger count or duration,
 * {@code true} over {@code false}. The previous pain score fills only when the answers leave it
 * out. {@code reviewBlocked} is true while the journal holds a pain flag no recorded review has
 * closed: then {@code professionalReview} is {@code NONE} whatever the answers say; otherwise a
 * recorded review inside its window fills {@code EXERCISE_ADVISED} when the answers leave the field
 * out.
 */
public record HistoryFill(
    Optional<Integer> crackSessionsToday,
    Optional<Integer> crackingDaysPerWeek,
    Optional<Integer> previousPainScore,
    Optional<BigDecimal> painDurationWeeks,
    boolean painDuringCracking,
    boolean painDuringStretching,
    boolean reviewBlocked,
    Optional<ProfessionalReview> professionalReview,
    PainNotes painNotes,
    Optional<String> followUpAsked) {

  /** Nothing to fill: the document's own values and defaults only. */
  public static final HistoryFill NONE =
      new HistoryFill(
          Optional.empty(),
          Optional.empty(),
          Optional.empty(),
          Optional.empty(),
          false,
          false,
          false,
          Optional.empty(),
          PainNotes.NONE,
          Optional.empty());

  public HistoryFill {
    if (painNotes == null || followUpAsked == null) {
      throw new IllegalArgumentException("painNotes and followUpAsked are required");
    }
    crackSessionsToday.ifPresent(sessions -> requireWithin("crackSessionsToday", sessions, 0, 100));
    crackingDaysPerWeek.ifPresent(days -> requireWithin("crackingDaysPerWeek", days, 0, 7));
    previousPainScore.ifPresent(score -> requireWithin("previousPainScore", score, 0, 10));
    painDurationWeeks.ifPresent(
        weeks -> {
          if (weeks.signum() < 0 || weeks.compareTo(Symptoms.MAX_DURATION_WEEKS) > 0) {
            throw new IllegalArgumentException("painDurationWeeks outside 0–5200: " + weeks);
          }
        });
    if (reviewBlocked
        && professionalReview.orElse(ProfessionalReview.NONE) != ProfessionalReview.NONE) {
      throw new IllegalArgumentException(
          "an open pain flag allows no review: " + professionalReview);
    }
  }

  /** The counts and readings of the journal, with no pain flag and no review. */
  public static HistoryFill of(
      Optional<Integer> crackSessionsToday,
      Optional<Integer> crackingDaysPerWeek,
      Optional<Integer> previousPainScore,
      Optional<BigDecimal> painDurationWeeks) {
    return new HistoryFill(
        crackSessionsToday,
        crackingDaysPerWeek,
        previousPainScore,
        painDurationWeeks,
        false,
        false,
        false,
        Optional.empty(),
        PainNotes.NONE,
        Optional.empty());
  }

  /**
   * True while the journal holds an open mild stop (§2.1): the answers must then give {@code
   * history.lastPainStopSettled}; {@code followUpAsked} holds the question in the person's words.
   */
  public boolean followUpRequired() {
    return followUpAsked.isPresent();
  }

  private static void requireWithin(String field, int value, int min, int max) {
    if (value < min || value > max) {
      throw new IllegalArgumentException(field + " outside " + min + "–" + max + ": " + value);
    }
  }
}

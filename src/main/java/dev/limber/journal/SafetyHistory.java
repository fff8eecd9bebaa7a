package dev.limber.journal;

import dev.limber.screening.HistoryFill;
import java.util.List;
import java.util.Optional;

/**
 * What the journal tells a screening: the fill for the answers, the pain flags still open (oldest
 * first), and the latest recorded professional review.
 */
public record SafetyHistory(
    HistoryFill fill, List<PainFlag> openFlags, Optional<Review> latestReview) {
  public static final SafetyHistory NONE =
      new SafetyHistory(HistoryFill.NONE, List.of(), Optional.empty());

  public SafetyHistory {
    openFlags = List.copyOf(openFlags);
  }

  /** True when an open flag came from a new symptom: today's earlier screenings no longer count. */
  public boolean hasNewSymptomFlag() {
    return openFlags.stream().anyMatch(flag -> flag.kind() == PainFlagKind.NEW_SYMPTOM);
  }
}

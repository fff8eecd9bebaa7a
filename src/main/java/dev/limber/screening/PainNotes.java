package dev.limber.screening;

import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * What the journal's graded pain tells a screening (spec/screening.md §2.1, rev. 3): whether a
 * new-symptom flag is open (S15), whether a mild stop fell in the hold (X10), the techniques held
 * with the day each comes back (F10), and the answer to a mild stop's follow-up, when one was
 * asked.
 */
public record PainNotes(
    boolean newSymptomFlag,
    boolean recentMildStop,
    Map<String, LocalDate> heldTechniques,
    Optional<Boolean> lastPainStopSettled) {
  public static final PainNotes NONE = new PainNotes(false, false, Map.of(), Optional.empty());

  public PainNotes {
    heldTechniques = java.util.Collections.unmodifiableMap(new TreeMap<>(heldTechniques));
    if (lastPainStopSettled == null) {
      throw new IllegalArgumentException("lastPainStopSettled is required (empty when not asked)");
    }
  }

  /** The day a held technique comes back, when it is held. */
  public Optional<LocalDate> heldUntil(String techniqueId) {
    return Optional.ofNullable(heldTechniques.get(techniqueId));
  }

  public PainNotes withFollowUp(Optional<Boolean> settled) {
    return new PainNotes(newSymptomFlag, recentMildStop, heldTechniques, settled);
  }
}

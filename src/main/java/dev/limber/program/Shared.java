package dev.limber.program;

/** What a person shares with the clinician they join. */
public enum Shared {
  /** Sessions played: when, what, how they ended. */
  SESSIONS,
  /** Pain scores before and after sessions and at check-ins, and the pain flags. */
  PAIN,
  /** Check-ins: when, whether the back cracked. */
  CHECK_INS,
  /** The verdict and rule ids of each screening, never the answers. */
  VERDICTS,
  /** Free-text notes of check-ins and reviews: only when the person chooses. */
  NOTES;

  /** Plain words for the consent screen. */
  public String words() {
    return switch (this) {
      case SESSIONS -> "your sessions: when, which techniques, how each ended";
      case PAIN -> "your pain scores and any pain flags";
      case CHECK_INS -> "your check-ins: when, and whether your back cracked";
      case VERDICTS -> "your screenings' verdicts (not your answers)";
      case NOTES -> "the notes you write with check-ins and reviews";
    };
  }
}

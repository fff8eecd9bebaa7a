package dev.limber.journal;

/** Why a pain flag opened (spec/screening.md §2.1). */
public enum PainFlagKind {
  /**
   * A mild stop (rev. 3): the technique is held and the next screening asks whether the pain
   * settled; it never makes the verdict SEE_PROFESSIONAL on its own.
   */
  PAIN_NOTED,
  /**
   * A session stopped because a stretch or self-massage hurt and the stop was not mild, a repeated
   * mild stop, or a mild stop that had not settled (fills painDuringStretching).
   */
  DURING_STRETCHING,
  /** A session stopped because a self-crack attempt hurt (fills painDuringCracking). */
  DURING_CRACKING,
  /** Pain rose 2 or more points above the session's start, in or after it. */
  WORSENING,
  /**
   * A session ended for new numbness, tingling, weakness, swelling, chest pain or breathlessness.
   */
  NEW_SYMPTOM
}

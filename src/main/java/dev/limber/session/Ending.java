package dev.limber.session;

/** How a session ended. */
public enum Ending {
  /** Every segment was played or skipped, and the closing pain check reached. */
  FINISHED,
  /** The person reported pain; stopped at once (spec/screening.md §7). */
  STOPPED_FOR_PAIN,
  /** The person chose to stop. */
  QUIT,
  /** New numbness, tingling, weakness, swelling or chest pain: ended to screen again (§7). */
  ENDED_FOR_SYMPTOMS
}

package dev.limber.program;

/** Why a clinician is alerted about a person they follow, and how soon it needs a look. */
public enum AlertKind {
  /** A session stopped because something hurt (not a mild stop). */
  STOPPED_FOR_PAIN(Priority.NORMAL),
  /**
   * A mild stop (rev. 3): a stretch hurt a little and eased; the technique rests for a week. Low
   * priority: it locks nothing, but the clinician may want to know.
   */
  PAIN_NOTED(Priority.LOW),
  /** A mild stop whose pain had not settled at the next check, or a second one within 14 days. */
  PAIN_NOT_SETTLED(Priority.NORMAL),
  /** Pain rose 2 or more points above a session's start. */
  WORSENING(Priority.NORMAL),
  /** A session ended for a new symptom. */
  NEW_SYMPTOM(Priority.NORMAL),
  /** A pain score of 7 or more, in a session or at a check-in. */
  HIGH_PAIN(Priority.NORMAL),
  /** No session played from the program for 7 days while one was due. */
  NO_SESSION(Priority.NORMAL);

  /** How soon an alert needs a look: lists show the normal ones before the low ones. */
  public enum Priority {
    NORMAL,
    LOW
  }

  private final Priority priority;

  AlertKind(Priority priority) {
    this.priority = priority;
  }

  public Priority priority() {
    return priority;
  }
}

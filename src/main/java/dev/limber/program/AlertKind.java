package dev.limber.program;

/** Why a clinician is alerted about a person they follow. */
public enum AlertKind {
  /** A session stopped because something hurt. */
  STOPPED_FOR_PAIN,
  /** Pain rose 2 or more points above a session's start. */
  WORSENING,
  /** A session ended for a new symptom. */
  NEW_SYMPTOM,
  /** A pain score of 7 or more, in a session or at a check-in. */
  HIGH_PAIN,
  /** No session played from the program for 7 days while one was due. */
  NO_SESSION
}

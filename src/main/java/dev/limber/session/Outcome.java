package dev.limber.session;

/** What became of one timeline segment in a session. */
public enum Outcome {
  /** Played to its end (or, for a pain check, answered). */
  DONE,
  /** Begun or reached, then passed over: skipped by the person, or cut off by a stop. */
  SKIPPED,
  /** The session ended before it began. */
  NOT_REACHED
}

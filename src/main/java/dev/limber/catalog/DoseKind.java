package dev.limber.catalog;

/** How a technique is dosed (docs/catalog-format.md). */
public enum DoseKind {
  /** Static holds: seconds per hold, a number of repetitions. */
  HOLD,
  /** Slow repeated movements, counted, each taking about the same time. */
  REPETITIONS,
  /** Continuous work for a time, such as self-massage. */
  CONTINUOUS,
  /** A self-crack technique: one slow attempt, never retried, never forced. */
  CRACK_ATTEMPT
}

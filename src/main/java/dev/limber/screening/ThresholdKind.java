package dev.limber.screening;

/** Where a threshold's number comes from. */
public enum ThresholdKind {
  /** A number a guideline or validated tool gives. */
  GUIDELINE,
  /** A product decision: no guideline gives a number, so the rationale says why this one. */
  POLICY
}

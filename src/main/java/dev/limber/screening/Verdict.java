package dev.limber.screening;

/** What a person may do today, from least to most severe (spec/screening.md §1). */
public enum Verdict {
  /** Self-care is fine; gentle self-cracking allowed after a warm-up. */
  CLEAR,
  /** No self-cracking; gentle stretches and self-massage are fine. */
  STRETCH_ONLY,
  /** No session today; book a physiotherapist or doctor. */
  SEE_PROFESSIONAL,
  /** Get medical help today. */
  URGENT;

  public boolean isMoreSevereThan(Verdict other) {
    return compareTo(other) > 0;
  }

  /** True for the verdicts that offer techniques (CLEAR and STRETCH_ONLY). */
  public boolean allowsSession() {
    return this == CLEAR || this == STRETCH_ONLY;
  }
}

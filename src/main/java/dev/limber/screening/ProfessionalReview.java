package dev.limber.screening;

/**
 * Whether a physiotherapist or doctor has assessed this back problem in the review window and
 * advised exercise (spec/screening.md §2.1, rev. 2).
 */
public enum ProfessionalReview {
  /** No recorded assessment that counts today. */
  NONE,
  /** Assessed and advised exercise: lifts the rules an assessment answers and puts X9 in place. */
  EXERCISE_ADVISED
}

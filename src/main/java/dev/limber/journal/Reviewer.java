package dev.limber.journal;

/** Who carried out a professional review (spec/screening.md §2.1). */
public enum Reviewer {
  PHYSIOTHERAPIST,
  DOCTOR,
  OTHER
}

package dev.limber.screening;

/** How urgent an URGENT verdict is (spec/screening.md §6, rev. 2); the emergency wording wins. */
public enum Urgency {
  /** Call emergency services now: U1, U2, U5, U6 or U13 fired. */
  EMERGENCY,
  /** Get same-day medical help. */
  TODAY
}

package dev.limber.screening;

/** Where a person feels numbness or tingling. */
public enum Numbness {
  ONE_ARM,
  BOTH_ARMS,
  ONE_LEG,
  BOTH_LEGS,
  /** Between the legs and around the buttocks: a cauda equina warning sign. */
  SADDLE
}

package dev.limber.session;

/** The side a one-sided stretch works on; segments of two-sided techniques have no side. */
public enum Side {
  LEFT,
  RIGHT
}

package dev.limber.screening;

/** A recent knock to the back, by how hard it was. */
public enum Trauma {
  NONE,
  /** A trip, slip or bump. */
  MINOR,
  /** A road accident, a fall from height, a heavy blow. */
  MAJOR
}

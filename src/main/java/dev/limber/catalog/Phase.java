package dev.limber.catalog;

/** The part of a movement a pose shows: getting into position, the hold, or coming back out. */
public enum Phase {
  START,
  HOLD,
  RETURN
}

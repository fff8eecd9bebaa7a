package dev.limber.catalog;

/** Whether a technique works both sides at once or is done on each side in turn. */
public enum Laterality {
  BILATERAL,
  EACH_SIDE
}

package dev.limber.catalog;

/** Something a technique needs at hand; {@code NONE} stands alone. */
public enum Equipment {
  NONE,
  CHAIR,
  ARMCHAIR,
  FOAM_ROLLER,
  EXERCISE_BALL,
  BED,
  WALL,
  MAT,
  MASSAGE_TOOL
}

package dev.limber.catalog;

/** How demanding a technique is. */
public enum Difficulty {
  GENTLE,
  MODERATE,
  CHALLENGING
}

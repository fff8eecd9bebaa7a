package dev.limber.catalog;

/** Where a technique can be done: at a desk, at home, or on a bed. */
public enum Setting {
  DESK,
  HOME,
  BED
}

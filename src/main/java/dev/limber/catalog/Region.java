package dev.limber.catalog;

/** The part of the back a technique works on. */
public enum Region {
  UPPER_BACK,
  MID_BACK,
  LOWER_BACK;

  /** The planner's focus words: {@code upper}, {@code mid}, {@code lower}. */
  public String word() {
    return name().substring(0, name().indexOf('_')).toLowerCase(java.util.Locale.ROOT);
  }
}

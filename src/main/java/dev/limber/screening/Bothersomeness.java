package dev.limber.screening;

/** Item 9 of the STarT Back tool: how bothersome the back pain was in the last two weeks. */
public enum Bothersomeness {
  NOT_AT_ALL,
  SLIGHTLY,
  MODERATELY,
  VERY_MUCH,
  EXTREMELY;

  /** True when item 9 adds a point to the total score (very much or extremely). */
  public boolean scoresAPoint() {
    return this == VERY_MUCH || this == EXTREMELY;
  }
}

package dev.limber.catalog;

/** A side of the body: the side a one-sided technique's drawing shows, or its mirror image. */
public enum BodySide {
  LEFT,
  RIGHT;

  public BodySide opposite() {
    return this == LEFT ? RIGHT : LEFT;
  }
}

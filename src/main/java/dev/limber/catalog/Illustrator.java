package dev.limber.catalog;

import java.util.Optional;

/**
 * Draws a technique's illustration (the port the faces call; an SVG renderer is wired in by {@code
 * Main}). {@code side} is empty for a technique done on both sides at once.
 */
public interface Illustrator {
  /** The picture of the position reached at the end of {@code step} (1-based). */
  String still(Technique technique, int step, Optional<BodySide> side);

  /** The whole movement at the technique's pace, still for viewers who ask for reduced motion. */
  String animation(Technique technique, Optional<BodySide> side);
}

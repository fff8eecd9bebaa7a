package dev.limber.program;

/**
 * A technique of a program held back on a program day, and why: {@code rule} is the screening
 * exclusion's rule, F1, or {@code warm-up} (F8), and {@code reason} says it in plain words.
 */
public record HeldBack(String techniqueId, String name, String rule, String reason) {
  public HeldBack {
    if (techniqueId == null || name == null || rule == null || reason == null) {
      throw new IllegalArgumentException(
          "techniqueId, name, rule and reason are required: " + techniqueId + ", " + rule);
    }
  }
}

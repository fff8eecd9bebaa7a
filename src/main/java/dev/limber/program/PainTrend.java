package dev.limber.program;

import dev.limber.journal.PainReading;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.OptionalDouble;

/**
 * Which way a person's pain is going: the mean of their scores in the last {@link #WINDOW} against
 * the mean in the window before it; a change of {@link #POINTS} or more is a rise or a fall.
 */
public enum PainTrend {
  RISING("↑", "rising"),
  FALLING("↓", "easing"),
  STEADY("→", "steady"),
  /** Too few scores to compare: none in one of the two windows. */
  UNKNOWN("", "too few scores to tell");

  public static final Duration WINDOW = Duration.ofDays(7);
  public static final double POINTS = 1.0;

  private final String arrow;
  private final String words;

  PainTrend(String arrow, String words) {
    this.arrow = arrow;
    this.words = words;
  }

  /** The arrow shown beside the score (empty when unknown). */
  public String arrow() {
    return arrow;
  }

  /** The arrow in words, for a screen reader and the JSON: "rising". */
  public String words() {
    return words;
  }

  /** The trend of these readings as of {@code now}. */
  public static PainTrend of(List<PainReading> readings, Instant now) {
    Instant lastWindow = now.minus(WINDOW);
    Instant windowBefore = lastWindow.minus(WINDOW);
    OptionalDouble recent = mean(readings, lastWindow, now);
    OptionalDouble before = mean(readings, windowBefore, lastWindow);
    if (recent.isEmpty() || before.isEmpty()) {
      return UNKNOWN;
    }
    double change = recent.getAsDouble() - before.getAsDouble();
    if (change >= POINTS) {
      return RISING;
    }
    return change <= -POINTS ? FALLING : STEADY;
  }

  private static OptionalDouble mean(List<PainReading> readings, Instant from, Instant to) {
    return readings.stream()
        .filter(reading -> !reading.at().isBefore(from) && !reading.at().isAfter(to))
        .mapToInt(PainReading::pain)
        .average();
  }
}

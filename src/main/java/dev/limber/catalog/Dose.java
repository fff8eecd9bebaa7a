package dev.limber.catalog;

import dev.limber.json.JsonValue;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * How much of a technique to do. Fields a kind does not use are null: a {@code HOLD} has hold
 * seconds and repetitions, {@code REPETITIONS} has repetitions and seconds per repetition, {@code
 * CONTINUOUS} and {@code CRACK_ATTEMPT} have a duration.
 */
public record Dose(
    DoseKind kind, Range holdSeconds, Range reps, Integer secondsPerRep, Range durationSeconds)
    implements JsonValue {
  /** The longest hold the product ever asks for; spec/catalog.md dosing rules. */
  public static final int MAX_HOLD_SECONDS = 60;

  public Dose {
    if (kind == null) {
      throw new IllegalArgumentException("dose kind is required");
    }
    switch (kind) {
      case HOLD -> require(holdSeconds != null && reps != null, kind, "holdSeconds and reps");
      case REPETITIONS ->
          require(reps != null && secondsPerRep != null, kind, "reps and secondsPerRep");
      case CONTINUOUS, CRACK_ATTEMPT -> require(durationSeconds != null, kind, "durationSeconds");
    }
    if (holdSeconds != null && (holdSeconds.min() < 1 || holdSeconds.max() > MAX_HOLD_SECONDS)) {
      throw new IllegalArgumentException("holdSeconds outside 1–60: " + holdSeconds);
    }
    if (secondsPerRep != null && secondsPerRep < 1) {
      throw new IllegalArgumentException("secondsPerRep < 1: " + secondsPerRep);
    }
  }

  private static void require(boolean present, DoseKind kind, String fields) {
    if (!present) {
      throw new IllegalArgumentException(kind + " dose needs " + fields);
    }
  }

  public static Dose hold(Range holdSeconds, Range reps) {
    return new Dose(DoseKind.HOLD, holdSeconds, reps, null, null);
  }

  public static Dose repetitions(Range reps, int secondsPerRep) {
    return new Dose(DoseKind.REPETITIONS, null, reps, secondsPerRep, null);
  }

  public static Dose continuous(Range durationSeconds) {
    return new Dose(DoseKind.CONTINUOUS, null, null, null, durationSeconds);
  }

  public static Dose crackAttempt(Range durationSeconds) {
    return new Dose(DoseKind.CRACK_ATTEMPT, null, null, null, durationSeconds);
  }

  /** Plain words for a table cell: "10–30 s × 2–4", "5–10 slow reps", "one slow attempt". */
  public String describe() {
    return switch (kind) {
      case HOLD -> holdSeconds + " s × " + reps;
      case REPETITIONS -> reps + " slow reps";
      case CONTINUOUS -> durationSeconds + " s";
      case CRACK_ATTEMPT -> "one slow attempt (" + durationSeconds + " s)";
    };
  }

  @Override
  public Object toJson() {
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("kind", kind);
    if (holdSeconds != null) {
      json.put("holdSeconds", holdSeconds);
    }
    if (reps != null) {
      json.put("reps", reps);
    }
    if (secondsPerRep != null) {
      json.put("secondsPerRep", secondsPerRep);
    }
    if (durationSeconds != null) {
      json.put("durationSeconds", durationSeconds);
    }
    return json;
  }
}

package dev.limber.session;

import dev.limber.json.JsonValue;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One technique of a routine with the dose chosen for it: seconds per hold (per repetition for
 * counted movements, the whole duration for continuous work and a self-crack attempt), the
 * repetitions on each side, and the number of sides (2 for one-sided stretches, done on both).
 */
public record StepDose(String techniqueId, int holdSeconds, int reps, int sides)
    implements JsonValue {
  public StepDose {
    if (techniqueId == null || techniqueId.isBlank()) {
      throw new IllegalArgumentException("techniqueId is required");
    }
    if (holdSeconds < 1) {
      throw new IllegalArgumentException("holdSeconds < 1: " + holdSeconds);
    }
    if (reps < 1) {
      throw new IllegalArgumentException("reps < 1: " + reps);
    }
    if (sides != 1 && sides != 2) {
      throw new IllegalArgumentException("sides must be 1 or 2: " + sides);
    }
  }

  @Override
  public Object toJson() {
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("techniqueId", techniqueId);
    json.put("holdSeconds", holdSeconds);
    json.put("reps", reps);
    json.put("sides", sides);
    return json;
  }
}

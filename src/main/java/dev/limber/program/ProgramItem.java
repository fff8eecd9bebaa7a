package dev.limber.program;

import dev.limber.catalog.Dose;
import dev.limber.json.JsonValue;
import dev.limber.session.StepDose;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One prescribed technique with its dose: seconds per hold (per repetition for counted movements,
 * the whole duration for continuous work and a self-crack attempt), repetitions, and sides (2 for a
 * one-sided stretch done on both). {@link ProgramRule} checks it against the catalog.
 */
public record ProgramItem(String techniqueId, int holdSeconds, int reps, int sides)
    implements JsonValue {
  public ProgramItem {
    if (techniqueId == null || techniqueId.isBlank()) {
      throw new IllegalArgumentException("techniqueId is required");
    }
    if (holdSeconds < 1 || holdSeconds > Dose.MAX_HOLD_SECONDS) {
      throw new IllegalArgumentException("holdSeconds outside 1–60: " + holdSeconds);
    }
    if (reps < 1 || reps > 50) {
      throw new IllegalArgumentException("reps outside 1–50: " + reps);
    }
    if (sides != 1 && sides != 2) {
      throw new IllegalArgumentException("sides must be 1 or 2: " + sides);
    }
  }

  public StepDose toStepDose() {
    return new StepDose(techniqueId, holdSeconds, reps, sides);
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

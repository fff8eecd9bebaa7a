package dev.limber.planning;

import dev.limber.catalog.DoseKind;
import dev.limber.catalog.Laterality;
import dev.limber.catalog.Technique;
import dev.limber.json.JsonValue;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One technique of a routine with its dose: seconds per hold (per repetition for counted movements,
 * the whole duration for continuous work and a self-crack attempt), repetitions on each side, and
 * sides (2 for one-sided stretches, done on both). The dose always lies within the catalog's.
 */
public record RoutineStep(Technique technique, int holdSeconds, int reps, int sides)
    implements JsonValue {
  public RoutineStep {
    if (technique == null) {
      throw new IllegalArgumentException("technique is required");
    }
    int expectedSides = technique.laterality() == Laterality.EACH_SIDE ? 2 : 1;
    if (sides != expectedSides) {
      throw new IllegalArgumentException(
          technique.id() + ": sides must be " + expectedSides + ", found " + sides);
    }
    var dose = technique.dose();
    boolean inRange =
        switch (dose.kind()) {
          case HOLD -> dose.holdSeconds().contains(holdSeconds) && dose.reps().contains(reps);
          case REPETITIONS -> holdSeconds == dose.secondsPerRep() && dose.reps().contains(reps);
          case CONTINUOUS, CRACK_ATTEMPT ->
              dose.durationSeconds().contains(holdSeconds) && reps == 1;
        };
    if (!inRange) {
      throw new IllegalArgumentException(
          technique.id()
              + ": dose "
              + holdSeconds
              + " s × "
              + reps
              + " outside the catalog's "
              + dose.describe());
    }
  }

  /** The smallest dose the catalog allows, on both sides for one-sided stretches. */
  public static RoutineStep smallest(Technique technique) {
    var dose = technique.dose();
    int sides = technique.laterality() == Laterality.EACH_SIDE ? 2 : 1;
    return switch (dose.kind()) {
      case HOLD -> new RoutineStep(technique, dose.holdSeconds().min(), dose.reps().min(), sides);
      case REPETITIONS ->
          new RoutineStep(technique, dose.secondsPerRep(), dose.reps().min(), sides);
      case CONTINUOUS, CRACK_ATTEMPT ->
          new RoutineStep(technique, dose.durationSeconds().min(), 1, sides);
    };
  }

  public String techniqueId() {
    return technique.id();
  }

  public DoseKind kind() {
    return technique.dose().kind();
  }

  public boolean isSelfCrack() {
    return technique.isSelfCrack();
  }

  /** Seconds this step takes on the timeline, its get-ready included. */
  public int seconds() {
    return Pacing.stepSeconds(kind(), holdSeconds, reps, sides);
  }

  @Override
  public Object toJson() {
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("techniqueId", technique.id());
    json.put("name", technique.name());
    json.put("tags", technique.sortedTags());
    json.put("holdSeconds", holdSeconds);
    json.put("reps", reps);
    json.put("sides", sides);
    return json;
  }
}

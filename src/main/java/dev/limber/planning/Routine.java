package dev.limber.planning;

import dev.limber.catalog.Tag;
import dev.limber.json.JsonValue;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The techniques of one session in the order they are done, with their doses: stretches first, then
 * self-massage, then at most one self-crack technique, last.
 */
public record Routine(List<RoutineStep> steps) implements JsonValue {
  public Routine {
    steps = List.copyOf(steps);
    if (steps.isEmpty()) {
      throw new IllegalArgumentException("a routine needs at least one step");
    }
    long selfCracks = steps.stream().filter(RoutineStep::isSelfCrack).count();
    if (selfCracks > 1) {
      throw new IllegalArgumentException("more than one self-crack technique: " + selfCracks);
    }
    if (selfCracks == 1 && !steps.get(steps.size() - 1).isSelfCrack()) {
      throw new IllegalArgumentException("the self-crack technique must come last");
    }
    if (selfCracks == 1 && steps.stream().noneMatch(step -> step.technique().has(Tag.STRETCH))) {
      throw new IllegalArgumentException("a self-crack technique needs a stretch before it");
    }
  }

  /** Seconds the whole session takes: every step and the two pain checks. */
  public int totalSeconds() {
    return Pacing.routineSeconds(steps.stream().mapToInt(RoutineStep::seconds).sum());
  }

  public boolean holdsSelfCrack() {
    return steps.stream().anyMatch(RoutineStep::isSelfCrack);
  }

  public List<String> techniqueIds() {
    return steps.stream().map(RoutineStep::techniqueId).toList();
  }

  @Override
  public Object toJson() {
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("totalSeconds", totalSeconds());
    json.put("steps", steps);
    return json;
  }
}

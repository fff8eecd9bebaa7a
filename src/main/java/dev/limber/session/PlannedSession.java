package dev.limber.session;

import dev.limber.json.JsonValue;
import dev.limber.planning.Plan;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * A plan with its timeline, ready to play: the one JSON form of a plan that {@code limber plan
 * --json} and the API both print. The timeline is null when the plan has no routine.
 */
public record PlannedSession(Plan plan, Timeline timeline) implements JsonValue {
  public PlannedSession {
    if (plan == null || (plan.routine() == null) != (timeline == null)) {
      throw new IllegalArgumentException("a timeline goes with a routine and only with it");
    }
  }

  /** Expands the plan's routine, if it has one. */
  public static PlannedSession of(Plan plan) {
    return new PlannedSession(plan, plan.findRoutine().map(Timeline::expand).orElse(null));
  }

  public Optional<Timeline> findTimeline() {
    return Optional.ofNullable(timeline);
  }

  @Override
  public Object toJson() {
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("verdict", plan.verdict());
    plan.urgency().ifPresent(urgency -> json.put("urgency", urgency));
    json.put("reasons", plan.reasons());
    json.put("routine", plan.routine());
    json.put("timeline", timeline == null ? null : timeline.segments());
    json.put("leftOut", plan.leftOut());
    return json;
  }
}

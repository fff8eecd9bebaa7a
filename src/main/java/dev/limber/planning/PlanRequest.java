package dev.limber.planning;

import dev.limber.screening.ScreeningResult;
import java.util.Map;

/**
 * Everything the planner needs: today's screening, why the screening left each technique out
 * (technique id → filter or rule id, such as F2; may be empty, and the planner then names what the
 * result alone proves), the person's preferences, and recent history.
 */
public record PlanRequest(
    ScreeningResult screening,
    Map<String, String> screeningExclusions,
    Preferences preferences,
    RecentHistory history) {
  public PlanRequest {
    if (screening == null || preferences == null || history == null) {
      throw new IllegalArgumentException("screening, preferences and history are required");
    }
    screeningExclusions = Map.copyOf(screeningExclusions);
  }

  public PlanRequest(ScreeningResult screening, Preferences preferences, RecentHistory history) {
    this(screening, Map.of(), preferences, history);
  }
}

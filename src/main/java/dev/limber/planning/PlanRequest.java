package dev.limber.planning;

import dev.limber.screening.ScreeningResult;

/** Everything the planner needs: today's screening, the person's preferences, recent history. */
public record PlanRequest(
    ScreeningResult screening, Preferences preferences, RecentHistory history) {
  public PlanRequest {
    if (screening == null || preferences == null || history == null) {
      throw new IllegalArgumentException("screening, preferences and history are required");
    }
  }
}

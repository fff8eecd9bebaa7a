package dev.limber.planning;

import java.util.Map;

/**
 * What the journal says about the last few days, as far as planning needs it: whether today's one
 * self-crack session (X6) is used, and how many times each technique was done recently.
 */
public record RecentHistory(boolean selfCrackUsedToday, Map<String, Integer> timesDone) {
  public static final RecentHistory NONE = new RecentHistory(false, Map.of());

  /** How many days back "recently" reaches when the journal is read for variety. */
  public static final int DAYS = 3;

  public RecentHistory {
    timesDone = Map.copyOf(timesDone);
  }

  public int timesDone(String techniqueId) {
    return timesDone.getOrDefault(techniqueId, 0);
  }
}

package dev.limber.planning;

import dev.limber.json.JsonValue;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A technique the routine does not include and why: {@code reason} is a screening filter id (F1–F7)
 * or rule id (X6), or one of the planner's own codes in {@link #REASONS}; {@code detail} says it in
 * plain words.
 */
public record LeftOut(String techniqueId, String reason, String detail) implements JsonValue {
  /** The planner's own reason codes, beside the screening ids. */
  public static final Map<String, String> REASONS =
      Map.of(
          "screening", "today's screening does not allow it",
          "place", "cannot be done where you are",
          "equipment", "needs something you do not have at hand",
          "time", "no room left in the minutes you have",
          "default-off", "off by default; routines include it only when asked for",
          "variety", "done in the last few days; others come first for variety",
          "crack-not-wanted", "a self-crack technique, and you did not ask for one",
          "one-crack", "a routine holds at most one self-crack technique",
          "warm-up", "a self-crack technique needs a stretch before it, and none fits");

  public LeftOut {
    if (techniqueId == null || reason == null || detail == null) {
      throw new IllegalArgumentException("techniqueId, reason and detail are required");
    }
  }

  @Override
  public Object toJson() {
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("techniqueId", techniqueId);
    json.put("reason", reason);
    return json;
  }
}

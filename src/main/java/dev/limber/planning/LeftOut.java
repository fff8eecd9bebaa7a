package dev.limber.planning;

import dev.limber.json.JsonValue;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A technique the routine does not include and why: {@code reason} is a screening filter id (F1–F7)
 * or rule id (X6), or one of the planner's own codes in {@link #REASONS}; {@code detail} says it in
 * plain words, and {@code name} is the technique's name for people to read.
 */
public record LeftOut(String techniqueId, String reason, String detail, String name)
    implements JsonValue {
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
          "warm-up", "a self-crack technique needs a stretch before it, and none fits",
          "X6", "today's one self-crack session is already used");

  /** Plain words for the screening filters the planner can name from the verdict alone. */
  public static final Map<String, String> FILTER_WORDS =
      Map.of(
          "F1", "no self-cracking today: your screening allows stretches only",
          "F5", "too demanding for today: offered only when self-care is fine");

  public LeftOut {
    if (techniqueId == null || reason == null || detail == null) {
      throw new IllegalArgumentException("techniqueId, reason and detail are required");
    }
    if (name == null) {
      name = techniqueId;
    }
  }

  /** Left out with no name to show but the id. */
  public LeftOut(String techniqueId, String reason, String detail) {
    this(techniqueId, reason, detail, techniqueId);
  }

  @Override
  public Object toJson() {
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("techniqueId", techniqueId);
    json.put("reason", reason);
    return json;
  }
}

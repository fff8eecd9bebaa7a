package dev.limber.session;

import dev.limber.json.JsonValue;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One timeline segment as it went in a session. {@code techniqueId} is null for the pain checks,
 * {@code side} for two-sided work, {@code rep} for segments that are not one repetition.
 */
public record SegmentRecord(
    SegmentKind kind, String techniqueId, Side side, Integer rep, int seconds, Outcome outcome)
    implements JsonValue {
  public SegmentRecord {
    if (kind == null || outcome == null) {
      throw new IllegalArgumentException("kind and outcome are required");
    }
    if (seconds < 0) {
      throw new IllegalArgumentException("seconds < 0: " + seconds);
    }
    if (rep != null && rep < 1) {
      throw new IllegalArgumentException("rep < 1: " + rep);
    }
  }

  @Override
  public Object toJson() {
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("kind", kind);
    json.put("techniqueId", techniqueId);
    json.put("side", side);
    json.put("rep", rep);
    json.put("seconds", seconds);
    json.put("outcome", outcome);
    return json;
  }
}

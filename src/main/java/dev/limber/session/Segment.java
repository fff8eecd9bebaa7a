package dev.limber.session;

import dev.limber.json.JsonValue;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One stretch of time on a timeline: what to do, a label for people, its length in seconds, the
 * technique it belongs to (null for the pain checks), the side (null for two-sided work) and the
 * repetition (null unless it is one hold).
 */
public record Segment(
    SegmentKind kind, String label, int seconds, String techniqueId, Side side, Integer rep)
    implements JsonValue {
  public Segment {
    if (kind == null || label == null || label.isBlank()) {
      throw new IllegalArgumentException("kind and label are required");
    }
    if (seconds < 1) {
      throw new IllegalArgumentException("seconds < 1: " + seconds);
    }
    if ((kind == SegmentKind.PAIN_CHECK) != (techniqueId == null)) {
      throw new IllegalArgumentException("only a pain check has no technique: " + kind);
    }
  }

  /** This segment as the session record keeps it. */
  public SegmentRecord recordAs(Outcome outcome) {
    return new SegmentRecord(kind, techniqueId, side, rep, seconds, outcome);
  }

  @Override
  public Object toJson() {
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("kind", kind);
    json.put("label", label);
    json.put("seconds", seconds);
    json.put("techniqueId", techniqueId);
    json.put("side", side);
    json.put("rep", rep);
    return json;
  }
}

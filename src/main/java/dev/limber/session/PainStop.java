package dev.limber.session;

import dev.limber.json.JsonValue;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Where a session was stopped for pain: the segment's index in the timeline, its technique (null
 * during a pain check), the pain score given, and whether it happened during a self-crack technique
 * (the next screening then answers S5 rather than S6).
 */
public record PainStop(int segmentIndex, String techniqueId, int painScore, boolean duringSelfCrack)
    implements JsonValue {
  public PainStop {
    if (segmentIndex < 0) {
      throw new IllegalArgumentException("segmentIndex < 0: " + segmentIndex);
    }
    if (painScore < 0 || painScore > 10) {
      throw new IllegalArgumentException("painScore outside 0–10: " + painScore);
    }
  }

  @Override
  public Object toJson() {
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("segmentIndex", segmentIndex);
    json.put("techniqueId", techniqueId);
    json.put("painScore", painScore);
    json.put("duringSelfCrack", duringSelfCrack);
    return json;
  }
}

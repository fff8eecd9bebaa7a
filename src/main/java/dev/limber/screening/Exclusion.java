package dev.limber.screening;

import dev.limber.json.JsonValue;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Why a technique is left out today: the id of the filter (F1–F7) or of the decisive rule when the
 * verdict offers no session, and the reason in words.
 */
public record Exclusion(String rule, String reason) implements JsonValue {
  @Override
  public Object toJson() {
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("rule", rule);
    json.put("reason", reason);
    return json;
  }
}

package dev.limber.program;

import dev.limber.json.JsonValue;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Something a clinician should look at, derived from the person's journal: its kind, when, the
 * detail in words, and a key that stays the same every time it is derived, so an acknowledgement
 * sticks to it.
 */
public record Alert(String key, AlertKind kind, Instant at, String detail) implements JsonValue {
  public Alert {
    if (key == null || kind == null || at == null || detail == null) {
      throw new IllegalArgumentException("key, kind, at and detail are required");
    }
  }

  @Override
  public Object toJson() {
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("key", key);
    json.put("kind", kind);
    json.put("at", at.toString());
    json.put("detail", detail);
    return json;
  }
}

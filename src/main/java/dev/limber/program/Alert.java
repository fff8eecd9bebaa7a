package dev.limber.program;

import dev.limber.json.JsonValue;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Something a clinician should look at, derived from the person's journal: its kind (with its
 * priority), when, the detail in words, and a key that stays the same every time it is derived, so
 * an acknowledgement sticks to it.
 */
public record Alert(String key, AlertKind kind, Instant at, String detail) implements JsonValue {
  public Alert {
    if (key == null || kind == null || at == null || detail == null) {
      throw new IllegalArgumentException("key, kind, at and detail are required");
    }
  }

  /** Normal priority first, then newest first: the order every alert list shows. */
  public static final java.util.Comparator<Alert> BY_PRIORITY_THEN_NEWEST =
      java.util.Comparator.comparing((Alert alert) -> alert.kind().priority())
          .thenComparing(Alert::at, java.util.Comparator.reverseOrder());

  public AlertKind.Priority priority() {
    return kind.priority();
  }

  @Override
  public Object toJson() {
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("key", key);
    json.put("kind", kind);
    json.put("priority", kind.priority());
    json.put("at", at.toString());
    json.put("detail", detail);
    return json;
  }
}

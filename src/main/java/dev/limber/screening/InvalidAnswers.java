package dev.limber.screening;

import dev.limber.json.FieldError;
import dev.limber.json.JsonValue;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Answers that were rejected: every problem with its field path, and the emergency notice. Printed
 * the same by the CLI (exit 2) and the API (HTTP 400).
 */
public record InvalidAnswers(List<FieldError> errors) implements JsonValue {
  public InvalidAnswers {
    errors = List.copyOf(errors);
    if (errors.isEmpty()) {
      throw new IllegalArgumentException("a rejection needs at least one error");
    }
  }

  public String emergencyNotice() {
    return EmergencyNotice.text();
  }

  @Override
  public Object toJson() {
    Map<String, Object> json = new LinkedHashMap<>();
    json.put(
        "errors",
        errors.stream()
            .map(
                error -> {
                  Map<String, Object> item = new LinkedHashMap<>();
                  item.put("field", error.field());
                  item.put("message", error.message());
                  return item;
                })
            .toList());
    json.put("emergencyNotice", EmergencyNotice.text());
    return json;
  }
}

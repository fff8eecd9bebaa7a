package dev.limber.json;

import java.util.LinkedHashMap;
import java.util.Map;

/** One problem with an input document: the field's path ({@code symptoms.painScore}) and why. */
public record FieldError(String field, String message) implements JsonValue {
  public FieldError {
    if (field == null || message == null) {
      throw new IllegalArgumentException("field and message are required");
    }
  }

  /** Always {@code field} then {@code message}, so answers read the same from run to run. */
  @Override
  public Object toJson() {
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("field", field);
    json.put("message", message);
    return json;
  }

  @Override
  public String toString() {
    return field + ": " + message;
  }
}

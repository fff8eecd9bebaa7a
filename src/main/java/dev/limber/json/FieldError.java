package dev.limber.json;

/** One problem with an input document: the field's path ({@code symptoms.painScore}) and why. */
public record FieldError(String field, String message) implements JsonValue {
  public FieldError {
    if (field == null || message == null) {
      throw new IllegalArgumentException("field and message are required");
    }
  }

  @Override
  public Object toJson() {
    return java.util.Map.of("field", field, "message", message);
  }

  @Override
  public String toString() {
    return field + ": " + message;
  }
}

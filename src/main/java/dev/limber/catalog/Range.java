package dev.limber.catalog;

import dev.limber.json.JsonValue;
import java.util.LinkedHashMap;
import java.util.Map;

/** An inclusive whole-number range, such as a hold of 10–30 seconds. */
public record Range(int min, int max) implements JsonValue {
  public Range {
    if (min < 0) {
      throw new IllegalArgumentException("min < 0: " + min);
    }
    if (min > max) {
      throw new IllegalArgumentException("min " + min + " > max " + max);
    }
  }

  public static Range exactly(int value) {
    return new Range(value, value);
  }

  public boolean contains(int value) {
    return value >= min && value <= max;
  }

  @Override
  public Object toJson() {
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("min", min);
    json.put("max", max);
    return json;
  }

  @Override
  public String toString() {
    return min == max ? Integer.toString(min) : min + "–" + max;
  }
}

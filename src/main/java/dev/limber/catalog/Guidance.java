package dev.limber.catalog;

import dev.limber.json.JsonValue;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A piece of general guidance shown with every routine, with its sources. */
public record Guidance(String text, List<Source> sources) implements JsonValue {
  public Guidance {
    if (text == null || text.isBlank()) {
      throw new IllegalArgumentException("guidance text is required");
    }
    if (sources == null || sources.isEmpty()) {
      throw new IllegalArgumentException("guidance needs a source: " + text);
    }
    sources = List.copyOf(sources);
  }

  @Override
  public Object toJson() {
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("text", text);
    json.put("sources", sources);
    return json;
  }
}

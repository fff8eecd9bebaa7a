package dev.limber.catalog;

import dev.limber.json.JsonValue;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A piece of general guidance shown with a routine, with its sources; guidance about self-cracking
 * is shown only with a routine that holds a self-crack (spec rev. 3, §6).
 */
public record Guidance(String text, List<Source> sources, boolean aboutSelfCracking)
    implements JsonValue {
  public Guidance {
    if (text == null || text.isBlank()) {
      throw new IllegalArgumentException("guidance text is required");
    }
    if (sources == null || sources.isEmpty()) {
      throw new IllegalArgumentException("guidance needs a source: " + text);
    }
    sources = List.copyOf(sources);
  }

  /** Guidance for every routine, whatever it holds. */
  public Guidance(String text, List<Source> sources) {
    this(text, sources, false);
  }

  @Override
  public Object toJson() {
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("text", text);
    json.put("sources", sources);
    return json;
  }
}

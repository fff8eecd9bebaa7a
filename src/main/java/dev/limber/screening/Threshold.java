package dev.limber.screening;

import dev.limber.json.JsonValue;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** One named number the rules use, with the rules that use it, why it is so, and its sources. */
public record Threshold(
    String name,
    int value,
    ThresholdKind kind,
    List<String> usedBy,
    String rationale,
    List<String> sources)
    implements JsonValue {
  public Threshold {
    usedBy = List.copyOf(usedBy);
    sources = List.copyOf(sources);
    if (usedBy.isEmpty() || sources.isEmpty() || rationale.isBlank()) {
      throw new IllegalArgumentException(name + ": a threshold needs users, sources and a reason");
    }
  }

  @Override
  public Object toJson() {
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("name", name);
    json.put("value", value);
    json.put("kind", kind);
    json.put("usedBy", usedBy);
    json.put("rationale", rationale);
    json.put("sources", sources);
    return json;
  }
}

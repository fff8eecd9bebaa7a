package dev.limber.screening;

import dev.limber.json.JsonValue;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** One triggered rule in a screening result: its spec id, a message in plain words, its sources. */
public record Reason(String rule, String message, List<String> sources) implements JsonValue {
  public Reason {
    if (rule == null || rule.isBlank() || message == null || message.isBlank()) {
      throw new IllegalArgumentException("a reason needs a rule id and a message: " + rule);
    }
    if (sources == null || sources.isEmpty()) {
      throw new IllegalArgumentException("a reason needs a source: " + rule);
    }
    sources = List.copyOf(sources);
  }

  @Override
  public Object toJson() {
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("rule", rule);
    json.put("message", message);
    json.put("sources", sources);
    return json;
  }
}

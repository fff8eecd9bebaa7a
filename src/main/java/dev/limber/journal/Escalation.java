package dev.limber.journal;

import dev.limber.json.JsonValue;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A reason the journal gives to see a professional: the screening rule it matches (S4, S8, S11),
 * that rule's message and sources, and the evidence from the journal in plain words.
 */
public record Escalation(String rule, String message, List<String> sources, String evidence)
    implements JsonValue {
  public Escalation {
    if (rule == null || message == null || evidence == null || sources.isEmpty()) {
      throw new IllegalArgumentException("an escalation needs a rule, message, evidence, sources");
    }
    sources = List.copyOf(sources);
  }

  @Override
  public Object toJson() {
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("rule", rule);
    json.put("message", message);
    json.put("sources", sources);
    json.put("evidence", evidence);
    return json;
  }
}

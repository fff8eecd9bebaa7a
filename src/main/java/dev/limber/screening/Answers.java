package dev.limber.screening;

import dev.limber.json.JsonValue;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * One person's validated screening answers. Built by {@link AnswersReader}, which rejects anything
 * not in the contract; {@link #toJson()} writes the document back in the same contract.
 */
public record Answers(Set<Condition> conditions, Symptoms symptoms, History history)
    implements JsonValue {
  public Answers {
    conditions = conditions.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(conditions));
    if (symptoms == null || history == null) {
      throw new IllegalArgumentException("symptoms and history are required");
    }
  }

  public boolean has(Condition condition) {
    return conditions.contains(condition);
  }

  public boolean hasAny(Set<Condition> wanted) {
    return wanted.stream().anyMatch(conditions::contains);
  }

  @Override
  public Object toJson() {
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("conditions", Symptoms.sorted(conditions, Condition.class));
    json.put("symptoms", symptoms.toJson());
    json.put("history", history.toJson());
    return json;
  }
}

package dev.limber.journal;

import dev.limber.json.Json;
import dev.limber.json.JsonValue;
import dev.limber.screening.Verdict;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One screening kept as an audit trail: when, the answers exactly as given (a JSON tree), the
 * verdict, and the ids of every rule that fired, in report order.
 */
public record ScreeningRecord(Instant at, Object answers, Verdict verdict, List<String> ruleIds)
    implements JsonValue {
  public ScreeningRecord {
    if (at == null || verdict == null) {
      throw new IllegalArgumentException("at and verdict are required");
    }
    if (!(answers instanceof Map<?, ?>)) {
      throw new IllegalArgumentException("answers must be a JSON object: " + answers);
    }
    at = at.truncatedTo(ChronoUnit.MICROS);
    // A canonical copy: the record compares equal to what any store gives back.
    answers = Json.parse(Json.write(answers));
    ruleIds = List.copyOf(ruleIds);
    for (String ruleId : ruleIds) {
      if (ruleId.isBlank() || ruleId.contains(" ")) {
        throw new IllegalArgumentException("rule id must be one word: \"" + ruleId + "\"");
      }
    }
  }

  /** The answers as compact JSON text. */
  public String answersJson() {
    return Json.write(answers);
  }

  @Override
  public Object toJson() {
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("at", at.toString());
    json.put("verdict", verdict);
    json.put("ruleIds", ruleIds);
    json.put("answers", answers);
    return json;
  }
}

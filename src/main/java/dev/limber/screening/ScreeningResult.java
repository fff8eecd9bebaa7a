package dev.limber.screening;

import dev.limber.catalog.Technique;
import dev.limber.json.JsonValue;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The answer of a screening (spec/screening.md §6): the verdict, every rule that fired, the
 * techniques allowed today in order (stretches before any self-crack; none unless the verdict
 * allows a session), advisories, and the fixed emergency notice.
 */
public record ScreeningResult(
    Verdict verdict,
    List<Reason> reasons,
    List<Technique> techniques,
    List<String> advisories,
    String emergencyNotice)
    implements JsonValue {
  public ScreeningResult {
    reasons = List.copyOf(reasons);
    techniques = List.copyOf(techniques);
    advisories = List.copyOf(advisories);
    if (!verdict.allowsSession() && !techniques.isEmpty()) {
      throw new IllegalArgumentException(verdict + " must not list techniques");
    }
  }

  /** The spec ids of every rule that fired, in report order. */
  public List<String> ruleIds() {
    return reasons.stream().map(Reason::rule).toList();
  }

  @Override
  public Object toJson() {
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("verdict", verdict);
    json.put("reasons", reasons);
    json.put("techniques", techniques.stream().map(Technique::toSummaryJson).toList());
    json.put("advisories", advisories);
    json.put("emergencyNotice", emergencyNotice);
    return json;
  }
}

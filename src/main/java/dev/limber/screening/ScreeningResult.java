package dev.limber.screening;

import dev.limber.catalog.Technique;
import dev.limber.json.JsonValue;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The answer of a screening (spec/screening.md §6): the verdict, every rule that fired, the
 * techniques allowed today in order (stretches before any self-crack; none unless the verdict
 * allows a session), advisories, and the fixed emergency notice. An URGENT result says how urgent
 * (rev. 2): EMERGENCY when an emergency-tier rule fired, else TODAY.
 */
public record ScreeningResult(
    Verdict verdict,
    Optional<Urgency> urgency,
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
    if ((verdict == Verdict.URGENT) != urgency.isPresent()) {
      throw new IllegalArgumentException(
          "an urgency goes with URGENT and only with it: " + urgency);
    }
  }

  /** The same result with these reasons, as when a journal adds where a pain flag came from. */
  public ScreeningResult withReasons(List<Reason> newReasons) {
    return new ScreeningResult(
        verdict, urgency, newReasons, techniques, advisories, emergencyNotice);
  }

  /** The spec ids of every rule that fired, in report order. */
  public List<String> ruleIds() {
    return reasons.stream().map(Reason::rule).toList();
  }

  @Override
  public Object toJson() {
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("verdict", verdict);
    urgency.ifPresent(level -> json.put("urgency", level));
    json.put("reasons", reasons);
    json.put("techniques", techniques.stream().map(Technique::toSummaryJson).toList());
    json.put("advisories", advisories);
    json.put("emergencyNotice", emergencyNotice);
    return json;
  }
}

package dev.limber.screening;

import dev.limber.json.JsonValue;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Every screening rule, filter and threshold with its words and sources, as {@link RuleBookReader}
 * reads them from the rule data (src/main/resources/screening/rules.json) joined to the triggers in
 * code. Immutable.
 */
public final class RuleBook implements JsonValue {
  /** The rule data shipped in the jar. */
  public static final String BUNDLED_RESOURCE = "/screening/rules.json";

  private final List<Rule> rules;
  private final List<Filter> filters;
  private final List<Threshold> thresholds;
  private final Policy policy;
  private final Map<Verdict, String> verdictAdvice;
  private final Map<Urgency, String> urgencyAdvice;
  private final String physiotherapistFirst;
  private final String nothingLeft;
  private final Reason programLink;

  RuleBook(
      List<Rule> rules,
      List<Filter> filters,
      List<Threshold> thresholds,
      Policy policy,
      Map<Verdict, String> verdictAdvice,
      Map<Urgency, String> urgencyAdvice,
      String physiotherapistFirst,
      String nothingLeft,
      Reason programLink) {
    this.rules = List.copyOf(rules);
    this.filters = List.copyOf(filters);
    this.thresholds = List.copyOf(thresholds);
    this.policy = policy;
    this.verdictAdvice = Map.copyOf(verdictAdvice);
    this.urgencyAdvice = Map.copyOf(urgencyAdvice);
    this.physiotherapistFirst = physiotherapistFirst;
    this.nothingLeft = nothingLeft;
    this.programLink = programLink;
  }

  private static final class Bundled {
    static final RuleBook INSTANCE = RuleBookReader.readResource(BUNDLED_RESOURCE);
  }

  /** The rule data shipped in the jar, read once; a broken file is a build defect. */
  public static RuleBook bundled() {
    return Bundled.INSTANCE;
  }

  /** Every rule in report order (U1–U13, S1–S12, S14, X1–X9). */
  public List<Rule> rules() {
    return rules;
  }

  /** Filters F1–F9 in order. */
  public List<Filter> filters() {
    return filters;
  }

  public List<Threshold> thresholds() {
    return thresholds;
  }

  public Policy policy() {
    return policy;
  }

  /** The rule with this id, or {@link IllegalArgumentException} naming it. */
  public Rule requireRule(String id) {
    return rules.stream()
        .filter(rule -> rule.id().equals(id))
        .findFirst()
        .orElseThrow(() -> new IllegalArgumentException("no rule with id " + id));
  }

  public Filter requireFilter(String id) {
    return filters.stream()
        .filter(filter -> filter.id().equals(id))
        .findFirst()
        .orElseThrow(() -> new IllegalArgumentException("no filter with id " + id));
  }

  public String adviceFor(Verdict verdict) {
    return verdictAdvice.get(verdict);
  }

  /** The headline for an URGENT verdict of this urgency (rev. 2). */
  public String adviceFor(Urgency urgency) {
    return urgencyAdvice.get(urgency);
  }

  /** The advisory present in every result: check with a physiotherapist before self-cracking. */
  public String physiotherapistFirst() {
    return physiotherapistFirst;
  }

  /** F9's advice when no technique is left. */
  public String nothingLeft() {
    return nothingLeft;
  }

  /** The reason shown when rule P1 lets a linked person's program stretches go ahead. */
  public Reason programLink() {
    return programLink;
  }

  /** The rule book as {@code limber rules --json} and {@code GET /api/rules} print it. */
  @Override
  public Object toJson() {
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("rules", rules);
    json.put("filters", filters);
    json.put("thresholds", thresholds);
    json.put("emergencyNotice", EmergencyNotice.text());
    json.put("emergencyNumber", EmergencyNotice.number());
    return json;
  }
}

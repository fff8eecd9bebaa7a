package dev.limber.screening;

import dev.limber.json.FieldError;
import dev.limber.json.Fields;
import dev.limber.json.Json;
import dev.limber.json.JsonSyntaxException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads rule data (src/main/resources/screening/rules.json) into a {@link RuleBook}, joining each
 * rule and filter to its trigger in code; reading fails when data and code disagree on a single id,
 * so neither can drift from the other.
 */
public final class RuleBookReader {
  public static final int FORMAT_VERSION = 2;

  private static final Pattern PLACEHOLDER = Pattern.compile("\\{([A-Za-z]+)}");

  private RuleBookReader() {}

  /** Reads rule data from the classpath. */
  static RuleBook readResource(String resource) {
    try (InputStream in = RuleBookReader.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("rule data missing: " + resource);
      }
      return read(resource, new String(in.readAllBytes(), StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException("read rule data " + resource, e);
    }
  }

  /**
   * Reads rule data; throws {@link IllegalArgumentException} listing every fault, naming {@code
   * file}.
   */
  public static RuleBook read(String file, String text) {
    Object tree;
    try {
      tree = Json.parse(text);
    } catch (JsonSyntaxException e) {
      throw invalid(file, List.of(new FieldError("(file)", e.getMessage())));
    }
    List<FieldError> errors = new ArrayList<>();
    Fields root = Fields.root(tree, "(file)", errors);
    root.allowOnly(
        "formatVersion",
        "rules",
        "filters",
        "thresholds",
        "verdictAdvice",
        "urgencyAdvice",
        "advisories",
        "emergencyNumber");
    root.integer("formatVersion", FORMAT_VERSION, FORMAT_VERSION);

    List<Threshold> thresholds = thresholds(root, errors);
    Map<String, Integer> values = new LinkedHashMap<>();
    thresholds.forEach(threshold -> values.put(threshold.name(), threshold.value()));
    if (!errors.isEmpty()) {
      throw invalid(file, errors);
    }
    Policy policy;
    try {
      policy = Policy.of(values);
    } catch (IllegalArgumentException e) {
      throw invalid(file, List.of(new FieldError("thresholds", e.getMessage())));
    }

    List<Rule> rules = rules(root, SafetyRules.triggers(policy), values, errors);
    List<Filter> filters = filters(root, TechniqueFilters.tests(policy), values, errors);
    Map<Verdict, String> advice = verdictAdvice(root, errors);
    Map<Urgency, String> urgency = urgencyAdvice(root, errors);
    Fields advisories = root.object("advisories");
    advisories.allowOnly("physiotherapistFirst", "nothingLeft", "programLink");
    String physiotherapistFirst = advisory(advisories, "physiotherapistFirst");
    String nothingLeft = advisory(advisories, "nothingLeft");
    Fields programLinkItem = advisories.object("programLink");
    programLinkItem.allowOnly("text", "sources");
    List<String> programLinkSources = nonEmptyStrings(programLinkItem, "sources");
    String programLinkText = programLinkItem.string("text");
    checkThresholdUsers(thresholds, rules, filters, errors);
    Fields emergency = root.object("emergencyNumber");
    emergency.allowOnly("value", "rationale", "sources");
    String emergencyNumber = emergency.string("value");
    emergency.string("rationale");
    nonEmptyStrings(emergency, "sources");
    if (emergencyNumber != null && !emergencyNumber.equals(EmergencyNotice.DEFAULT_NUMBER)) {
      // The notice must show even when this file fails to load, so the code holds the default.
      emergency.reject(
          "value",
          "must be the code's default " + EmergencyNotice.DEFAULT_NUMBER + ": " + emergencyNumber);
    }
    if (!errors.isEmpty()) {
      throw invalid(file, errors);
    }
    return new RuleBook(
        rules,
        filters,
        thresholds,
        policy,
        advice,
        urgency,
        physiotherapistFirst,
        nothingLeft,
        new Reason(ProgramLinkRule.ID, programLinkText, programLinkSources));
  }

  private static IllegalArgumentException invalid(String file, List<FieldError> errors) {
    StringBuilder message = new StringBuilder("invalid rule data " + file + ":");
    errors.forEach(error -> message.append("\n  ").append(error));
    return new IllegalArgumentException(message.toString());
  }

  private static List<Threshold> thresholds(Fields root, List<FieldError> errors) {
    List<Threshold> thresholds = new ArrayList<>();
    List<Fields> items = root.objects("thresholds");
    for (Fields item : items) {
      int before = errors.size();
      item.allowOnly("name", "value", "kind", "usedBy", "rationale", "sources");
      String name = item.string("name");
      Integer value = item.integer("value", 0, 1000);
      ThresholdKind kind = item.enumValue("kind", ThresholdKind.class);
      List<String> usedBy = nonEmptyStrings(item, "usedBy");
      String rationale = item.string("rationale");
      List<String> sources = nonEmptyStrings(item, "sources");
      if (name != null && !Policy.NAMES.contains(name)) {
        item.reject("name", "unknown threshold " + Json.quote(name) + "; known: " + Policy.NAMES);
      }
      if (name != null && thresholds.stream().anyMatch(known -> known.name().equals(name))) {
        item.reject("name", "repeats " + Json.quote(name));
      }
      if (errors.size() == before) {
        thresholds.add(new Threshold(name, value, kind, usedBy, rationale, sources));
      }
    }
    return thresholds;
  }

  private static List<Rule> rules(
      Fields root,
      Map<String, Predicate<Answers>> triggers,
      Map<String, Integer> values,
      List<FieldError> errors) {
    List<Rule> rules = new ArrayList<>();
    List<Fields> items = root.objects("rules");
    List<String> ids = new ArrayList<>();
    for (Fields item : items) {
      int before = errors.size();
      item.allowOnly("id", "verdict", "trigger", "message", "allows", "whenCovered", "sources");
      String id = item.string("id");
      Verdict verdict = item.enumValue("verdict", Verdict.class);
      String trigger = fill(item, "trigger", values);
      String message = fill(item, "message", values);
      Optional<String> allows =
          item.has("allows") ? Optional.ofNullable(fill(item, "allows", values)) : Optional.empty();
      if (allows.isPresent() && verdict != null && !verdict.allowsSession()) {
        item.reject(
            "allows", "only a rule whose verdict allows a session says what it allows, not " + id);
      }
      Optional<String> whenCovered =
          item.has("whenCovered")
              ? Optional.ofNullable(fill(item, "whenCovered", values))
              : Optional.empty();
      if (id != null && whenCovered.isPresent() && !ProgramLinkRule.LIFTS.contains(id)) {
        item.reject("whenCovered", "only a rule P1 can cover has words for it, not " + id);
      }
      List<String> sources = nonEmptyStrings(item, "sources");
      if (id != null) {
        ids.add(id);
        if (!triggers.containsKey(id)) {
          item.reject("id", "no trigger in code for rule " + Json.quote(id));
        } else if (verdict != null && verdict != verdictOf(id)) {
          item.reject("verdict", "rule " + id + " must give " + verdictOf(id));
        }
      }
      if (errors.size() == before) {
        rules.add(
            new Rule(
                id, verdict, trigger, message, allows, whenCovered, sources, triggers.get(id)));
      }
    }
    if (!ids.equals(List.copyOf(triggers.keySet()))) {
      errors.add(
          new FieldError(
              "rules", "must list exactly " + triggers.keySet() + " in that order, found " + ids));
    }
    return rules;
  }

  /** The verdict a rule id demands by its letter (spec/screening.md §4). */
  private static Verdict verdictOf(String id) {
    return switch (id.charAt(0)) {
      case 'U' -> Verdict.URGENT;
      case 'S' -> Verdict.SEE_PROFESSIONAL;
      default -> Verdict.STRETCH_ONLY;
    };
  }

  private static List<Filter> filters(
      Fields root,
      Map<String, Filter.Test> tests,
      Map<String, Integer> values,
      List<FieldError> errors) {
    List<Filter> filters = new ArrayList<>();
    List<String> ids = new ArrayList<>();
    for (Fields item : root.objects("filters")) {
      int before = errors.size();
      item.allowOnly("id", "rule", "reason", "sources");
      String id = item.string("id");
      String rule = fill(item, "rule", values);
      String reason = fill(item, "reason", values);
      List<String> sources = nonEmptyStrings(item, "sources");
      if (id != null) {
        ids.add(id);
        if (!tests.containsKey(id)) {
          item.reject("id", "no test in code for filter " + Json.quote(id));
        }
      }
      if (errors.size() == before) {
        filters.add(new Filter(id, rule, reason, sources, tests.get(id)));
      }
    }
    if (!ids.equals(List.copyOf(tests.keySet()))) {
      errors.add(
          new FieldError(
              "filters", "must list exactly " + tests.keySet() + " in that order, found " + ids));
    }
    return filters;
  }

  private static Map<Verdict, String> verdictAdvice(Fields root, List<FieldError> errors) {
    Map<Verdict, String> advice = new EnumMap<>(Verdict.class);
    for (Fields item : root.objects("verdictAdvice")) {
      item.allowOnly("verdict", "text");
      Verdict verdict = item.enumValue("verdict", Verdict.class);
      String text = item.string("text");
      if (verdict != null && text != null && advice.put(verdict, text) != null) {
        item.reject("verdict", "repeats " + verdict);
      }
    }
    if (advice.size() != Verdict.values().length && errors.isEmpty()) {
      errors.add(new FieldError("verdictAdvice", "needs advice for every verdict"));
    }
    return advice;
  }

  private static Map<Urgency, String> urgencyAdvice(Fields root, List<FieldError> errors) {
    Map<Urgency, String> advice = new EnumMap<>(Urgency.class);
    for (Fields item : root.objects("urgencyAdvice")) {
      item.allowOnly("urgency", "text");
      Urgency urgency = item.enumValue("urgency", Urgency.class);
      String text = item.string("text");
      if (urgency != null && text != null && advice.put(urgency, text) != null) {
        item.reject("urgency", "repeats " + urgency);
      }
    }
    if (advice.size() != Urgency.values().length && errors.isEmpty()) {
      errors.add(new FieldError("urgencyAdvice", "needs advice for every urgency"));
    }
    return advice;
  }

  private static String advisory(Fields advisories, String name) {
    Fields item = advisories.object(name);
    item.allowOnly("text", "sources");
    nonEmptyStrings(item, "sources");
    return item.string("text");
  }

  private static List<String> nonEmptyStrings(Fields item, String name) {
    List<String> values = item.strings(name);
    if (values.isEmpty() && item.has(name)) {
      item.reject(name, "must not be empty");
    }
    return values;
  }

  /** Reads a text and replaces each {@code {thresholdName}} with that threshold's value. */
  private static String fill(Fields item, String name, Map<String, Integer> values) {
    String text = item.string(name);
    if (text == null) {
      return null;
    }
    Matcher matcher = PLACEHOLDER.matcher(text);
    StringBuilder filled = new StringBuilder();
    while (matcher.find()) {
      if (matcher.group(1).equals("backOn")) {
        // F10's day a technique comes back is filled per person when the filter applies.
        matcher.appendReplacement(filled, Matcher.quoteReplacement(matcher.group()));
        continue;
      }
      Integer value = values.get(matcher.group(1));
      if (value == null) {
        item.reject(name, "unknown threshold {" + matcher.group(1) + "}");
        return null;
      }
      matcher.appendReplacement(filled, value.toString());
    }
    matcher.appendTail(filled);
    return filled.toString();
  }

  private static void checkThresholdUsers(
      List<Threshold> thresholds, List<Rule> rules, List<Filter> filters, List<FieldError> errors) {
    Set<String> ids = new HashSet<>();
    rules.forEach(rule -> ids.add(rule.id()));
    filters.forEach(filter -> ids.add(filter.id()));
    for (Threshold threshold : thresholds) {
      for (String user : threshold.usedBy()) {
        if (!ids.contains(user)) {
          errors.add(
              new FieldError("thresholds." + threshold.name() + ".usedBy", "unknown rule " + user));
        }
      }
    }
  }
}

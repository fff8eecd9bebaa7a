package dev.limber.screening;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Answers documents for tests: a baseline that screens CLEAR, changed one field at a time. */
final class Documents {
  private final Map<String, Object> tree;

  private Documents(Map<String, Object> tree) {
    this.tree = tree;
  }

  /**
   * An adult with mild, recent stiffness, no conditions, no red flags, who can do every position:
   * CLEAR.
   */
  /** The red flags every document must answer (rev. 2). */
  static final List<String> RED_FLAGS =
      List.of(
          "bladderOrBowelChange",
          "chestPain",
          "fever",
          "unexplainedWeightLoss",
          "swelling",
          "nightPainOrUnrelievedByRest",
          "painWorseWithCoughSneeze");

  static Documents clear() {
    Map<String, Object> symptoms = new LinkedHashMap<>();
    symptoms.put("painScore", BigInteger.valueOf(2));
    symptoms.put("painDurationWeeks", BigInteger.ONE);
    symptoms.put("numbness", new ArrayList<>());
    symptoms.put("weakness", new ArrayList<>());
    for (String redFlag : RED_FLAGS) {
      symptoms.put(redFlag, false);
    }
    Map<String, Object> history = new LinkedHashMap<>();
    history.put("ageYears", BigInteger.valueOf(34));
    history.put("recentTrauma", "NONE");
    history.put("firstEpisode", false);
    history.put("canGetDownToFloor", true);
    history.put("canLieFlatWithoutBackDiscomfort", true);
    history.put("canReachMidBack", true);
    Map<String, Object> root = new LinkedHashMap<>();
    root.put("conditions", new ArrayList<>());
    root.put("symptoms", symptoms);
    root.put("history", history);
    return new Documents(root);
  }

  /** Sets a field by dotted path ({@code symptoms.painScore}); ints become JSON integers. */
  Documents with(String path, Object value) {
    String[] parts = path.split("\\.");
    Map<String, Object> object = tree;
    for (int index = 0; index < parts.length - 1; index++) {
      object = asObject(object.get(parts[index]));
    }
    object.put(parts[parts.length - 1], jsonValue(value));
    return this;
  }

  Documents without(String path) {
    String[] parts = path.split("\\.");
    Map<String, Object> object = tree;
    for (int index = 0; index < parts.length - 1; index++) {
      object = asObject(object.get(parts[index]));
    }
    object.remove(parts[parts.length - 1]);
    return this;
  }

  Documents withCondition(Condition condition) {
    @SuppressWarnings("unchecked")
    List<Object> conditions = (List<Object>) tree.get("conditions");
    conditions.add(condition.name());
    return this;
  }

  Documents withNumbness(Numbness numbness) {
    return addTo("symptoms", "numbness", numbness.name());
  }

  Documents withWeakness(Weakness weakness) {
    return addTo("symptoms", "weakness", weakness.name());
  }

  Documents withStartBack(int yesAnswers, Bothersomeness bothersomeness) {
    List<Object> answers = new ArrayList<>();
    for (int index = 0; index < 8; index++) {
      answers.add(index < yesAnswers);
    }
    Map<String, Object> startBack = new LinkedHashMap<>();
    startBack.put("answers", answers);
    startBack.put("bothersomeness", bothersomeness.name());
    return with("symptoms.startBack", startBack);
  }

  private Documents addTo(String section, String field, String code) {
    @SuppressWarnings("unchecked")
    List<Object> values = (List<Object>) asObject(tree.get(section)).get(field);
    values.add(code);
    return this;
  }

  Map<String, Object> tree() {
    return tree;
  }

  Answers answers() {
    return AnswersReader.read(tree).requireAnswers();
  }

  AnswersReading read() {
    return AnswersReader.read(tree);
  }

  private static Object jsonValue(Object value) {
    if (value instanceof Integer number) {
      return BigInteger.valueOf(number);
    }
    if (value instanceof Double number) {
      return BigDecimal.valueOf(number);
    }
    return value;
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> asObject(Object value) {
    return (Map<String, Object>) value;
  }
}

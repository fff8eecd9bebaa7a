package dev.limber.app;

import dev.limber.app.Questionnaire.AskedWhen;
import dev.limber.app.Questionnaire.Choice;
import dev.limber.app.Questionnaire.Kind;
import dev.limber.app.Questionnaire.Question;
import dev.limber.app.Questionnaire.Topic;
import dev.limber.json.FieldError;
import dev.limber.json.Fields;
import dev.limber.json.Json;
import dev.limber.json.JsonSyntaxException;
import dev.limber.screening.Condition;
import dev.limber.screening.RuleBook;
import dev.limber.screening.Verdict;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Reads the questionnaire document (src/main/resources/questionnaire/questions.json) into a {@link
 * Questionnaire}, checking each question's answer field, kind and choices, and that every rule it
 * feeds or stops on is one the rule book holds.
 */
public final class QuestionnaireReader {
  public static final int FORMAT_VERSION = 1;

  private static final Set<String> ANSWER_FIELDS =
      Set.of(
          "conditions",
          "symptoms.painScore",
          "symptoms.painDurationWeeks",
          "symptoms.numbness",
          "symptoms.weakness",
          "symptoms.bladderOrBowelChange",
          "symptoms.chestPain",
          "symptoms.fever",
          "symptoms.unexplainedWeightLoss",
          "symptoms.swelling",
          "symptoms.nightPainOrUnrelievedByRest",
          "symptoms.painWorseWithCoughSneeze",
          "history.ageYears",
          "history.recentTrauma",
          "history.firstEpisode",
          "history.crackSessionsToday",
          "history.crackingDaysPerWeek",
          "history.cracksToRelievePain",
          "history.painDuringCracking",
          "history.painDuringStretching",
          "history.previousPainScore",
          "history.lastPainStopSettled",
          "history.canGetDownToFloor",
          "history.canLieFlatWithoutBackDiscomfort",
          "history.canReachMidBack");

  private static final Set<String> PAIN_HISTORY =
      Set.of(
          "history.previousPainScore",
          "history.lastPainStopSettled",
          "history.painDuringCracking",
          "history.painDuringStretching",
          "history.recentTrauma");

  private QuestionnaireReader() {}

  /** The questions shipped in the jar, checked against the shipped rule data. */
  static Questionnaire readResource() {
    try (InputStream in =
        QuestionnaireReader.class.getResourceAsStream(Questionnaire.BUNDLED_RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("questionnaire missing: " + Questionnaire.BUNDLED_RESOURCE);
      }
      return read(
          Questionnaire.BUNDLED_RESOURCE,
          new String(in.readAllBytes(), StandardCharsets.UTF_8),
          RuleBook.bundled());
    } catch (IOException e) {
      throw new UncheckedIOException("read questionnaire " + Questionnaire.BUNDLED_RESOURCE, e);
    }
  }

  /**
   * Reads questionnaire data; throws {@link IllegalArgumentException} listing every fault: unknown
   * fields, rules the rule book lacks, a stop rule that is not URGENT.
   */
  public static Questionnaire read(String file, String text, RuleBook rules) {
    Object tree;
    try {
      tree = Json.parse(text);
    } catch (JsonSyntaxException e) {
      throw new IllegalArgumentException("invalid questionnaire " + file + ": " + e.getMessage());
    }
    List<FieldError> errors = new ArrayList<>();
    Fields root = Fields.root(tree, "(file)", errors);
    root.allowOnly("formatVersion", "topics");
    root.integer("formatVersion", FORMAT_VERSION, FORMAT_VERSION);
    Set<String> ruleIds = new LinkedHashSet<>();
    rules.rules().forEach(rule -> ruleIds.add(rule.id()));
    rules.filters().forEach(filter -> ruleIds.add(filter.id()));
    Set<String> questionIds = new LinkedHashSet<>();
    List<Topic> topics = new ArrayList<>();
    for (Fields topic : root.objects("topics")) {
      topic.allowOnly("id", "title", "groups", "questions");
      String topicId = topic.string("id");
      String title = topic.string("title");
      List<Question> questions = new ArrayList<>();
      for (Fields item : topic.objects("questions")) {
        question(item, topicId, ruleIds, rules, questionIds).ifPresent(questions::add);
      }
      topics.add(new Topic(topicId, title, questions, groups(topic, questions, questionIds)));
    }
    if (!errors.isEmpty()) {
      StringBuilder message = new StringBuilder("invalid questionnaire " + file + ":");
      errors.forEach(error -> message.append("\n  ").append(error));
      throw new IllegalArgumentException(message.toString());
    }
    return new Questionnaire(topics);
  }

  private static Optional<Question> question(
      Fields item, String topic, Set<String> ruleIds, RuleBook rules, Set<String> questionIds) {
    int before = item.errors().size();
    item.allowOnly(
        "id",
        "kind",
        "text",
        "field",
        "code",
        "yesValue",
        "noValue",
        "min",
        "max",
        "optional",
        "askWhenPainAtLeast",
        "stopRule",
        "feeds",
        "choices",
        "askedWhen",
        "textSinceReview",
        "group",
        "label",
        "remembered");
    String id = item.string("id");
    if (id != null && !questionIds.add(id)) {
      item.reject("id", "repeats " + Json.quote(id));
    }
    Kind kind = item.enumValue("kind", Kind.class);
    String text = item.string("text");
    String field = item.string("field");
    if (field != null && !ANSWER_FIELDS.contains(field)) {
      item.reject("field", "is not an answer field: " + Json.quote(field));
    }
    Optional<String> code = item.optionalString("code");
    Optional<String> yesValue = item.optionalString("yesValue");
    Optional<String> noValue = item.optionalString("noValue");
    int min = item.integerOr("min", 0, 5200, 0);
    int max = item.integerOr("max", 0, 5200, 0);
    boolean optional = item.boolOr("optional", false);
    int askWhen = item.integerOr("askWhenPainAtLeast", 0, 10, 0);
    Optional<String> stopRule = item.optionalString("stopRule");
    stopRule.ifPresent(
        rule -> {
          if (!ruleIds.contains(rule) || rules.requireRule(rule).verdict() != Verdict.URGENT) {
            item.reject("stopRule", "must be an URGENT rule, found " + Json.quote(rule));
          }
        });
    List<String> feeds = item.has("feeds") ? item.strings("feeds") : List.of();
    for (String rule : feeds) {
      if (!ruleIds.contains(rule)) {
        item.reject("feeds", "names no rule or filter: " + Json.quote(rule));
      }
    }
    AskedWhen askedWhen =
        item.has("askedWhen") ? item.enumValue("askedWhen", AskedWhen.class) : AskedWhen.ALWAYS;
    Optional<String> textSinceReview = item.optionalString("textSinceReview");
    Optional<String> group = item.optionalString("group");
    Optional<String> label = item.optionalString("label");
    boolean remembered = item.boolOr("remembered", false);
    if (group.isPresent() && kind != Kind.YES_NO) {
      item.reject("group", "only YES_NO questions are asked in groups");
    }
    if (group.isPresent() != label.isPresent()) {
      item.reject("label", "a question in a group has a label (its tick's words), and only such");
    }
    if (remembered && (stopRule.isPresent() || feedsPain(field))) {
      item.reject("remembered", "red flags and pain are always asked afresh");
    }
    if (askedWhen == AskedWhen.MILD_STOP_OPEN && kind != Kind.YES_NO) {
      item.reject("askedWhen", "the follow-up of a mild stop is a YES_NO question");
    }
    List<Choice> choices = new ArrayList<>();
    if (item.has("choices")) {
      for (Fields choice : item.objects("choices")) {
        choice.allowOnly("code", "label");
        String choiceCode = choice.string("code");
        String choiceLabel = choice.string("label");
        if (choiceCode != null && !isCondition(choiceCode)) {
          choice.reject("code", "is not a condition code: " + Json.quote(choiceCode));
        }
        choices.add(new Choice(choiceCode, choiceLabel));
      }
    }
    if (kind == Kind.NUMBER && min > max) {
      item.reject("max", "must not be below min");
    }
    if (kind == Kind.CONDITIONS && choices.isEmpty()) {
      item.reject("choices", "a CONDITIONS question needs choices");
    }
    if (item.errors().size() > before) {
      return Optional.empty();
    }
    return Optional.of(
        new Question(
            id,
            topic,
            kind,
            text,
            field,
            code,
            yesValue,
            noValue,
            min,
            max,
            optional,
            askWhen,
            stopRule,
            feeds,
            choices,
            askedWhen,
            textSinceReview,
            group,
            label,
            remembered));
  }

  /** Symptoms, and the history of pain and of a stop: what a screening must hear afresh. */
  private static boolean feedsPain(String field) {
    return field != null && (field.startsWith("symptoms.") || PAIN_HISTORY.contains(field));
  }

  /**
   * The topic's groups, each naming the questions that say they belong to it in order; every
   * question of a topic with groups belongs to one, and a group holds one to five.
   */
  private static List<Questionnaire.Group> groups(
      Fields topic, List<Question> questions, Set<String> questionIds) {
    List<Questionnaire.Group> groups = new ArrayList<>();
    if (!topic.has("groups")) {
      for (Question question : questions) {
        if (question.group().isPresent()) {
          topic.reject("groups", "question " + question.id() + " names a group the topic lacks");
        }
      }
      return groups;
    }
    Set<String> groupIds = new LinkedHashSet<>();
    for (Fields group : topic.objects("groups")) {
      group.allowOnly("id", "title");
      String id = group.string("id");
      String title = group.string("title");
      if (id == null || title == null) {
        continue;
      }
      if (!groupIds.add(id) || questionIds.contains(id)) {
        group.reject("id", "repeats a group or question id: " + Json.quote(id));
      }
      List<String> members =
          questions.stream()
              .filter(question -> question.group().equals(Optional.of(id)))
              .map(Question::id)
              .toList();
      if (members.isEmpty() || members.size() > 5) {
        group.reject("id", "a group holds 1 to 5 questions, found " + members.size());
      }
      groups.add(new Questionnaire.Group(id, title, members));
    }
    for (Question question : questions) {
      if (question.group().isEmpty() || !groupIds.contains(question.group().get())) {
        topic.reject(
            "groups", "question " + question.id() + " belongs to none of the topic's groups");
      }
    }
    return groups;
  }

  private static boolean isCondition(String code) {
    for (Condition condition : Condition.values()) {
      if (condition.name().equals(code)) {
        return true;
      }
    }
    return false;
  }
}

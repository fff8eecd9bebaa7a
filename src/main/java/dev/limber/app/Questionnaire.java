package dev.limber.app;

import dev.limber.json.FieldError;
import dev.limber.json.Fields;
import dev.limber.json.Json;
import dev.limber.json.JsonSyntaxException;
import dev.limber.screening.Condition;
import dev.limber.screening.RuleBook;
import dev.limber.screening.Symptoms;
import dev.limber.screening.Verdict;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The screening questions as data (src/main/resources/questionnaire/questions.json): topics in
 * order, each question with the answer field it fills and the rules it feeds; red flags first, and
 * a yes to one stops at once with its URGENT rule. The terminal and the web app both ask these, in
 * this order, and turn the answers into a document of spec/screening.md §2. Immutable.
 */
public final class Questionnaire {
  public static final String BUNDLED_RESOURCE = "/questionnaire/questions.json";
  public static final int FORMAT_VERSION = 1;

  /** The id of the 0–10 pain score question, whose answer decides which follow-ups are asked. */
  public static final String PAIN_SCORE_QUESTION = "pain-score";

  /** How a question is answered. */
  public enum Kind {
    /** Yes or no; fills a boolean, adds a code to a set, or sets a code. */
    YES_NO,
    /** A whole number within {@code min}–{@code max}; may be skipped when optional. */
    NUMBER,
    /** A number of weeks, 0 to {@link Symptoms#MAX_DURATION_WEEKS}, decimals allowed. */
    WEEKS,
    /** Any of a list of condition codes. */
    CONDITIONS
  }

  /** One choice of a CONDITIONS question. */
  public record Choice(String code, String label) {}

  /**
   * What the person's journal says the questions should ask today (spec/screening.md §2, rev. 3):
   * the follow-up of an open mild stop in the person's words, when one is open, and whether a
   * counted professional review makes the pain questions ask "since the professional saw you".
   */
  public record Situation(Optional<String> followUp, boolean sinceReview) {
    /** No open mild stop, no review: the questions as the data words them. */
    public static final Situation NONE = new Situation(Optional.empty(), false);

    public Situation {
      if (followUp == null) {
        throw new IllegalArgumentException("followUp is required (empty when none is open)");
      }
    }
  }

  /** When a question is asked beside its pain threshold. */
  public enum AskedWhen {
    /** Every time. */
    ALWAYS,
    /** Only while a mild stop waits for its follow-up (spec/screening.md §2.1). */
    MILD_STOP_OPEN
  }

  /** One question and how its answer fills the document. */
  public record Question(
      String id,
      String topic,
      Kind kind,
      String text,
      String field,
      Optional<String> code,
      Optional<String> yesValue,
      Optional<String> noValue,
      int min,
      int max,
      boolean optional,
      int askWhenPainAtLeast,
      Optional<String> stopRule,
      List<String> feeds,
      List<Choice> choices,
      AskedWhen askedWhen,
      Optional<String> textSinceReview) {
    public Question {
      feeds = List.copyOf(feeds);
      choices = List.copyOf(choices);
      if (askedWhen == null || textSinceReview == null) {
        throw new IllegalArgumentException("askedWhen and textSinceReview are required");
      }
    }

    /** A question asked every time, worded the same whatever the journal says. */
    public Question(
        String id,
        String topic,
        Kind kind,
        String text,
        String field,
        Optional<String> code,
        Optional<String> yesValue,
        Optional<String> noValue,
        int min,
        int max,
        boolean optional,
        int askWhenPainAtLeast,
        Optional<String> stopRule,
        List<String> feeds,
        List<Choice> choices) {
      this(
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
          askWhenPainAtLeast,
          stopRule,
          feeds,
          choices,
          AskedWhen.ALWAYS,
          Optional.empty());
    }

    /** True when a yes ends the questionnaire at once (a red flag). */
    public boolean isRedFlag() {
      return stopRule.isPresent();
    }

    /** True when the journal's situation asks this question at all (the pain score aside). */
    public boolean askedIn(Situation situation) {
      return askedWhen == AskedWhen.ALWAYS || situation.followUp().isPresent();
    }

    /**
     * The words to ask in this situation: the follow-up in the person's words for the mild stop's
     * question, the "since the professional saw you" wording while a review counts, else {@code
     * text}.
     */
    public String text(Situation situation) {
      if (askedWhen == AskedWhen.MILD_STOP_OPEN && situation.followUp().isPresent()) {
        return situation.followUp().get();
      }
      if (situation.sinceReview() && textSinceReview.isPresent()) {
        return textSinceReview.get();
      }
      return text;
    }
  }

  /** A topic: its title and questions, asked together. */
  public record Topic(String id, String title, List<Question> questions) {
    public Topic {
      questions = List.copyOf(questions);
    }
  }

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

  /** Set fields the document always carries, empty when no question added a code. */
  private static final List<String> SET_FIELDS =
      List.of("conditions", "symptoms.numbness", "symptoms.weakness");

  private final List<Topic> topics;

  private Questionnaire(List<Topic> topics) {
    this.topics = List.copyOf(topics);
  }

  private static final class Bundled {
    static final Questionnaire INSTANCE = readResource();
  }

  /** The questions shipped in the jar, checked against the shipped rule data. */
  public static Questionnaire bundled() {
    return Bundled.INSTANCE;
  }

  private static Questionnaire readResource() {
    try (InputStream in = Questionnaire.class.getResourceAsStream(BUNDLED_RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("questionnaire missing: " + BUNDLED_RESOURCE);
      }
      return read(
          BUNDLED_RESOURCE,
          new String(in.readAllBytes(), StandardCharsets.UTF_8),
          RuleBook.bundled());
    } catch (IOException e) {
      throw new UncheckedIOException("read questionnaire " + BUNDLED_RESOURCE, e);
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
      topic.allowOnly("id", "title", "questions");
      String topicId = topic.string("id");
      String title = topic.string("title");
      List<Question> questions = new ArrayList<>();
      for (Fields item : topic.objects("questions")) {
        question(item, topicId, ruleIds, rules, questionIds).ifPresent(questions::add);
      }
      topics.add(new Topic(topicId, title, questions));
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
        "textSinceReview");
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
    if (askedWhen == AskedWhen.MILD_STOP_OPEN && kind != Kind.YES_NO) {
      item.reject("askedWhen", "the follow-up of a mild stop is a YES_NO question");
    }
    List<Choice> choices = new ArrayList<>();
    if (item.has("choices")) {
      for (Fields choice : item.objects("choices")) {
        choice.allowOnly("code", "label");
        String choiceCode = choice.string("code");
        String label = choice.string("label");
        if (choiceCode != null && !isCondition(choiceCode)) {
          choice.reject("code", "is not a condition code: " + Json.quote(choiceCode));
        }
        choices.add(new Choice(choiceCode, label));
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
            textSinceReview));
  }

  private static boolean isCondition(String code) {
    for (Condition condition : Condition.values()) {
      if (condition.name().equals(code)) {
        return true;
      }
    }
    return false;
  }

  public List<Topic> topics() {
    return topics;
  }

  /** Every question in the order asked. */
  public List<Question> questions() {
    return topics.stream().flatMap(topic -> topic.questions().stream()).toList();
  }

  public Question requireQuestion(String id) {
    return questions().stream()
        .filter(question -> question.id().equals(id))
        .findFirst()
        .orElseThrow(() -> new IllegalArgumentException("no question with id " + id));
  }

  /** A fresh run through the questions, for a person whose journal asks nothing more. */
  public Run start() {
    return new Run(Situation.NONE);
  }

  /** A fresh run through the questions this person's journal asks today (the follow-up). */
  public Run start(Situation situation) {
    return new Run(situation);
  }

  /**
   * One person's way through the questions: answers by question id (so a face may go back and
   * change one), the next question to ask, the red flag that stopped it, and the answers document.
   * Not thread-safe.
   */
  public final class Run {
    private final Map<String, Object> answers = new LinkedHashMap<>();
    private final Situation situation;

    private Run(Situation situation) {
      this.situation = situation;
    }

    public Situation situation() {
      return situation;
    }

    /** The questionnaire this run goes through. */
    public Questionnaire questionnaire() {
      return Questionnaire.this;
    }

    /**
     * Records an answer: {@code Boolean} for YES_NO, {@code Integer} for NUMBER (null skips an
     * optional one), {@code BigDecimal} for WEEKS, a list of codes for CONDITIONS.
     */
    public void answer(String questionId, Object value) {
      Question question = requireQuestion(questionId);
      boolean fits =
          switch (question.kind()) {
            case YES_NO -> value instanceof Boolean;
            case NUMBER ->
                (value == null && question.optional())
                    || (value instanceof Integer number
                        && number >= question.min()
                        && number <= question.max());
            case WEEKS ->
                value instanceof BigDecimal weeks
                    && weeks.signum() >= 0
                    && weeks.compareTo(Symptoms.MAX_DURATION_WEEKS) <= 0;
            case CONDITIONS ->
                value instanceof List<?> codes
                    && codes.stream()
                        .allMatch(
                            code ->
                                question.choices().stream()
                                    .anyMatch(choice -> choice.code().equals(code)));
          };
      if (!fits) {
        throw new IllegalArgumentException(
            "not an answer to " + questionId + " (" + question.kind() + "): " + value);
      }
      answers.put(questionId, value);
    }

    /** Forgets an answer, as when a person goes back. */
    public void clear(String questionId) {
      answers.remove(questionId);
    }

    /** True once the question has an answer, a skipped optional one (null) included. */
    public boolean isAnswered(String questionId) {
      return answers.containsKey(questionId);
    }

    public Optional<Object> answerTo(String questionId) {
      return Optional.ofNullable(answers.get(questionId));
    }

    /** The red flag answered yes, if any: its question stopped the questionnaire. */
    public Optional<Question> stoppedBy() {
      for (Question question : questions()) {
        if (question.isRedFlag() && Boolean.TRUE.equals(answers.get(question.id()))) {
          return Optional.of(question);
        }
      }
      return Optional.empty();
    }

    /** The next question to ask, or empty when done or stopped. */
    public Optional<Question> next() {
      if (stoppedBy().isPresent()) {
        return Optional.empty();
      }
      for (Question question : questions()) {
        if (!answers.containsKey(question.id()) && applies(question)) {
          return Optional.of(question);
        }
      }
      return Optional.empty();
    }

    public boolean isComplete() {
      return next().isEmpty() && stoppedBy().isEmpty();
    }

    private boolean applies(Question question) {
      if (!question.askedIn(situation)) {
        return false;
      }
      if (question.askWhenPainAtLeast() == 0) {
        return true;
      }
      Object pain = answers.get(PAIN_SCORE_QUESTION);
      return pain instanceof Integer score && score >= question.askWhenPainAtLeast();
    }

    /**
     * The answers so far as a document of spec/screening.md §2 (complete once {@link #isComplete}
     * holds), in question order.
     */
    public Map<String, Object> document() {
      Map<String, Object> document = new LinkedHashMap<>();
      for (String field : SET_FIELDS) {
        put(document, field, new ArrayList<>());
      }
      for (Question question : questions()) {
        if (!answers.containsKey(question.id()) || !applies(question)) {
          continue;
        }
        fill(document, question, answers.get(question.id()));
      }
      return document;
    }

    @SuppressWarnings("unchecked")
    private void fill(Map<String, Object> document, Question question, Object value) {
      switch (question.kind()) {
        case YES_NO -> {
          boolean yes = (Boolean) value;
          if (question.code().isPresent()) {
            if (yes) {
              ((List<Object>) get(document, question.field())).add(question.code().get());
            }
          } else if (question.yesValue().isPresent()) {
            Optional<String> chosen = yes ? question.yesValue() : question.noValue();
            // A serious accident answered earlier is not overwritten by a later "no small knock".
            if (chosen.isPresent() && get(document, question.field()) == null) {
              put(document, question.field(), chosen.get());
            }
          } else {
            put(document, question.field(), yes);
          }
        }
        case NUMBER -> {
          if (value != null) {
            put(document, question.field(), BigInteger.valueOf((Integer) value));
          }
        }
        case WEEKS -> put(document, question.field(), value);
        case CONDITIONS -> ((List<Object>) get(document, question.field())).addAll((List<?>) value);
      }
    }
  }

  @SuppressWarnings("unchecked")
  private static Object get(Map<String, Object> document, String path) {
    String[] parts = path.split("\\.");
    Object node = document;
    for (String part : parts) {
      if (!(node instanceof Map<?, ?> map)) {
        return null;
      }
      node = ((Map<String, Object>) map).get(part);
    }
    return node;
  }

  @SuppressWarnings("unchecked")
  private static void put(Map<String, Object> document, String path, Object value) {
    String[] parts = path.split("\\.");
    Map<String, Object> node = document;
    for (int index = 0; index < parts.length - 1; index++) {
      node = (Map<String, Object>) node.computeIfAbsent(parts[index], key -> new LinkedHashMap<>());
    }
    node.put(parts[parts.length - 1], value);
  }
}

package dev.limber.app;

import dev.limber.screening.Symptoms;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The screening questions as data (src/main/resources/questionnaire/questions.json): topics in
 * order, each question with the answer field it fills and the rules it feeds; red flags first, and
 * a yes to one stops at once with its URGENT rule. The terminal and the web app both ask these, in
 * this order, and turn the answers into a document of spec/screening.md §2. Immutable.
 */
public final class Questionnaire {
  public static final String BUNDLED_RESOURCE = "/questionnaire/questions.json";

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
      Optional<String> textSinceReview,
      Optional<String> group,
      Optional<String> label,
      boolean remembered) {
    public Question {
      feeds = List.copyOf(feeds);
      choices = List.copyOf(choices);
      if (askedWhen == null || textSinceReview == null || group == null || label == null) {
        throw new IllegalArgumentException(
            "askedWhen, textSinceReview, group and label are required (empty when none)");
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
          Optional.empty(),
          Optional.empty(),
          Optional.empty(),
          false);
    }

    /** The words of this question as one of a group's ticks (a page's checkbox), else its text. */
    public String groupLabel() {
      return label.orElse(text);
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

  /**
   * Related yes/no questions a page asks together as ticks with "None of these" (the terminal asks
   * them one by one): its id, its title, and its questions' ids in order.
   */
  public record Group(String id, String title, List<String> questionIds) {
    public Group {
      questionIds = List.copyOf(questionIds);
    }
  }

  /** A topic: its title and questions, asked together, and its groups (empty when it has none). */
  public record Topic(String id, String title, List<Question> questions, List<Group> groups) {
    public Topic {
      questions = List.copyOf(questions);
      groups = List.copyOf(groups);
    }

    public Topic(String id, String title, List<Question> questions) {
      this(id, title, questions, List.of());
    }
  }

  /** Set fields the document always carries, empty when no question added a code. */
  private static final List<String> SET_FIELDS =
      List.of("conditions", "symptoms.numbness", "symptoms.weakness");

  private final List<Topic> topics;

  Questionnaire(List<Topic> topics) {
    this.topics = List.copyOf(topics);
  }

  private static final class Bundled {
    static final Questionnaire INSTANCE = QuestionnaireReader.readResource();
  }

  /** The questions shipped in the jar, checked against the shipped rule data. */
  public static Questionnaire bundled() {
    return Bundled.INSTANCE;
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

    /**
     * Answers the questions the data marks {@code remembered} from an earlier answers document
     * (spec/screening.md §2), where it holds a fitting value; red flags and pain are never marked,
     * so they are always asked afresh. Answers already given are kept.
     */
    public void recall(Object document) {
      if (!(document instanceof Map<?, ?>)) {
        return;
      }
      @SuppressWarnings("unchecked")
      Map<String, Object> answersDocument = (Map<String, Object>) document;
      for (Question question : questions()) {
        if (!question.remembered() || answers.containsKey(question.id())) {
          continue;
        }
        AnswersDocument.recalled(question, AnswersDocument.get(answersDocument, question.field()))
            .ifPresent(value -> answers.put(question.id(), value));
      }
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
        AnswersDocument.put(document, field, new ArrayList<>());
      }
      for (Question question : questions()) {
        if (!answers.containsKey(question.id()) || !applies(question)) {
          continue;
        }
        AnswersDocument.fill(document, question, answers.get(question.id()));
      }
      return document;
    }
  }
}

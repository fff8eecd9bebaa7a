package dev.limber.render.html;

import dev.limber.app.Questionnaire;
import dev.limber.json.FieldError;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One topic of the questionnaire as its page shows it: the topic, where it stands among the others,
 * the answers so far (JSON text carried in the form), what is filled in on this page, and the
 * errors naming each question.
 *
 * @param values by question id: {@code yes} or {@code no}, or a number as typed
 * @param conditions the condition codes ticked
 */
public record TopicForm(
    Questionnaire.Topic topic,
    int number,
    int count,
    String soFar,
    Map<String, String> values,
    Set<String> conditions,
    List<FieldError> errors,
    Questionnaire.Situation situation) {
  /** The field of an error about the whole form rather than one question. */
  public static final String WHOLE_FORM = "(form)";

  /** The form field that carries the ids of the groups answered "None of these". */
  public static final String NONE = "none";

  /** The error of a group of ticks sent with none ticked. */
  public static final String EMPTY_GROUP = "Tick each that applies, or \u201cNone of these\u201d.";

  public TopicForm {
    if (number < 1 || number > count) {
      throw new IllegalArgumentException("topic number outside 1–" + count + ": " + number);
    }
    values = Map.copyOf(values);
    conditions = Set.copyOf(conditions);
    errors = List.copyOf(errors);
    if (situation == null) {
      throw new IllegalArgumentException("situation is required");
    }
  }

  /** The topic's questions this page asks: the follow-up of a mild stop only while one is open. */
  public List<Questionnaire.Question> questions() {
    return topic.questions().stream().filter(question -> question.askedIn(situation)).toList();
  }

  /** The topic's groups of ticks, in order (none for a topic of single questions). */
  public List<Questionnaire.Group> groups() {
    return topic.groups();
  }

  /** The questions of one group, in order. */
  public List<Questionnaire.Question> questions(Questionnaire.Group group) {
    return questions().stream()
        .filter(question -> question.group().equals(java.util.Optional.of(group.id())))
        .toList();
  }

  /** The questions this page asks one at a time: those in no group. */
  public List<Questionnaire.Question> single() {
    return questions().stream().filter(question -> question.group().isEmpty()).toList();
  }

  /** True when a group shows "None of these" ticked. */
  public boolean noneOf(Questionnaire.Group group) {
    return NONE.equals(values.get(group.id()));
  }

  /**
   * True when a 0–10 question's own words say what 0 and 10 mean ("from 0 (only stiff) to 10 (the
   * worst …)"), so that the scale under it does not say it a second time.
   */
  public static boolean namesScaleEnds(String text) {
    return text.contains("0 (") && text.contains("10 (");
  }

  /** True for a 0–10 number, asked with the pain scale's eleven choices. */
  public static boolean isScale(Questionnaire.Question question) {
    return question.kind() == Questionnaire.Kind.NUMBER
        && question.min() == 0
        && question.max() == 10;
  }

  /** The HTML id an error links to: the group's fieldset or the question's field. */
  public String anchor(FieldError error) {
    boolean group = topic.groups().stream().anyMatch(item -> item.id().equals(error.field()));
    return (group ? "g-" : "q-") + error.field();
  }

  /** The question in the words this person is asked it today. */
  public String text(Questionnaire.Question question) {
    return question.text(situation);
  }

  public String value(String questionId) {
    return values.getOrDefault(questionId, "");
  }

  /** The error of the field with this HTML id, or null. */
  public FieldError error(String id) {
    return errors.stream().filter(error -> error.field().equals(id)).findFirst().orElse(null);
  }

  /** What the error summary says of an error: the question it names, then the problem. */
  public String summary(FieldError error) {
    for (Questionnaire.Group group : topic.groups()) {
      if (group.id().equals(error.field())) {
        return group.title() + " \u2014 " + error.message();
      }
    }
    return topic.questions().stream()
        .filter(question -> question.id().equals(error.field()))
        .findFirst()
        .map(question -> question.text(situation) + " — " + error.message())
        .orElse(error.message());
  }

  public boolean isFirst() {
    return number == 1;
  }

  public boolean isLast() {
    return number == count;
  }
}

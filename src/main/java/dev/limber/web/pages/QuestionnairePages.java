package dev.limber.web.pages;

import dev.limber.app.InvalidInput;
import dev.limber.app.Person;
import dev.limber.app.Questionnaire;
import dev.limber.app.Questionnaire.Question;
import dev.limber.app.Questionnaire.Topic;
import dev.limber.app.Screened;
import dev.limber.app.ScreeningOutcome;
import dev.limber.app.Services;
import dev.limber.json.FieldError;
import dev.limber.json.Json;
import dev.limber.json.JsonSyntaxException;
import dev.limber.render.html.RoutineForm;
import dev.limber.render.html.TopicForm;
import dev.limber.screening.TypedAnswer;
import dev.limber.web.http.Caller;
import io.javalin.Javalin;
import io.javalin.http.Context;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * The questionnaire at {@code /check}: one topic per page, the answers so far carried in the form
 * and checked again on every post, nothing kept on the server for anonymous use; the last topic (or
 * a red flag) leads to the verdict. Works with JavaScript off.
 */
final class QuestionnairePages {
  private static final String SO_FAR = "so-far";

  private final Pages pages;
  private final Function<Caller, Person> people;
  private final Services services;
  private final VerdictPage verdict;

  QuestionnairePages(
      Pages pages, Function<Caller, Person> people, Services services, VerdictPage verdict) {
    this.pages = pages;
    this.people = people;
    this.services = services;
    this.verdict = verdict;
  }

  void register(Javalin app) {
    app.get("/check", this::firstTopic);
    app.post("/check", this::answerTopic);
  }

  private Person person(Visitor visitor) {
    return visitor.caller().map(people).orElse(Person.ANONYMOUS);
  }

  private Questionnaire questionnaire() {
    return services.questionnaire();
  }

  private void firstTopic(Context context) {
    Person person = person(pages.visitor(context));
    showTopic(context, services.screening().startQuestions(person), 0, List.of());
  }

  /**
   * A run for what this person's journal asks today (the follow-up of a mild stop, the wording
   * after a review), read afresh on every page so a stop recorded meanwhile is asked about.
   */
  private Questionnaire.Run start(Visitor visitor) {
    return questionnaire().start(services.screening().situation(person(visitor)));
  }

  private void answerTopic(Context context) {
    Visitor visitor = pages.posted(context);
    List<Topic> topics = questionnaire().topics();
    Questionnaire.Run run = start(visitor);
    Optional<String> unreadable = restore(run, context.formParam(SO_FAR));
    int index = topicIndex(context.formParam("topic"), topics.size());
    if (unreadable.isPresent() || index < 0) {
      // A form that was tampered with or is from an older questionnaire: start again, saying so.
      showTopic(
          context,
          start(visitor),
          0,
          List.of(
              new FieldError(
                  TopicForm.WHOLE_FORM,
                  "Your earlier answers could not be read, so the questions start again.")));
      return;
    }
    Topic topic = topics.get(index);
    Map<String, String> typed = new LinkedHashMap<>();
    Set<String> ticked = new LinkedHashSet<>();
    List<FieldError> errors = read(context, topic, run, typed, ticked);
    boolean back = "back".equals(context.formParam("go"));
    if (back) {
      showTopic(context, run, Math.max(0, index - 1), List.of());
      return;
    }
    Optional<Question> stop = run.stoppedBy();
    if (stop.isPresent()) {
      stopEarly(context, visitor, run, stop.get());
      return;
    }
    if (!errors.isEmpty()) {
      render(context, run, index, typed, ticked, errors);
      return;
    }
    if (index + 1 < topics.size()) {
      showTopic(context, run, index + 1, List.of());
      return;
    }
    Optional<Question> missing = run.next();
    if (missing.isPresent()) {
      int missingTopic = topicOf(missing.get());
      showTopic(
          context,
          run,
          missingTopic,
          List.of(new FieldError(missing.get().id(), "Please answer this question.")));
      return;
    }
    screen(context, visitor, run.document());
  }

  /** Reads the answers by question id from the form; empty when they all fit, else why not. */
  private Optional<String> restore(Questionnaire.Run run, String soFar) {
    if (soFar == null || soFar.isBlank()) {
      return Optional.empty();
    }
    try {
      if (!(Json.parse(soFar) instanceof Map<?, ?> answers)) {
        return Optional.of("not an object");
      }
      for (Map.Entry<?, ?> answer : answers.entrySet()) {
        String id = String.valueOf(answer.getKey());
        Question question = questionnaire().requireQuestion(id);
        run.answer(id, stored(question, answer.getValue()));
      }
      return Optional.empty();
    } catch (JsonSyntaxException | IllegalArgumentException | ArithmeticException e) {
      return Optional.of(e.getMessage());
    }
  }

  private static Object stored(Question question, Object value) {
    return switch (question.kind()) {
      case NUMBER ->
          value instanceof BigInteger number ? Integer.valueOf(number.intValueExact()) : value;
      case WEEKS ->
          value instanceof BigInteger number
              ? new BigDecimal(number)
              : value instanceof BigDecimal ? value : "not weeks";
      default -> value;
    };
  }

  private static int topicIndex(String text, int count) {
    if (text == null || !text.matches("[0-9]{1,2}")) {
      return -1;
    }
    int index = Integer.parseInt(text);
    return index < count ? index : -1;
  }

  private int topicOf(Question question) {
    List<Topic> topics = questionnaire().topics();
    for (int index = 0; index < topics.size(); index++) {
      if (topics.get(index).id().equals(question.topic())) {
        return index;
      }
    }
    throw new IllegalStateException("question outside every topic: " + question.id());
  }

  /**
   * Records this topic's answers in {@code run} (replacing what it held for them); answers what was
   * typed and ticked, and an error naming each question unanswered or answered wrongly.
   */
  private List<FieldError> read(
      Context context,
      Topic topic,
      Questionnaire.Run run,
      Map<String, String> typed,
      Set<String> ticked) {
    List<FieldError> errors = new ArrayList<>();
    readGroups(context, topic, run, typed, errors);
    Integer pain = null;
    for (Question question : topic.questions()) {
      if (question.group().isPresent()) {
        continue; // read with its group
      }
      run.clear(question.id());
      if (!question.askedIn(run.situation())) {
        continue; // the follow-up of a mild stop, when none is open
      }
      String text = context.formParam(question.id());
      text = text == null ? "" : text.trim();
      if (question.optional() && text.equals("skip")) {
        text = ""; // the pain scale's "I don't remember"
      }
      if (question.askWhenPainAtLeast() > 0) {
        if (pain != null && pain < question.askWhenPainAtLeast()) {
          continue; // a follow-up that does not apply to this pain score is left out
        }
        if (pain == null && text.isEmpty()) {
          continue; // no pain score yet to say whether it is asked: only that error is shown
        }
      }
      switch (question.kind()) {
        case YES_NO -> {
          typed.put(question.id(), text);
          TypedAnswer<Boolean> yes = TypedAnswer.yesNo(text);
          if (yes.isRead()) {
            run.answer(question.id(), yes.requireValue());
          } else {
            // The radio buttons send yes or no: anything else means none was chosen.
            errors.add(error(question, "Choose No or Yes."));
          }
        }
        case NUMBER -> {
          typed.put(question.id(), text);
          TypedAnswer<Optional<Integer>> number =
              question.optional()
                  ? TypedAnswer.optionalWholeNumber(text, question.min(), question.max())
                  : TypedAnswer.wholeNumber(text, question.min(), question.max()).map(Optional::of);
          if (number.isRead()) {
            run.answer(question.id(), number.requireValue().orElse(null));
            if (question.id().equals(Questionnaire.PAIN_SCORE_QUESTION)) {
              pain = number.requireValue().orElse(null);
            }
          } else {
            errors.add(error(question, number.problem().orElseThrow()));
          }
        }
        case WEEKS -> {
          typed.put(question.id(), text);
          TypedAnswer<BigDecimal> weeks = TypedAnswer.weeks(text);
          if (weeks.isRead()) {
            run.answer(question.id(), weeks.requireValue());
          } else {
            errors.add(error(question, weeks.problem().orElseThrow()));
          }
        }
        case CONDITIONS -> {
          List<String> codes = new ArrayList<>();
          for (String code : context.formParams(question.id())) {
            if (question.choices().stream().anyMatch(choice -> choice.code().equals(code))
                && !codes.contains(code)) {
              codes.add(code);
            }
          }
          ticked.addAll(codes);
          run.answer(question.id(), codes);
        }
      }
    }
    return errors;
  }

  /**
   * Reads each group of ticks: a ticked sign is a yes and the group's others are no, even beside a
   * ticked "None of these" (a sign said wins); "None of these" alone answers them all no; a group
   * left empty is one error naming the group.
   */
  private static void readGroups(
      Context context,
      Topic topic,
      Questionnaire.Run run,
      Map<String, String> typed,
      List<FieldError> errors) {
    List<String> none = context.formParams(TopicForm.NONE);
    for (Questionnaire.Group group : topic.groups()) {
      List<String> ticked = new ArrayList<>();
      for (String id : group.questionIds()) {
        run.clear(id);
        if ("yes".equals(context.formParam(id))) {
          ticked.add(id);
          typed.put(id, "yes");
        }
      }
      if (ticked.isEmpty() && !none.contains(group.id())) {
        errors.add(new FieldError(group.id(), TopicForm.EMPTY_GROUP));
        continue;
      }
      if (ticked.isEmpty()) {
        typed.put(group.id(), TopicForm.NONE);
      }
      for (String id : group.questionIds()) {
        run.answer(id, ticked.contains(id));
      }
    }
  }

  private static FieldError error(Question question, String problem) {
    return new FieldError(question.id(), problem);
  }

  private void showTopic(
      Context context, Questionnaire.Run run, int index, List<FieldError> errors) {
    Map<String, String> values = new LinkedHashMap<>();
    Set<String> ticked = new LinkedHashSet<>();
    Topic shown = questionnaire().topics().get(index);
    for (Questionnaire.Group group : shown.groups()) {
      if (group.questionIds().stream()
          .allMatch(id -> run.answerTo(id).filter(Boolean.FALSE::equals).isPresent())) {
        values.put(group.id(), TopicForm.NONE);
      }
    }
    for (Question question : shown.questions()) {
      run.answerTo(question.id())
          .ifPresent(
              value -> {
                switch (question.kind()) {
                  case YES_NO -> values.put(question.id(), (Boolean) value ? "yes" : "no");
                  case WEEKS -> values.put(question.id(), ((BigDecimal) value).toPlainString());
                  case CONDITIONS -> ((List<?>) value).forEach(code -> ticked.add((String) code));
                  case NUMBER -> values.put(question.id(), value.toString());
                }
              });
    }
    render(context, run, index, values, ticked, errors);
  }

  private void render(
      Context context,
      Questionnaire.Run run,
      int index,
      Map<String, String> values,
      Set<String> ticked,
      List<FieldError> errors) {
    List<Topic> topics = questionnaire().topics();
    Topic topic = topics.get(index);
    // The answers of the other topics travel in the form; this topic's come from its fields.
    Map<String, Object> soFar = new LinkedHashMap<>();
    for (Question question : questionnaire().questions()) {
      if (!question.topic().equals(topic.id()) && run.isAnswered(question.id())) {
        soFar.put(question.id(), run.answerTo(question.id()).orElse(null));
      }
    }
    TopicForm form =
        new TopicForm(
            topic,
            index + 1,
            topics.size(),
            Json.write(soFar),
            values,
            ticked,
            errors,
            run.situation());
    String title =
        (errors.isEmpty() ? "" : "Error: ") + "Questions " + (index + 1) + " of " + topics.size();
    pages.render(context, "journey/check.jte", pages.chrome(context, title), Map.of("form", form));
  }

  private void stopEarly(Context context, Visitor visitor, Questionnaire.Run run, Question stop) {
    // The answers as the terminal would have them: every question up to the red flag answered yes.
    Questionnaire.Run asked = questionnaire().start(run.situation());
    for (Question question : questionnaire().questions()) {
      if (run.isAnswered(question.id())) {
        asked.answer(question.id(), run.answerTo(question.id()).orElse(null));
      }
      if (question.id().equals(stop.id())) {
        break;
      }
    }
    Screened screened =
        services
            .screening()
            .stopEarly(person(visitor), asked.document(), stop.stopRule().orElseThrow());
    verdict.show(context, screened, true, null);
  }

  private void screen(Context context, Visitor visitor, Map<String, Object> document) {
    Person person = person(visitor);
    ScreeningOutcome outcome = services.screening().screen(person, (Object) document, Set.of());
    if (outcome.isRejected()) {
      throw new InvalidInput(outcome.rejection().orElseThrow().errors());
    }
    RoutineForm form = verdict.defaultForm(person, Json.write(document), false);
    verdict.show(context, outcome.screened().orElseThrow(), false, form);
  }
}

package dev.limber.web.pages;

import dev.limber.app.InvalidInput;
import dev.limber.app.Person;
import dev.limber.app.PlanningService;
import dev.limber.app.Questionnaire;
import dev.limber.app.Questionnaire.Question;
import dev.limber.app.Questionnaire.Topic;
import dev.limber.app.Screened;
import dev.limber.app.ScreeningOutcome;
import dev.limber.app.Services;
import dev.limber.catalog.Equipment;
import dev.limber.catalog.Technique;
import dev.limber.journal.ScreeningRecord;
import dev.limber.json.FieldError;
import dev.limber.json.Json;
import dev.limber.json.JsonSyntaxException;
import dev.limber.planning.Preferences;
import dev.limber.render.html.RoutineForm;
import dev.limber.render.html.TopicForm;
import dev.limber.screening.ScreeningResult;
import dev.limber.screening.TechniqueDecision;
import dev.limber.screening.TypedAnswer;
import dev.limber.screening.Verdict;
import dev.limber.session.PlannedSession;
import dev.limber.web.http.Caller;
import dev.limber.web.http.PlanRequest;
import dev.limber.web.http.Problem;
import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Clock;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * The journey's pages: the questionnaire at {@code /check} (one topic per page, the answers so far
 * carried in the form and checked again on every post, nothing kept on the server for anonymous
 * use), the verdict, the routine at {@code /plan}, and the technique pages. Every page works with
 * JavaScript off; screening and planning go through the application services only.
 */
public final class JourneyPages {
  private static final String SO_FAR = "so-far";

  private final Pages pages;
  private final Function<Caller, Person> people;
  private final Services services;
  private final Predicate<String> followsClinician;
  private final PlanRequest request;
  private final Clock clock;

  public JourneyPages(
      Pages pages,
      Function<Caller, Person> people,
      Services services,
      Predicate<String> followsClinician,
      Clock clock) {
    this.pages = pages;
    this.people = people;
    this.services = services;
    this.followsClinician = followsClinician;
    this.request = new PlanRequest(services, clock);
    this.clock = clock;
  }

  public void register(Javalin app) {
    app.get("/check", this::firstTopic);
    app.post("/check", this::answerTopic);
    app.get("/plan", this::planToday);
    app.post("/plan", this::plan);
    app.get("/techniques", this::techniques);
    app.get("/techniques/{id}", this::technique);
  }

  private Person person(Visitor visitor) {
    return visitor.caller().map(people).orElse(Person.ANONYMOUS);
  }

  private Questionnaire questionnaire() {
    return services.questionnaire();
  }

  // --- the questionnaire ---

  private void firstTopic(Context context) {
    showTopic(context, start(pages.visitor(context)), 0, List.of());
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
    Integer pain = null;
    for (Question question : topic.questions()) {
      run.clear(question.id());
      if (!question.askedIn(run.situation())) {
        continue; // the follow-up of a mild stop, when none is open
      }
      String text = context.formParam(question.id());
      text = text == null ? "" : text.trim();
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

  private static FieldError error(Question question, String problem) {
    return new FieldError(question.id(), problem);
  }

  private void showTopic(
      Context context, Questionnaire.Run run, int index, List<FieldError> errors) {
    Map<String, String> values = new LinkedHashMap<>();
    Set<String> ticked = new LinkedHashSet<>();
    for (Question question : questionnaire().topics().get(index).questions()) {
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
    renderVerdict(context, screened, true, null);
  }

  private void screen(Context context, Visitor visitor, Map<String, Object> document) {
    Person person = person(visitor);
    ScreeningOutcome outcome = services.screening().screen(person, (Object) document, Set.of());
    if (outcome.isRejected()) {
      throw new InvalidInput(outcome.rejection().orElseThrow().errors());
    }
    RoutineForm form = defaultForm(person, Json.write(document), false);
    renderVerdict(context, outcome.screened().orElseThrow(), false, form);
  }

  private void renderVerdict(
      Context context, Screened screened, boolean stoppedEarly, RoutineForm form) {
    ScreeningResult result = screened.result();
    List<TechniqueDecision> excluded =
        screened.screening().decisions().stream().filter(decision -> !decision.allowed()).toList();
    String title = result.verdict() == Verdict.URGENT ? "Get medical help" : "Your verdict";
    Map<String, Object> params = new LinkedHashMap<>();
    params.put("result", result);
    params.put("excluded", excluded);
    params.put("stoppedEarly", stoppedEarly);
    params.put("catalogVersion", services.catalog().version());
    params.put("form", form);
    params.put(
        "followsProgram",
        result.verdict() != Verdict.URGENT
            && pages
                .visitor(context)
                .caller()
                .map(caller -> followsClinician.test(caller.accountId()))
                .orElse(false));
    pages.render(context, "journey/verdict.jte", pages.chrome(context, title), params);
  }

  // --- the plan ---

  private RoutineForm defaultForm(Person person, String answers, boolean reuse) {
    Preferences preferences = request.defaults(person);
    return form(preferences, answers, reuse);
  }

  private static RoutineForm form(Preferences preferences, String answers, boolean reuse) {
    return new RoutineForm(
        answers,
        Integer.toString(preferences.minutes()),
        preferences.place().name(),
        preferences.equipment().stream()
            .map(Enum::name)
            .collect(java.util.stream.Collectors.toSet()),
        preferences.focus() == null ? "" : preferences.focus().name(),
        preferences.crackWanted(),
        preferences.notAtHand().contains(Equipment.WALL),
        preferences.seed(),
        reuse,
        List.of());
  }

  /** {@code GET /plan}: today's kept screening, once the person says nothing has changed. */
  private void planToday(Context context) {
    Visitor visitor = pages.visitor(context);
    Person person = person(visitor);
    Optional<ScreeningRecord> kept = services.screening().reusableToday(person);
    if (!visitor.signedIn() || kept.isEmpty()) {
      context.redirect("/check", HttpStatus.SEE_OTHER);
      return;
    }
    renderPlan(context, defaultForm(person, "", true), null, "", "", reuseIntro(kept.get()));
  }

  private String reuseIntro(ScreeningRecord kept) {
    String at = DateTimeFormatter.ofPattern("HH:mm").format(kept.at().atZone(clock.getZone()));
    return "You answered the safety questions today at "
        + at
        + ". If anything has changed since, answer them again first (Check, above).";
  }

  /** {@code POST /plan}: the routine for the answers (or today's kept screening) and choices. */
  private void plan(Context context) {
    Visitor visitor = pages.posted(context);
    Person person = person(visitor);
    boolean reuse = "today".equals(context.formParam("reuse"));
    Optional<ScreeningRecord> kept =
        reuse ? services.screening().reusableToday(person) : Optional.empty();
    if (reuse && (!visitor.signedIn() || kept.isEmpty())) {
      context.redirect("/check", HttpStatus.SEE_OTHER);
      return;
    }
    String answers = reuse ? Json.write(kept.get().answers()) : context.formParam("answers");
    Map<String, Object> chosen = chosen(context);
    RoutineForm typed = typedForm(context, reuse ? "" : answers, reuse);
    PlanRequest.Form read;
    try {
      read = request.fromForm(person, answers, Json.write(chosen));
    } catch (InvalidInput invalid) {
      showPlanErrors(context, typed, invalid.errors(), reuse, kept);
      return;
    }
    if (reuse && !"yes".equals(context.formParam("unchanged"))) {
      showPlanErrors(
          context,
          typed,
          List.of(
              new FieldError(
                  "unchanged",
                  "Tick \"Nothing has changed\", or answer the questions again if something has.")),
          true,
          kept);
      return;
    }
    PlannedSession planned;
    if (reuse) {
      PlanningService.ReusedPlan reused =
          services.planning().planToday(person, kept.get(), read.preferences());
      if (reused.rejection().isPresent()) {
        context.redirect("/check", HttpStatus.SEE_OTHER);
        return;
      }
      Screened screened = reused.screened().orElseThrow();
      if (!screened.result().verdict().allowsSession()) {
        renderVerdict(context, screened, false, null);
        return;
      }
      planned = reused.planned().orElseThrow();
    } else {
      PlanningService.PlanOutcome outcome =
          services.planning().plan(person, read.answers(), read.preferences());
      if (outcome.rejection().isPresent()) {
        List<FieldError> errors = new ArrayList<>();
        outcome
            .rejection()
            .get()
            .errors()
            .forEach(
                error ->
                    errors.add(
                        new FieldError(
                            "answers",
                            "The answers carried by this form are not valid ("
                                + error.field()
                                + ": "
                                + error.message()
                                + "); answer the questions again.")));
        showPlanErrors(context, typed, errors, false, kept);
        return;
      }
      planned = outcome.planned().orElseThrow();
    }
    RoutineForm form = form(read.preferences(), reuse ? "" : answers, reuse);
    renderPlan(
        context, form, planned, answers, Json.write(PlanRequest.json(read.preferences())), null);
  }

  /** The form's choices as the preferences object of {@code POST /api/plans}. */
  private static Map<String, Object> chosen(Context context) {
    Map<String, Object> chosen = new LinkedHashMap<>();
    String minutes = trimmed(context.formParam("minutes"));
    chosen.put(
        "minutes", minutes.matches("[0-9]{1,9}") ? new BigInteger(minutes) : (Object) minutes);
    String place = trimmed(context.formParam("place"));
    if (!place.isEmpty()) {
      chosen.put("place", place);
    }
    chosen.put("equipment", new ArrayList<>(new LinkedHashSet<>(context.formParams("equipment"))));
    chosen.put("crack", "yes".equals(context.formParam("crack")));
    chosen.put("noWall", "yes".equals(context.formParam("noWall")));
    String focus = trimmed(context.formParam("focus"));
    if (!focus.isEmpty()) {
      chosen.put("focus", focus);
    }
    String seed = trimmed(context.formParam("seed"));
    if (!seed.isEmpty()) {
      chosen.put("seed", seed.matches("[0-9]{1,10}") ? new BigInteger(seed) : (Object) seed);
    }
    return chosen;
  }

  private static String trimmed(String text) {
    return text == null ? "" : text.trim();
  }

  private RoutineForm typedForm(Context context, String answers, boolean reuse) {
    String seed = trimmed(context.formParam("seed"));
    return new RoutineForm(
        answers == null ? "" : answers,
        trimmed(context.formParam("minutes")),
        trimmed(context.formParam("place")),
        new LinkedHashSet<>(context.formParams("equipment")),
        trimmed(context.formParam("focus")),
        "yes".equals(context.formParam("crack")),
        "yes".equals(context.formParam("noWall")),
        seed.matches("[0-9]{1,9}") ? Long.parseLong(seed) : request.today(),
        reuse,
        List.of());
  }

  private void showPlanErrors(
      Context context,
      RoutineForm typed,
      List<FieldError> errors,
      boolean reuse,
      Optional<ScreeningRecord> kept) {
    List<FieldError> named = new ArrayList<>();
    for (FieldError error : errors) {
      String field = error.field().replaceFirst("^preferences\\.", "").replaceFirst("\\[.*$", "");
      named.add(new FieldError(field, label(field) + ": " + error.message()));
    }
    context.status(400);
    renderPlan(
        context,
        typed.withErrors(named),
        null,
        "",
        "",
        reuse && kept.isPresent() ? reuseIntro(kept.get()) : null);
  }

  private static String label(String field) {
    return switch (field) {
      case "minutes" -> "Minutes you have";
      case "place" -> "Where you are";
      case "equipment" -> "What you have at hand";
      case "focus" -> "Focus on";
      case "crack" -> "Self-crack";
      case "unchanged" -> "Nothing has changed";
      case "seed" -> "Seed";
      default -> "The answers";
    };
  }

  private void renderPlan(
      Context context,
      RoutineForm form,
      PlannedSession planned,
      String answers,
      String preferences,
      String intro) {
    Map<String, Object> params = new LinkedHashMap<>();
    params.put("form", form);
    params.put("plan", planned == null ? null : planned.plan());
    params.put("answers", answers);
    params.put("preferences", preferences);
    params.put("catalogVersion", services.catalog().version());
    params.put("intro", intro);
    String title = (form.errors().isEmpty() ? "" : "Error: ") + "Today's routine";
    pages.render(context, "journey/plan.jte", pages.chrome(context, title), params);
  }

  // --- the technique pages ---

  private void techniques(Context context) {
    Map<String, Object> params = new LinkedHashMap<>();
    params.put("techniques", services.catalog().techniques());
    params.put("catalogVersion", services.catalog().version());
    pages.render(context, "journey/techniques.jte", pages.chrome(context, "Techniques"), params);
  }

  private void technique(Context context) {
    Optional<Technique> technique = services.catalog().find(context.pathParam("id"));
    if (technique.isEmpty()) {
      pages.problem(context, Problem.notFound("no technique with this id"));
      return;
    }
    Map<String, Object> params = new LinkedHashMap<>();
    params.put("technique", technique.get());
    params.put("catalogVersion", services.catalog().version());
    pages.render(
        context, "journey/technique.jte", pages.chrome(context, technique.get().name()), params);
  }
}

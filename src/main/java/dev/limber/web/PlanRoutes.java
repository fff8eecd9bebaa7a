package dev.limber.web;

import dev.limber.app.Person;
import dev.limber.app.PlanningService;
import dev.limber.app.Services;
import dev.limber.journal.RoutineChoice;
import dev.limber.json.FieldError;
import dev.limber.json.Fields;
import dev.limber.planning.Preferences;
import dev.limber.screening.InvalidAnswers;
import io.javalin.Javalin;
import io.javalin.http.Context;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * {@code POST /api/plans}: answers and preferences in, the routine and timeline out, as {@code
 * limber plan --json} prints them. Open to all; a signed-in person's journal fills the answers, its
 * pain flags apply, and the screening is kept.
 */
final class PlanRoutes {
  private final Authentication authentication;
  private final Function<Caller, Person> people;
  private final Services services;
  private final PlanRequest request;

  PlanRoutes(
      Authentication authentication,
      Function<Caller, Person> people,
      Services services,
      Clock clock) {
    this.authentication = authentication;
    this.people = people;
    this.services = services;
    this.request = new PlanRequest(services, clock);
  }

  void register(Javalin app) {
    app.post("/api/plans", this::plan);
  }

  private void plan(Context context) {
    Person person = authentication.optional(context).map(people).orElse(Person.ANONYMOUS);
    Object body = Bodies.readJson(context, WebServer.BODY_LIMIT_BYTES);
    List<FieldError> errors = new ArrayList<>();
    Fields root = Fields.root(body, "(body)", errors);
    root.allowOnly("answers", "preferences");
    if (!root.has("answers")) {
      root.reject("answers", "is required: the screening answers of docs/answers-format.md");
    }
    Optional<RoutineChoice> last = services.planning().lastChoice(person);
    Preferences preferences =
        root.optionalObject("preferences")
            .map(fields -> request.preferences(fields, last))
            .orElseGet(() -> request.defaults(last));
    Object answers = body instanceof Map<?, ?> tree ? tree.get("answers") : null;
    if (!errors.isEmpty() || preferences == null) {
      if (root.has("answers")) {
        services
            .screening()
            .rejection(person, answers)
            .ifPresent(rejection -> errors.addAll(prefixed(rejection)));
      }
      throw ScreeningRoutes.rejected(new InvalidAnswers(errors)).exception();
    }
    PlanningService.PlanOutcome outcome = services.planning().plan(person, answers, preferences);
    if (outcome.rejection().isPresent()) {
      List<FieldError> prefixed = new ArrayList<>();
      outcome
          .rejection()
          .get()
          .errors()
          .forEach(
              error -> prefixed.add(new FieldError("answers." + error.field(), error.message())));
      throw ScreeningRoutes.rejected(new InvalidAnswers(prefixed)).exception();
    }
    Bodies.answer(context, outcome.planned().orElseThrow());
  }

  private static List<FieldError> prefixed(InvalidAnswers rejection) {
    return rejection.errors().stream()
        .map(error -> new FieldError("answers." + error.field(), error.message()))
        .toList();
  }
}

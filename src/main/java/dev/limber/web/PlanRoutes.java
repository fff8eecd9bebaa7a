package dev.limber.web;

import dev.limber.app.Person;
import dev.limber.app.PlanningService;
import dev.limber.app.Services;
import dev.limber.catalog.Equipment;
import dev.limber.catalog.Region;
import dev.limber.catalog.Setting;
import dev.limber.journal.RoutineChoice;
import dev.limber.json.FieldError;
import dev.limber.json.Fields;
import dev.limber.planning.Preferences;
import dev.limber.screening.InvalidAnswers;
import io.javalin.Javalin;
import io.javalin.http.Context;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
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
  private final Clock clock;

  PlanRoutes(
      Authentication authentication,
      Function<Caller, Person> people,
      Services services,
      Clock clock) {
    this.authentication = authentication;
    this.people = people;
    this.services = services;
    this.clock = clock;
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
            .map(fields -> preferences(fields, last))
            .orElseGet(() -> defaults(last));
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

  /** The preferences given; place, minutes and equipment left out are the person's last ones. */
  private Preferences preferences(Fields fields, Optional<RoutineChoice> last) {
    int errorsBefore = fields.errors().size();
    fields.allowOnly("minutes", "place", "equipment", "crack", "focus", "seed", "enable");
    int minutes =
        fields.integerOr(
            "minutes",
            Preferences.MIN_MINUTES,
            Preferences.MAX_MINUTES,
            last.map(RoutineChoice::minutes).orElse(10));
    Setting place =
        fields.enumOr("place", Setting.class, last.map(RoutineChoice::place).orElse(Setting.HOME));
    Set<Equipment> equipment = fields.enumSetOr("equipment", Equipment.class);
    if (!fields.has("equipment") && last.isPresent() && last.get().place() == place) {
      equipment = last.get().equipment();
    }
    boolean crack = fields.boolOr("crack", false);
    Region focus = fields.enumOr("focus", Region.class, null);
    long seed = fields.integerOr("seed", 0, Integer.MAX_VALUE, (int) today());
    Set<String> enabled = new LinkedHashSet<>();
    if (fields.has("enable")) {
      List<String> ids = fields.strings("enable");
      for (int index = 0; index < ids.size(); index++) {
        String id = ids.get(index);
        if (services.catalog().find(id).isEmpty()) {
          fields.reject("enable[" + index + "]", "no technique with id \"" + id + "\"");
        } else if (!enabled.add(id)) {
          fields.reject("enable[" + index + "]", "repeats \"" + id + "\"");
        }
      }
    }
    if (fields.errors().size() > errorsBefore) {
      return null;
    }
    return new Preferences(minutes, place, equipment, crack, focus, seed, enabled);
  }

  private Preferences defaults(Optional<RoutineChoice> last) {
    return new Preferences(
        last.map(RoutineChoice::minutes).orElse(10),
        last.map(RoutineChoice::place).orElse(Setting.HOME),
        last.map(RoutineChoice::equipment).orElse(Set.of()),
        false,
        null,
        today(),
        Set.of());
  }

  // The command line's default seed: the same routine all day, a different one tomorrow.
  private long today() {
    return LocalDate.now(clock).toEpochDay();
  }
}

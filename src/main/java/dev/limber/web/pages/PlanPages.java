package dev.limber.web.pages;

import dev.limber.app.InvalidInput;
import dev.limber.app.Person;
import dev.limber.app.PlanningService;
import dev.limber.app.Screened;
import dev.limber.app.Services;
import dev.limber.catalog.Equipment;
import dev.limber.catalog.Setting;
import dev.limber.journal.ScreeningRecord;
import dev.limber.json.FieldError;
import dev.limber.json.Json;
import dev.limber.planning.Preferences;
import dev.limber.render.html.PageChrome;
import dev.limber.render.html.RoutineForm;
import dev.limber.session.PlannedSession;
import dev.limber.web.http.Caller;
import dev.limber.web.http.PlanRequest;
import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
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

/**
 * The routine at {@code /plan}: planned from the answers carried by the form, or from today's kept
 * screening once the person says nothing has changed, with the choices that shaped it.
 */
final class PlanPages {
  private final Pages pages;
  private final Function<Caller, Person> people;
  private final Services services;
  private final VerdictPage verdict;
  private final PlanRequest request;
  private final Clock clock;

  PlanPages(
      Pages pages,
      Function<Caller, Person> people,
      Services services,
      VerdictPage verdict,
      PlanRequest request,
      Clock clock) {
    this.pages = pages;
    this.people = people;
    this.services = services;
    this.verdict = verdict;
    this.request = request;
    this.clock = clock;
  }

  void register(Javalin app) {
    app.get("/plan", this::planToday);
    app.post("/plan", this::plan);
  }

  private Person person(Visitor visitor) {
    return visitor.caller().map(people).orElse(Person.ANONYMOUS);
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
    RoutineForm form = verdict.defaultForm(person, "", true);
    if (context.queryParam("minutes") != null) {
      // A handout's link (its QR code): the printed routine's choices, ready to plan again.
      form = fromQuery(context, form);
    }
    renderPlan(context, form, null, "", "", reuseIntro(kept.get()), Set.of());
  }

  private RoutineForm fromQuery(Context context, RoutineForm defaults) {
    String seed = trimmed(context.queryParam("seed"));
    return new RoutineForm(
        defaults.answers(),
        trimmed(context.queryParam("minutes")),
        trimmed(context.queryParam("place")),
        new LinkedHashSet<>(context.queryParams("equipment")),
        trimmed(context.queryParam("focus")),
        "yes".equals(context.queryParam("crack")),
        "yes".equals(context.queryParam("noWall")),
        seed.matches("[0-9]{1,9}") ? Long.parseLong(seed) : defaults.seed(),
        true,
        List.of());
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
        verdict.show(context, screened, false, null);
        return;
      }
      planned = reused.planned().orElseThrow();
    } else {
      PlanningService.PlanOutcome outcome =
          services.planning().planOnceToday(person, read.answers(), read.preferences());
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
    RoutineForm form = VerdictPage.form(read.preferences(), reuse ? "" : answers, reuse);
    renderPlan(
        context,
        form,
        planned,
        answers,
        Json.write(PlanRequest.json(read.preferences())),
        null,
        read.preferences().enabledOnRequest());
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
    boolean noWall = "yes".equals(context.formParam("noWall"));
    chosen.put("equipment", equipment(place, context.formParams("equipment"), noWall));
    chosen.put("crack", "yes".equals(context.formParam("crack")));
    chosen.put("noWall", noWall);
    List<String> enable = new ArrayList<>(new LinkedHashSet<>(context.formParams("enable")));
    if (!enable.isEmpty()) {
      chosen.put("enable", enable);
    }
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

  /**
   * The equipment ticked plus what the place implies (a desk: a chair and a wall), so the form
   * shows ticked what the planner counts; "no free wall today" wins over a ticked wall.
   */
  static List<String> equipment(String place, List<String> ticked, boolean noWall) {
    Set<String> equipment = new LinkedHashSet<>(ticked);
    if (Setting.DESK.name().equals(place)) {
      Preferences.usuallyAt(Setting.DESK).forEach(item -> equipment.add(item.name()));
    }
    if (noWall) {
      equipment.remove(Equipment.WALL.name());
    }
    return new ArrayList<>(equipment);
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
        reuse && kept.isPresent() ? reuseIntro(kept.get()) : null,
        Set.of());
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
      String intro,
      Set<String> enabled) {
    Map<String, Object> params = new LinkedHashMap<>();
    params.put("form", form);
    params.put("plan", planned == null ? null : planned.plan());
    params.put("answers", answers);
    params.put("preferences", preferences);
    params.put("catalogVersion", services.catalog().version());
    params.put("intro", intro);
    params.put("enabled", enabled);
    String title = (form.errors().isEmpty() ? "" : "Error: ") + "Today's routine";
    pages.render(
        context,
        "journey/plan.jte",
        pages
            .chrome(context, title)
            .withScripts("planform.js")
            .withStylesheets(PageChrome.ROUTINE_STYLES),
        params);
  }
}

package dev.limber.web.pages;

import dev.limber.app.Person;
import dev.limber.app.Screened;
import dev.limber.app.Services;
import dev.limber.catalog.Equipment;
import dev.limber.planning.Preferences;
import dev.limber.render.html.PageChrome;
import dev.limber.render.html.RoutineForm;
import dev.limber.screening.ScreeningResult;
import dev.limber.screening.TechniqueDecision;
import dev.limber.screening.Verdict;
import dev.limber.web.http.PlanRequest;
import io.javalin.http.Context;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/**
 * The verdict page, met after the questionnaire or when a reused screening no longer allows a
 * session, with the routine form that leads on to the plan.
 */
final class VerdictPage {
  private final Pages pages;
  private final Services services;
  private final Predicate<String> followsClinician;
  private final PlanRequest request;

  VerdictPage(
      Pages pages, Services services, Predicate<String> followsClinician, PlanRequest request) {
    this.pages = pages;
    this.services = services;
    this.followsClinician = followsClinician;
    this.request = request;
  }

  /** The verdict page; {@code form} is the routine form below it, null when none is offered. */
  void show(Context context, Screened screened, boolean stoppedEarly, RoutineForm form) {
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
    // the routine form below the verdict ticks what a chosen place brings, as the plan page's does
    pages.render(
        context,
        "journey/verdict.jte",
        pages
            .chrome(context, title)
            .withScripts("planform.js")
            .withStylesheets(PageChrome.ROUTINE_STYLES),
        params);
  }

  /** The routine form filled from this person's last choices. */
  RoutineForm defaultForm(Person person, String answers, boolean reuse) {
    Preferences preferences = request.defaults(person);
    return form(preferences, answers, reuse);
  }

  /** The routine form filled from {@code preferences}. */
  static RoutineForm form(Preferences preferences, String answers, boolean reuse) {
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
}

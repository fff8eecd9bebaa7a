package dev.limber.web.pages;

import dev.limber.app.ClinicianService;
import dev.limber.app.DeskService;
import dev.limber.app.FollowingService;
import dev.limber.app.Forbidden;
import dev.limber.app.HistoryView;
import dev.limber.app.InvalidInput;
import dev.limber.app.ProgramAuthoringService;
import dev.limber.app.ProgramServices;
import dev.limber.catalog.Catalog;
import dev.limber.journal.Reviewer;
import dev.limber.json.FieldError;
import dev.limber.render.html.PageChrome;
import dev.limber.render.html.PainTrendChart;
import dev.limber.render.html.ReliefChart;
import dev.limber.render.html.WeeklyChart;
import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The clinician's desk pages, working without JavaScript (plain forms, post-redirect-get): where a
 * sign-in lands, the desk (alerts, then the people list sorted and filtered by links, programs and
 * open codes), becoming a clinician, a new code, the alerts, and one person's view with their
 * charts, acknowledging an alert and recording a review.
 */
public final class ClinicianPages {
  private final Pages pages;
  private final ClinicianService clinicians;
  private final ProgramAuthoringService authoring;
  private final FollowingService following;
  private final DeskService desk;
  private final boolean clinicianSignUp;

  public ClinicianPages(Pages pages, ProgramServices programs, boolean clinicianSignUp) {
    this.pages = pages;
    this.clinicians = programs.clinicians();
    this.authoring = programs.authoring();
    this.following = programs.following();
    this.desk = programs.desk();
    this.clinicianSignUp = clinicianSignUp;
  }

  public void register(Javalin app) {
    app.get("/signed-in", this::landing);
    app.get("/clinician", this::clinician);
    app.post("/clinician/become", this::become);
    app.post("/clinician/codes", this::createCode);
    app.get("/clinician/alerts", this::alerts);
    app.get("/clinician/people/{person}", this::person);
    app.post("/clinician/people/{person}/acknowledge", this::acknowledge);
    app.post("/clinician/people/{person}/review", this::review);
  }

  /** Each catalog technique's name by its id, for pages that list a program's items. */
  static Map<String, String> techniqueNames(Catalog catalog) {
    Map<String, String> names = new HashMap<>();
    catalog.techniques().forEach(technique -> names.put(technique.id(), technique.name()));
    return names;
  }

  private String account(Context context) {
    return pages.signedIn(context).caller().orElseThrow().accountId();
  }

  private String posting(Context context) {
    pages.signedIn(context);
    return pages.posted(context).caller().orElseThrow().accountId();
  }

  private static void seeOther(Context context, String path) {
    context.redirect(path, HttpStatus.SEE_OTHER);
  }

  /** Where a sign-in lands without a page to go back to: a clinician's desk, else the journal. */
  private void landing(Context context) {
    String account = account(context);
    seeOther(context, desk.isClinician(account) ? "/clinician" : "/journal");
  }

  private void clinician(Context context) {
    String account = account(context);
    DeskService.Desk today;
    try {
      today = desk.desk(account, context.queryParam("sort"), context.queryParam("filter"));
    } catch (Forbidden notYet) {
      pages.render(
          context,
          "clinician-become.jte",
          pages.chrome(context, "Clinicians"),
          Map.of("signUpAllowed", clinicianSignUp));
      return;
    }
    Map<String, Object> params = new HashMap<>();
    params.put("desk", today);
    params.put(
        "newCode",
        Optional.ofNullable(context.queryParam("code"))
            .filter(code -> code.matches("[A-Z0-9-]{9}"))
            .orElse(null));
    pages.render(
        context,
        "clinician.jte",
        pages.chrome(context, "Your desk").withStylesheets(PageChrome.DESK_STYLES),
        params);
  }

  private void become(Context context) {
    String account = posting(context);
    if (!clinicianSignUp) {
      throw new Forbidden("on this server the operator makes clinicians");
    }
    clinicians.grantById(account);
    seeOther(context, "/clinician");
  }

  private void createCode(Context context) {
    String account = posting(context);
    String code = authoring.createCode(account, required(context, "programId")).display();
    seeOther(context, "/clinician?code=" + code);
  }

  private void alerts(Context context) {
    String account = account(context);
    pages.render(
        context,
        "clinician-alerts.jte",
        pages.chrome(context, "Alerts"),
        Map.of("alerts", following.alerts(account)));
  }

  private void person(Context context) {
    String account = account(context);
    String person = context.pathParam("person");
    int days = HistoryView.days(context.queryParam("days"));
    FollowingService.PersonView view = following.person(account, person, days);
    Map<String, String> names = techniqueNames(following.catalog());
    LocalDate today = LocalDate.now(following.zone());
    Map<String, Object> params = new HashMap<>();
    params.put("view", view);
    params.put("personId", person);
    params.put("names", names);
    params.put("zone", following.zone());
    params.put("trend", PainTrendChart.of(view.progress().painTrend(), today, days));
    params.put("weekly", WeeklyChart.of(view.progress().sessionsPerWeek()));
    params.put("relief", ReliefChart.of(view.progress().relief(), names));
    pages.render(
        context,
        "clinician-person.jte",
        pages
            .chrome(context, view.person().email())
            .withStylesheets(PageChrome.CHART_STYLES, PageChrome.DESK_STYLES),
        params);
  }

  private void acknowledge(Context context) {
    String account = posting(context);
    String person = context.pathParam("person");
    following.acknowledge(account, person, required(context, "key"));
    seeOther(
        context,
        Pages.localPath(
            Optional.ofNullable(context.formParam("back")).orElse("/clinician/alerts")));
  }

  private void review(Context context) {
    String account = posting(context);
    String person = context.pathParam("person");
    Reviewer by;
    try {
      by = Reviewer.valueOf(Optional.ofNullable(context.formParam("by")).orElse("PHYSIOTHERAPIST"));
    } catch (IllegalArgumentException e) {
      throw new InvalidInput(
          List.of(new FieldError("by", "must be PHYSIOTHERAPIST, DOCTOR or OTHER")));
    }
    following.review(account, person, by, Optional.empty(), context.formParam("note"));
    seeOther(context, "/clinician/people/" + URLEncoder.encode(person, StandardCharsets.UTF_8));
  }

  private static String required(Context context, String field) {
    String value = context.formParam(field);
    if (value == null || value.isBlank()) {
      throw new InvalidInput(List.of(new FieldError(field, "is required")));
    }
    return value;
  }
}

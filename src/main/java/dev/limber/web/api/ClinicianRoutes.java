package dev.limber.web.api;

import dev.limber.app.ClinicianService;
import dev.limber.app.DeskService;
import dev.limber.app.FollowingService;
import dev.limber.app.HistoryView;
import dev.limber.app.ProgramAuthoringService;
import dev.limber.app.ProgramServices;
import dev.limber.journal.Reviewer;
import dev.limber.json.FieldError;
import dev.limber.json.Fields;
import dev.limber.program.HeldBack;
import dev.limber.program.JoinCode;
import dev.limber.program.ProgramVersion;
import dev.limber.web.http.Authentication;
import dev.limber.web.http.Bodies;
import dev.limber.web.http.Problem;
import io.javalin.Javalin;
import io.javalin.http.Context;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A clinician's desk over JSON under {@code /api/clinician}: becoming a clinician, their programs,
 * versions and join codes, the people who joined them, a person's view, moving a person to another
 * program, reviews and alerts. Every route calls one use case of {@link ProgramServices}; nothing
 * here decides access. Refusals are mapped by {@code ProblemMapping}.
 */
public final class ClinicianRoutes {
  private final ClinicianService clinicians;
  private final ProgramAuthoringService authoring;
  private final FollowingService following;
  private final DeskService desk;
  private final Authentication authentication;
  private final boolean clinicianSignUp;

  public ClinicianRoutes(
      ProgramServices programs, Authentication authentication, boolean clinicianSignUp) {
    this.clinicians = programs.clinicians();
    this.authoring = programs.authoring();
    this.following = programs.following();
    this.desk = programs.desk();
    this.authentication = authentication;
    this.clinicianSignUp = clinicianSignUp;
  }

  public void register(Javalin app) {
    app.post("/api/clinician", this::becomeClinician);
    app.get("/api/clinician/programs", this::programs);
    app.post("/api/clinician/programs", context -> save(context, Optional.empty()));
    app.get("/api/clinician/programs/{id}", this::versions);
    app.put(
        "/api/clinician/programs/{id}",
        context -> save(context, Optional.of(context.pathParam("id"))));
    app.post("/api/clinician/programs/{id}/codes", this::createCode);
    app.get("/api/clinician/codes", this::codes);
    app.get("/api/clinician/people", this::people);
    app.get("/api/clinician/people/{person}", this::person);
    app.put("/api/clinician/people/{person}/program", this::assign);
    app.post("/api/clinician/people/{person}/reviews", this::review);
    app.get("/api/clinician/alerts", this::alerts);
    app.post("/api/clinician/alerts/acknowledged", this::acknowledge);
  }

  private String caller(Context context) {
    return authentication.require(context).accountId();
  }

  private void becomeClinician(Context context) {
    String account = caller(context);
    if (!clinicianSignUp) {
      throw Problem.of(
              403,
              "clinician-sign-up-closed",
              "Clinician sign-up is closed",
              "this server's operator makes clinicians (limber clinician grant EMAIL)")
          .exception();
    }
    clinicians.grantById(account);
    Bodies.answer(context, Map.of("clinician", true));
  }

  private void programs(Context context) {
    Bodies.answer(context, authoring.programs(caller(context)));
  }

  private void save(Context context, Optional<String> programId) {
    String clinician = caller(context);
    ProgramAuthoringService.Saved saved =
        authoring.save(clinician, programId, Bodies.readJson(context, Bodies.LIMIT_BYTES));
    if (saved.version().isEmpty()) {
      throw Problem.invalidFields(saved.errors()).exception();
    }
    Bodies.answer(context, programId.isEmpty() ? 201 : 200, saved.version().get());
  }

  private void versions(Context context) {
    List<ProgramVersion> versions = authoring.versions(caller(context), context.pathParam("id"));
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("latest", versions.get(versions.size() - 1));
    json.put("versions", versions);
    Bodies.answer(context, json);
  }

  private void createCode(Context context) {
    JoinCode code = authoring.createCode(caller(context), context.pathParam("id"));
    Bodies.answer(context, 201, code(code));
  }

  static Map<String, Object> code(JoinCode code) {
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("code", code.display());
    json.put("programId", code.programId());
    json.put("expiresAt", code.expiresAt().toString());
    return json;
  }

  private void codes(Context context) {
    Bodies.answer(
        context, authoring.openCodes(caller(context)).stream().map(ClinicianRoutes::code).toList());
  }

  static Map<String, Object> follower(FollowingService.Follower follower) {
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("personId", follower.link().personId());
    json.put("email", follower.email());
    json.put("program", follower.programTitle());
    json.put("programId", follower.link().programId());
    json.put("joinedAt", follower.link().joinedAt().toString());
    json.put("sharesNotes", follower.link().consent().sharesNotes());
    return json;
  }

  /** The people list at a glance, sorted and filtered by {@code ?sort=} and {@code ?filter=}. */
  private void people(Context context) {
    Bodies.answer(
        context,
        desk.people(caller(context), context.queryParam("sort"), context.queryParam("filter"))
            .people());
  }

  private void person(Context context) {
    String caller = caller(context);
    FollowingService.PersonView view =
        following.person(
            caller, context.pathParam("person"), HistoryView.days(context.queryParam("days")));
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("person", follower(view.person()));
    json.put("program", view.program());
    json.put("adherence", view.adherence());
    json.put("latestVerdict", view.latestVerdict().map(Enum::name).orElse(null));
    json.put("screenedAt", view.screenedAt().map(Object::toString).orElse(null));
    json.put("latestResult", view.latestResult().orElse(null));
    json.put("heldBack", view.heldBack().stream().map(ClinicianRoutes::heldBack).toList());
    json.put("alerts", view.alerts());
    json.put(
        "stoppedForPain", view.stoppedForPain().stream().map(s -> s.started().toString()).toList());
    json.put("mildStops", view.mildStops());
    json.put("insights", view.insights());
    json.put("checkIns", view.checkIns());
    json.put("progress", view.progress());
    Bodies.answer(context, json);
  }

  static Map<String, Object> heldBack(HeldBack held) {
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("techniqueId", held.techniqueId());
    json.put("name", held.name());
    json.put("rule", held.rule());
    json.put("reason", held.reason());
    return json;
  }

  private void assign(Context context) {
    String clinician = caller(context);
    List<FieldError> errors = new ArrayList<>();
    Fields fields = Fields.root(Bodies.readJson(context, Bodies.LIMIT_BYTES), "(body)", errors);
    fields.allowOnly("programId");
    String programId = fields.string("programId");
    if (!errors.isEmpty()) {
      throw Problem.invalidFields(errors).exception();
    }
    List<FieldError> refused = authoring.assign(clinician, context.pathParam("person"), programId);
    if (!refused.isEmpty()) {
      throw Problem.invalidFields(refused).exception();
    }
    context.status(204);
  }

  private void review(Context context) {
    String clinician = caller(context);
    ReviewBody body = ReviewBody.read(context, Optional.of(Reviewer.PHYSIOTHERAPIST));
    var reviewed =
        following.review(
            clinician,
            context.pathParam("person"),
            body.by(),
            body.date(),
            body.note().orElse(null));
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("review", reviewed.review());
    json.put("closedFlags", reviewed.closedFlags());
    Bodies.answer(context, 201, json);
  }

  private void alerts(Context context) {
    List<Map<String, Object>> alerts = new ArrayList<>();
    for (FollowingService.PersonAlert alert : following.alerts(caller(context))) {
      Map<String, Object> json = new LinkedHashMap<>();
      json.put("personId", alert.person().link().personId());
      json.put("email", alert.person().email());
      json.put("alert", alert.alert());
      alerts.add(json);
    }
    Bodies.answer(context, alerts);
  }

  private void acknowledge(Context context) {
    String clinician = caller(context);
    List<FieldError> errors = new ArrayList<>();
    Fields fields = Fields.root(Bodies.readJson(context, Bodies.LIMIT_BYTES), "(body)", errors);
    fields.allowOnly("personId", "key");
    String person = fields.string("personId");
    String key = fields.string("key");
    if (!errors.isEmpty()) {
      throw Problem.invalidFields(errors).exception();
    }
    following.acknowledge(clinician, person, key);
    context.status(204);
  }
}

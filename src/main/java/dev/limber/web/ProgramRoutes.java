package dev.limber.web;

import dev.limber.app.ClinicianService;
import dev.limber.app.FollowingService;
import dev.limber.app.Forbidden;
import dev.limber.app.JoiningService;
import dev.limber.app.NotFound;
import dev.limber.app.ProgramAuthoringService;
import dev.limber.app.ProgramDayService;
import dev.limber.app.ProgramServices;
import dev.limber.app.SessionService;
import dev.limber.journal.Reviewer;
import dev.limber.json.FieldError;
import dev.limber.json.Fields;
import dev.limber.program.HeldBack;
import dev.limber.program.JoinCode;
import dev.limber.program.Link;
import dev.limber.program.ProgramVersion;
import dev.limber.program.Shared;
import dev.limber.session.FromProgram;
import dev.limber.session.SessionRecord;
import io.javalin.Javalin;
import io.javalin.http.Context;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Clinician programs over JSON: a clinician's programs, versions, join codes, people, a person's
 * view, alerts and reviews under {@code /api/clinician}; a person's join (preview, then consent),
 * program, clinician, access log, leaving and today's program session under {@code /api/join} and
 * {@code /api/program}. Every route calls one use case of {@link ProgramServices}; nothing here
 * decides access.
 */
final class ProgramRoutes {
  private final ClinicianService clinicians;
  private final ProgramAuthoringService authoring;
  private final JoiningService joining;
  private final ProgramDayService days;
  private final FollowingService following;
  private final Authentication authentication;
  private final ClientAddress clientAddress;
  private final boolean clinicianSignUp;
  private final Pages pages;

  ProgramRoutes(
      ProgramServices programs,
      Authentication authentication,
      ClientAddress clientAddress,
      boolean clinicianSignUp,
      Pages pages) {
    this.pages = pages;
    this.clinicians = programs.clinicians();
    this.authoring = programs.authoring();
    this.joining = programs.joining();
    this.days = programs.days();
    this.following = programs.following();
    this.authentication = authentication;
    this.clientAddress = clientAddress;
    this.clinicianSignUp = clinicianSignUp;
  }

  void register(Javalin app) {
    app.exception(
        NotFound.class,
        (failure, context) -> answer(context, Problem.notFound(failure.getMessage())));
    app.exception(
        Forbidden.class,
        (failure, context) ->
            answer(
                context,
                Problem.of(403, "not-a-clinician", "Not a clinician", failure.getMessage())));
    app.exception(
        JoiningService.Throttled.class,
        (failure, context) -> {
          context.header("Retry-After", Long.toString(failure.retryAfter().toSeconds()));
          answer(
              context,
              Problem.of(429, "too-many-codes", "Too many join codes tried", failure.getMessage()));
        });
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
    app.post("/api/join/preview", this::preview);
    app.post("/api/join", this::join);
    app.get("/api/program", this::mine);
    app.delete("/api/program", this::leave);
    app.get("/api/program/clinician", this::clinician);
    app.get("/api/program/access-log", this::accessLog);
    app.get("/api/program/today", this::today);
    app.post("/api/program/sessions", this::addSession);
  }

  /** problem+json under /api; an HTML error page anywhere else. */
  private void answer(Context context, Problem problem) {
    if (context.path().startsWith("/api/")) {
      Bodies.problem(context, problem);
    } else {
      pages.problem(context, problem);
    }
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
        authoring.save(clinician, programId, Bodies.readJson(context, WebServer.BODY_LIMIT_BYTES));
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
        context, authoring.openCodes(caller(context)).stream().map(ProgramRoutes::code).toList());
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

  private void people(Context context) {
    Bodies.answer(
        context, following.people(caller(context)).stream().map(ProgramRoutes::follower).toList());
  }

  private void person(Context context) {
    FollowingService.PersonView view =
        following.person(caller(context), context.pathParam("person"));
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("person", follower(view.person()));
    json.put("program", view.program());
    json.put("adherence", view.adherence());
    json.put("latestVerdict", view.latestVerdict().map(Enum::name).orElse(null));
    json.put("heldBack", view.heldBack().stream().map(ProgramRoutes::heldBack).toList());
    json.put("alerts", view.alerts());
    json.put(
        "stoppedForPain", view.stoppedForPain().stream().map(s -> s.started().toString()).toList());
    json.put("mildStops", view.mildStops());
    json.put("insights", view.insights());
    json.put("checkIns", view.checkIns());
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
    Fields fields =
        Fields.root(Bodies.readJson(context, WebServer.BODY_LIMIT_BYTES), "(body)", errors);
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
    List<FieldError> errors = new ArrayList<>();
    Fields fields =
        Fields.root(Bodies.readJson(context, WebServer.BODY_LIMIT_BYTES), "(body)", errors);
    fields.allowOnly("by", "date", "note");
    Reviewer by = fields.enumOr("by", Reviewer.class, Reviewer.PHYSIOTHERAPIST);
    Optional<LocalDate> date = Optional.empty();
    Optional<String> dateText = fields.optionalString("date");
    if (dateText.isPresent()) {
      try {
        date = Optional.of(LocalDate.parse(dateText.get()));
      } catch (DateTimeParseException e) {
        errors.add(new FieldError("date", "must be a date such as 2026-11-29"));
      }
    }
    String note = fields.optionalString("note").orElse(null);
    if (!errors.isEmpty()) {
      throw Problem.invalidFields(errors).exception();
    }
    var reviewed = following.review(clinician, context.pathParam("person"), by, date, note);
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
    Fields fields =
        Fields.root(Bodies.readJson(context, WebServer.BODY_LIMIT_BYTES), "(body)", errors);
    fields.allowOnly("personId", "key");
    String person = fields.string("personId");
    String key = fields.string("key");
    if (!errors.isEmpty()) {
      throw Problem.invalidFields(errors).exception();
    }
    following.acknowledge(clinician, person, key);
    context.status(204);
  }

  private static final String CODE_FIELD = "code";

  private void preview(Context context) {
    String person = caller(context);
    List<FieldError> errors = new ArrayList<>();
    Fields fields =
        Fields.root(Bodies.readJson(context, WebServer.BODY_LIMIT_BYTES), "(body)", errors);
    fields.allowOnly(CODE_FIELD);
    String code = fields.string(CODE_FIELD);
    if (!errors.isEmpty()) {
      throw Problem.invalidFields(errors).exception();
    }
    Bodies.answer(context, preview(joining.preview(person, clientAddress.of(context), code)));
  }

  static Map<String, Object> preview(JoiningService.Preview preview) {
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("clinician", preview.clinicianEmail());
    json.put("program", preview.program());
    List<Map<String, Object>> shared = new ArrayList<>();
    for (Shared item : preview.shared()) {
      shared.add(
          Map.of(
              "what", item.name(),
              "words", item.words(),
              "always", dev.limber.program.Consent.ALWAYS.contains(item)));
    }
    json.put("shared", shared);
    return json;
  }

  private void join(Context context) {
    String person = caller(context);
    List<FieldError> errors = new ArrayList<>();
    Fields fields =
        Fields.root(Bodies.readJson(context, WebServer.BODY_LIMIT_BYTES), "(body)", errors);
    fields.allowOnly(CODE_FIELD, "consent", "shareNotes");
    String code = fields.string(CODE_FIELD);
    Boolean consent = fields.bool("consent");
    boolean shareNotes = fields.boolOr("shareNotes", false);
    if (errors.isEmpty() && !Boolean.TRUE.equals(consent)) {
      errors.add(
          new FieldError("consent", "must be true: you agree to share what the preview lists"));
    }
    if (!errors.isEmpty()) {
      throw Problem.invalidFields(errors).exception();
    }
    Link link = joining.join(person, clientAddress.of(context), code, shareNotes);
    Bodies.answer(context, 201, link);
  }

  private JoiningService.Mine requireMine(Context context) {
    return joining
        .mine(caller(context))
        .orElseThrow(() -> new NotFound("you have not joined a clinician"));
  }

  private void mine(Context context) {
    JoiningService.Mine mine = requireMine(context);
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("clinician", mine.clinicianEmail());
    json.put("link", mine.link());
    json.put("program", mine.program());
    Bodies.answer(context, json);
  }

  private void clinician(Context context) {
    JoiningService.Mine mine = requireMine(context);
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("email", mine.clinicianEmail());
    json.put("joinedAt", mine.link().joinedAt().toString());
    json.put("consent", mine.link().consent());
    Bodies.answer(context, json);
  }

  private void accessLog(Context context) {
    Bodies.answer(context, following.accessLog(caller(context)));
  }

  private void leave(Context context) {
    if (!joining.leave(caller(context))) {
      throw new NotFound("you have not joined a clinician");
    }
    context.status(204);
  }

  /**
   * A session played from today's program, with the program and version it was planned from (the
   * {@code program} of {@code GET /api/program/today}); kept in the journal as {@code POST
   * /api/sessions} keeps one, and counted as a play of that version.
   */
  private void addSession(Context context) {
    String account = caller(context);
    List<FieldError> errors = new ArrayList<>();
    Fields root =
        Fields.root(Bodies.readJson(context, WebServer.BODY_LIMIT_BYTES), "(body)", errors);
    root.allowOnly("programId", "version", "session");
    String programId = root.string("programId");
    if (programId != null && programId.isBlank()) {
      root.reject("programId", "must name the program you follow");
    }
    Integer version = root.integer("version", 1, Integer.MAX_VALUE);
    Optional<SessionRecord> session =
        root.has("session") ? SessionRecord.read(root.object("session")) : Optional.empty();
    if (!root.has("session")) {
      root.reject("session", "is required: the session record, as POST /api/sessions takes it");
    }
    if (!errors.isEmpty() || session.isEmpty() || programId == null || version == null) {
      throw Problem.invalidFields(
              errors.isEmpty()
                  ? List.of(new FieldError("session", "is not a session record"))
                  : errors)
          .exception();
    }
    SessionService.Kept kept =
        days.keepPlayed(account, session.get(), new FromProgram(programId, version));
    Bodies.answer(context, 201, kept.session());
  }

  private void today(Context context) {
    Optional<ProgramDayService.Today> today = days.fromTodaysScreening(caller(context));
    if (today.isEmpty()) {
      throw Problem.of(
              409,
              "screen-first",
              "Screen first",
              "no screening today that may be reused: screen (POST /api/screenings) first")
          .exception();
    }
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("program", today.get().mine().program());
    json.put("heldBack", today.get().heldBack().stream().map(ProgramRoutes::heldBack).toList());
    json.put("plan", today.get().planned());
    Bodies.answer(context, json);
  }
}

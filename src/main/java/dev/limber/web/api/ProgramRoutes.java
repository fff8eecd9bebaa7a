package dev.limber.web.api;

import dev.limber.app.FollowingService;
import dev.limber.app.JoiningService;
import dev.limber.app.NotFound;
import dev.limber.app.ProgramDayService;
import dev.limber.app.ProgramServices;
import dev.limber.app.SessionService;
import dev.limber.json.FieldError;
import dev.limber.json.Fields;
import dev.limber.program.Link;
import dev.limber.program.Shared;
import dev.limber.session.FromProgram;
import dev.limber.session.SessionRecord;
import dev.limber.web.http.Authentication;
import dev.limber.web.http.Bodies;
import dev.limber.web.http.ClientAddress;
import dev.limber.web.http.Problem;
import io.javalin.Javalin;
import io.javalin.http.Context;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A person's clinician program over JSON: joining (preview, then consent) under {@code /api/join};
 * their program, clinician, access log, leaving, today's program session and keeping a session
 * played from it under {@code /api/program}. The program use cases' refusals are mapped in {@code
 * ProblemMapping}. Every route calls one use case of {@link ProgramServices}; nothing here decides
 * access.
 */
public final class ProgramRoutes {
  private final JoiningService joining;
  private final ProgramDayService days;
  private final FollowingService following;
  private final Authentication authentication;
  private final ClientAddress clientAddress;

  public ProgramRoutes(
      ProgramServices programs, Authentication authentication, ClientAddress clientAddress) {
    this.joining = programs.joining();
    this.days = programs.days();
    this.following = programs.following();
    this.authentication = authentication;
    this.clientAddress = clientAddress;
  }

  public void register(Javalin app) {
    app.post("/api/join/preview", this::preview);
    app.post("/api/join", this::join);
    app.get("/api/program", this::mine);
    app.delete("/api/program", this::leave);
    app.get("/api/program/clinician", this::clinician);
    app.get("/api/program/access-log", this::accessLog);
    app.get("/api/program/today", this::today);
    app.post("/api/program/sessions", this::addSession);
  }

  private String caller(Context context) {
    return authentication.require(context).accountId();
  }

  private static final String CODE_FIELD = "code";

  private void preview(Context context) {
    String person = caller(context);
    List<FieldError> errors = new ArrayList<>();
    Fields fields = Fields.root(Bodies.readJson(context, Bodies.LIMIT_BYTES), "(body)", errors);
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
    Fields fields = Fields.root(Bodies.readJson(context, Bodies.LIMIT_BYTES), "(body)", errors);
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
    json.put("contactLine", mine.clinicianContact().orElse(null));
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
    Fields root = Fields.root(Bodies.readJson(context, Bodies.LIMIT_BYTES), "(body)", errors);
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
    json.put("heldBack", today.get().heldBack().stream().map(ClinicianRoutes::heldBack).toList());
    json.put("plan", today.get().planned());
    Bodies.answer(context, json);
  }
}

package dev.limber.web.api;

import dev.limber.app.AccountService;
import dev.limber.app.ClinicianService;
import dev.limber.app.Forbidden;
import dev.limber.app.ProgramAuthoringService;
import dev.limber.app.ProgramServices;
import dev.limber.json.FieldError;
import dev.limber.json.Fields;
import dev.limber.session.Segment;
import dev.limber.session.Timeline;
import dev.limber.web.http.Authentication;
import dev.limber.web.http.Bodies;
import dev.limber.web.http.Problem;
import io.javalin.Javalin;
import io.javalin.http.Context;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The program builder's routes beside the clinician's program routes: one session of a draft
 * program previewed as the player will play it ({@code POST /api/programs/preview}), and the
 * contact line a clinician shares with the people who follow them ({@code /api/clinician/contact}).
 */
public final class ProgramBuilderRoutes {
  private static final String CONTACT_FIELD = "contactLine";

  private final ClinicianService clinicians;
  private final ProgramAuthoringService authoring;
  private final AccountService accounts;
  private final Authentication authentication;

  public ProgramBuilderRoutes(
      ProgramServices programs, AccountService accounts, Authentication authentication) {
    this.clinicians = programs.clinicians();
    this.authoring = programs.authoring();
    this.accounts = accounts;
    this.authentication = authentication;
  }

  public void register(Javalin app) {
    app.post("/api/programs/preview", this::preview);
    app.get("/api/clinician/contact", this::contact);
    app.put("/api/clinician/contact", this::setContact);
  }

  private String clinician(Context context) {
    String account = authentication.require(context).accountId();
    if (!clinicians.isClinician(account)) {
      throw new Forbidden("this account is not a clinician");
    }
    return account;
  }

  private void preview(Context context) {
    String clinician = authentication.require(context).accountId();
    ProgramAuthoringService.Preview preview =
        authoring.preview(clinician, Bodies.readJson(context, Bodies.LIMIT_BYTES));
    if (preview.timeline().isEmpty()) {
      throw Problem.invalidFields(preview.errors()).exception();
    }
    Bodies.answer(context, timeline(preview.timeline().get()));
  }

  /** The timeline with each segment's start, in seconds from the session's start. */
  static Map<String, Object> timeline(Timeline timeline) {
    List<Object> segments = new ArrayList<>();
    for (int index = 0; index < timeline.segments().size(); index++) {
      Segment segment = timeline.segments().get(index);
      Map<String, Object> json = new LinkedHashMap<>();
      json.put("startsAtSeconds", timeline.secondsBefore(index));
      ((Map<?, ?>) segment.toJson()).forEach((key, value) -> json.put((String) key, value));
      segments.add(json);
    }
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("totalSeconds", timeline.totalSeconds());
    json.put("segments", segments);
    return json;
  }

  private void contact(Context context) {
    String clinician = clinician(context);
    Map<String, Object> json = new LinkedHashMap<>();
    json.put(CONTACT_FIELD, accounts.contactLine(clinician).orElse(null));
    Bodies.answer(context, json);
  }

  private void setContact(Context context) {
    String clinician = clinician(context);
    List<FieldError> errors = new ArrayList<>();
    Object body = Bodies.readJson(context, Bodies.LIMIT_BYTES);
    Fields.root(body, "(body)", errors).allowOnly(CONTACT_FIELD);
    // An empty string clears the line, so it is read as it came rather than as a required text.
    Object value = body instanceof Map<?, ?> members ? members.get(CONTACT_FIELD) : null;
    if (value != null && !(value instanceof String)) {
      errors.add(new FieldError(CONTACT_FIELD, "must be a string (empty clears it)"));
    }
    String typed = value instanceof String text ? text : "";
    if (!errors.isEmpty()) {
      throw Problem.invalidFields(errors).exception();
    }
    Map<String, Object> json = new LinkedHashMap<>();
    json.put(CONTACT_FIELD, accounts.setContactLine(clinician, typed).orElse(null));
    Bodies.answer(context, json);
  }
}

package dev.limber.web;

import dev.limber.app.InvalidInput;
import dev.limber.app.ProgramService;
import dev.limber.catalog.Dose;
import dev.limber.catalog.Laterality;
import dev.limber.catalog.Technique;
import dev.limber.journal.Reviewer;
import dev.limber.json.FieldError;
import dev.limber.program.AccessVisits;
import dev.limber.program.ProgramItem;
import dev.limber.program.ProgramVersion;
import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.math.BigInteger;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The programs pages, working without JavaScript (plain forms, post-redirect-get): for a clinician
 * their people, a person's view, the program builder with the technique drawings, and alerts; for a
 * person joining (code, then who and what is shared, then consent), their program and clinician,
 * the access log, and leaving.
 */
final class ProgramPages {
  private final Pages pages;
  private final ProgramService service;
  private final ClientAddress clientAddress;
  private final boolean clinicianSignUp;

  ProgramPages(
      Pages pages, ProgramService service, ClientAddress clientAddress, boolean clinicianSignUp) {
    this.pages = pages;
    this.service = service;
    this.clientAddress = clientAddress;
    this.clinicianSignUp = clinicianSignUp;
  }

  void register(Javalin app) {
    app.get("/clinician", this::clinician);
    app.post("/clinician/become", this::become);
    app.post("/clinician/codes", this::createCode);
    app.get("/clinician/alerts", this::alerts);
    app.get("/clinician/people/{person}", this::person);
    app.post("/clinician/people/{person}/acknowledge", this::acknowledge);
    app.post("/clinician/people/{person}/review", this::review);
    app.get("/clinician/programs/new", context -> builder(context, null));
    app.get("/clinician/programs/{id}", context -> builder(context, context.pathParam("id")));
    app.post("/clinician/programs", this::saveProgram);
    app.get("/join", context -> join(context, "", null, null, 200));
    app.post("/join/preview", this::preview);
    app.post("/join", this::joinNow);
    app.get("/program", this::program);
    app.post("/program/leave", this::leave);
    app.get("/program/access-log", this::accessLog);
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

  private void clinician(Context context) {
    String account = account(context);
    if (!service.isClinician(account)) {
      pages.render(
          context,
          "clinician-become.jte",
          pages.chrome(context, "Clinicians"),
          Map.of("signUpAllowed", clinicianSignUp));
      return;
    }
    Map<String, Object> params = new HashMap<>();
    params.put("people", service.people(account));
    params.put("programs", service.programs(account));
    params.put("codes", service.openCodes(account));
    params.put("alerts", service.alerts(account).size());
    params.put(
        "newCode",
        Optional.ofNullable(context.queryParam("code"))
            .filter(code -> code.matches("[A-Z0-9-]{9}"))
            .orElse(null));
    pages.render(context, "clinician.jte", pages.chrome(context, "Your people"), params);
  }

  private void become(Context context) {
    String account = posting(context);
    if (!clinicianSignUp) {
      throw new ProgramService.Forbidden("on this server the operator makes clinicians");
    }
    service.grantById(account);
    seeOther(context, "/clinician");
  }

  private void createCode(Context context) {
    String account = posting(context);
    String code = service.createCode(account, required(context, "programId")).display();
    seeOther(context, "/clinician?code=" + code);
  }

  private void alerts(Context context) {
    String account = account(context);
    pages.render(
        context,
        "clinician-alerts.jte",
        pages.chrome(context, "Alerts"),
        Map.of("alerts", service.alerts(account)));
  }

  private void person(Context context) {
    String account = account(context);
    String person = context.pathParam("person");
    ProgramService.PersonView view = service.person(account, person);
    Map<String, String> names = techniqueNames();
    pages.render(
        context,
        "clinician-person.jte",
        pages.chrome(context, view.person().email()),
        Map.of("view", view, "personId", person, "names", names));
  }

  private void acknowledge(Context context) {
    String account = posting(context);
    String person = context.pathParam("person");
    service.acknowledge(account, person, required(context, "key"));
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
    service.review(account, person, by, Optional.empty(), context.formParam("note"));
    seeOther(context, "/clinician/people/" + URLEncoder.encode(person, StandardCharsets.UTF_8));
  }

  private static String required(Context context, String field) {
    String value = context.formParam(field);
    if (value == null || value.isBlank()) {
      throw new InvalidInput(List.of(new FieldError(field, "is required")));
    }
    return value;
  }

  private void builder(Context context, String programId) {
    String account = account(context);
    if (!service.isClinician(account)) {
      throw new ProgramService.Forbidden("this account is not a clinician");
    }
    Map<String, String> form = new HashMap<>();
    Map<String, ProgramItem> chosen = new HashMap<>();
    Map<String, Integer> order = new HashMap<>();
    if (programId != null) {
      ProgramVersion version = service.program(account, programId);
      form.put("title", version.program().title());
      form.put("notes", version.program().notes());
      form.put("timesPerDay", Integer.toString(version.program().frequency().timesPerDay()));
      form.put("daysPerWeek", Integer.toString(version.program().frequency().daysPerWeek()));
      form.put("selfCrackAllowed", Boolean.toString(version.program().selfCrackAllowed()));
      List<ProgramItem> items = version.program().items();
      for (int index = 0; index < items.size(); index++) {
        chosen.put(items.get(index).techniqueId(), items.get(index));
        order.put(items.get(index).techniqueId(), index + 1);
      }
    }
    renderBuilder(context, programId, form, rows(chosen, order, Map.of()), List.of(), 200);
  }

  private List<Map<String, String>> rows(
      Map<String, ProgramItem> chosen, Map<String, Integer> order, Map<String, String> typed) {
    List<Map<String, String>> rows = new ArrayList<>();
    for (Technique technique : service.catalog().techniques()) {
      String id = technique.id();
      ProgramItem item = chosen.get(id);
      ProgramItem smallest = smallest(technique);
      Map<String, String> row = new LinkedHashMap<>();
      row.put("id", id);
      row.put("name", technique.name());
      row.put(
          "dose",
          "Range: "
              + technique.dose().describe()
              + (technique.laterality() == Laterality.EACH_SIDE ? ", each side" : "")
              + (technique.isSelfCrack() ? " · self-crack" : ""));
      row.put("included", Boolean.toString(item != null));
      row.put(
          "order",
          typed.getOrDefault("order-" + id, order.containsKey(id) ? order.get(id).toString() : ""));
      row.put(
          "hold",
          typed.getOrDefault(
              "hold-" + id, Integer.toString((item == null ? smallest : item).holdSeconds())));
      row.put(
          "reps",
          typed.getOrDefault(
              "reps-" + id, Integer.toString((item == null ? smallest : item).reps())));
      row.put("sides", Integer.toString(smallest.sides()));
      rows.add(row);
    }
    return rows;
  }

  private static ProgramItem smallest(Technique technique) {
    Dose dose = technique.dose();
    int sides = technique.laterality() == Laterality.EACH_SIDE ? 2 : 1;
    return switch (dose.kind()) {
      case HOLD ->
          new ProgramItem(technique.id(), dose.holdSeconds().min(), dose.reps().min(), sides);
      case REPETITIONS ->
          new ProgramItem(technique.id(), dose.secondsPerRep(), dose.reps().min(), sides);
      case CONTINUOUS, CRACK_ATTEMPT ->
          new ProgramItem(technique.id(), dose.durationSeconds().min(), 1, sides);
    };
  }

  private void renderBuilder(
      Context context,
      String programId,
      Map<String, String> form,
      List<Map<String, String>> rows,
      List<FieldError> errors,
      int status) {
    Map<String, Object> params = new HashMap<>();
    params.put("programId", programId);
    params.put("form", form);
    params.put("techniques", rows);
    params.put("errors", errors);
    context.status(status);
    pages.render(
        context,
        "clinician-program.jte",
        pages.chrome(context, programId == null ? "New program" : "Change the program"),
        params);
  }

  private void saveProgram(Context context) {
    String account = posting(context);
    Optional<String> programId =
        Optional.ofNullable(context.formParam("programId")).filter(id -> !id.isBlank());
    Map<String, String> form = new HashMap<>();
    for (String field :
        List.of("title", "notes", "timesPerDay", "daysPerWeek", "selfCrackAllowed")) {
      Optional.ofNullable(context.formParam(field)).ifPresent(value -> form.put(field, value));
    }
    Map<String, String> typed = new HashMap<>();
    List<String> included = context.formParams("include");
    List<String[]> ordered = new ArrayList<>();
    for (Technique technique : service.catalog().techniques()) {
      String id = technique.id();
      for (String prefix : List.of("order-", "hold-", "reps-", "sides-")) {
        Optional.ofNullable(context.formParam(prefix + id))
            .ifPresent(value -> typed.put(prefix + id, value));
      }
      if (included.contains(id)) {
        ordered.add(new String[] {id, typed.getOrDefault("order-" + id, "")});
      }
    }
    ordered.sort(Comparator.comparingInt(pair -> orderOf(pair[1])));
    List<Object> items = new ArrayList<>();
    List<String> names = new ArrayList<>();
    for (String[] pair : ordered) {
      String id = pair[0];
      Map<String, Object> item = new LinkedHashMap<>();
      item.put("techniqueId", id);
      item.put("holdSeconds", number(typed.get("hold-" + id)));
      item.put("reps", number(typed.get("reps-" + id)));
      item.put("sides", number(typed.get("sides-" + id)));
      items.add(item);
      names.add(service.catalog().find(id).map(Technique::name).orElse(id));
    }
    Map<String, Object> document = new LinkedHashMap<>();
    document.put("title", form.getOrDefault("title", ""));
    document.put("notes", form.getOrDefault("notes", ""));
    document.put("selfCrackAllowed", "true".equals(form.get("selfCrackAllowed")));
    document.put(
        "frequency",
        Map.of(
            "timesPerDay",
            number(form.get("timesPerDay")),
            "daysPerWeek",
            number(form.get("daysPerWeek"))));
    document.put("items", items);
    ProgramService.Saved saved = service.save(account, programId, document);
    if (saved.version().isPresent()) {
      seeOther(context, "/clinician");
      return;
    }
    // Errors name items by position; the page names them by technique.
    List<FieldError> errors = new ArrayList<>();
    for (FieldError error : saved.errors()) {
      String field = error.field();
      for (int index = 0; index < names.size(); index++) {
        field = field.replace("items[" + index + "]", names.get(index));
      }
      errors.add(new FieldError(field, error.message()));
    }
    Map<String, ProgramItem> none = new HashMap<>();
    List<Map<String, String>> rows = rows(none, Map.of(), typed);
    rows.forEach(row -> row.put("included", Boolean.toString(included.contains(row.get("id")))));
    renderBuilder(context, programId.orElse(null), form, rows, errors, 400);
  }

  private static int orderOf(String text) {
    try {
      return Integer.parseInt(text.trim());
    } catch (NumberFormatException e) {
      return Integer.MAX_VALUE;
    }
  }

  /** A form's number as the JSON reader sees one; anything else stays text and is named by it. */
  private static Object number(String text) {
    if (text == null) {
      return null;
    }
    try {
      return new BigInteger(text.trim());
    } catch (NumberFormatException e) {
      return text;
    }
  }

  private void join(
      Context context, String code, String error, ProgramService.Preview preview, int status) {
    pages.signedIn(context);
    Map<String, Object> params = new HashMap<>();
    params.put("code", code);
    params.put("error", error);
    params.put("preview", preview);
    context.status(status);
    pages.render(context, "join.jte", pages.chrome(context, "Join your clinician"), params);
  }

  private void preview(Context context) {
    String account = posting(context);
    String code = Optional.ofNullable(context.formParam("code")).orElse("");
    try {
      ProgramService.Preview preview = service.preview(account, clientAddress.of(context), code);
      join(context, code, null, preview, 200);
    } catch (InvalidInput e) {
      join(context, code, e.errors().get(0).message(), null, 400);
    } catch (ProgramService.NotFound e) {
      join(
          context,
          code,
          "no code like this is waiting to be used: check it with your clinician",
          null,
          400);
    } catch (ProgramService.Throttled e) {
      context.header("Retry-After", Long.toString(e.retryAfter().toSeconds()));
      join(context, code, "too many codes tried: wait 15 minutes, then try again", null, 429);
    }
  }

  private void joinNow(Context context) {
    String account = posting(context);
    String code = Optional.ofNullable(context.formParam("code")).orElse("");
    if (!"true".equals(context.formParam("consent"))) {
      join(context, code, "tick the box to agree before you join", null, 400);
      return;
    }
    try {
      service.join(
          account, clientAddress.of(context), code, "true".equals(context.formParam("shareNotes")));
    } catch (InvalidInput e) {
      join(context, code, e.errors().get(0).message(), null, 400);
      return;
    } catch (ProgramService.NotFound e) {
      join(
          context,
          code,
          "this code is no longer waiting to be used: ask your clinician for a new one",
          null,
          400);
      return;
    }
    seeOther(context, "/program");
  }

  private void program(Context context) {
    String account = account(context);
    Map<String, String> names = techniqueNames();
    Optional<ProgramService.Mine> mine = service.mine(account);
    Map<String, Object> params = new HashMap<>();
    params.put("mine", mine.orElse(null));
    Optional<ProgramService.Today> today =
        mine.isPresent() ? service.today(account) : Optional.empty();
    params.put("today", today.orElse(null));
    params.put("lifted", today.map(ProgramService.Today::lifted).orElse(Set.of()));
    params.put("names", names);
    params.put("clinician", service.isClinician(account));
    params.put("catalogVersion", service.catalog().version());
    pages.render(context, "program.jte", pages.chrome(context, "Your program"), params);
  }

  /** Each catalog technique's name by its id, for pages that list a program's items. */
  private Map<String, String> techniqueNames() {
    Map<String, String> names = new HashMap<>();
    service
        .catalog()
        .techniques()
        .forEach(technique -> names.put(technique.id(), technique.name()));
    return names;
  }

  private void leave(Context context) {
    String account = posting(context);
    service.leave(account);
    seeOther(context, "/program");
  }

  private void accessLog(Context context) {
    String account = account(context);
    pages.render(
        context,
        "program-log.jte",
        pages.chrome(context, "Access log"),
        Map.of(
            "visits",
            AccessVisits.of(service.accessLog(account), service.zone()),
            "zone",
            service.zone()));
  }
}

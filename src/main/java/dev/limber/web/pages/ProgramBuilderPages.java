package dev.limber.web.pages;

import dev.limber.app.ClinicianService;
import dev.limber.app.Forbidden;
import dev.limber.app.ProgramAuthoringService;
import dev.limber.app.ProgramServices;
import dev.limber.catalog.Dose;
import dev.limber.catalog.Laterality;
import dev.limber.catalog.Technique;
import dev.limber.json.FieldError;
import dev.limber.program.ProgramItem;
import dev.limber.program.ProgramVersion;
import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The clinician's program builder pages, working without JavaScript: a new program or a change to
 * one, every catalog technique a row with its dose range, and the document the form makes checked
 * by the authoring use case, its faults named by technique.
 */
public final class ProgramBuilderPages {
  private final Pages pages;
  private final ClinicianService clinicians;
  private final ProgramAuthoringService authoring;

  public ProgramBuilderPages(Pages pages, ProgramServices programs) {
    this.pages = pages;
    this.clinicians = programs.clinicians();
    this.authoring = programs.authoring();
  }

  public void register(Javalin app) {
    app.get("/clinician/programs/new", context -> builder(context, null));
    app.get("/clinician/programs/{id}", context -> builder(context, context.pathParam("id")));
    app.post("/clinician/programs", this::saveProgram);
  }

  private void builder(Context context, String programId) {
    String account = pages.signedIn(context).caller().orElseThrow().accountId();
    if (!clinicians.isClinician(account)) {
      throw new Forbidden("this account is not a clinician");
    }
    Map<String, String> form = new HashMap<>();
    Map<String, ProgramItem> chosen = new HashMap<>();
    Map<String, Integer> order = new HashMap<>();
    if (programId != null) {
      ProgramVersion version = authoring.program(account, programId);
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
    for (Technique technique : authoring.catalog().techniques()) {
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
    pages.signedIn(context);
    String account = pages.posted(context).caller().orElseThrow().accountId();
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
    for (Technique technique : authoring.catalog().techniques()) {
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
      names.add(authoring.catalog().find(id).map(Technique::name).orElse(id));
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
    ProgramAuthoringService.Saved saved = authoring.save(account, programId, document);
    if (saved.version().isPresent()) {
      context.redirect("/clinician", HttpStatus.SEE_OTHER);
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
}

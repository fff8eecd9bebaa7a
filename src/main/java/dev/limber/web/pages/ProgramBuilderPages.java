package dev.limber.web.pages;

import dev.limber.app.AccountService;
import dev.limber.app.ClinicianService;
import dev.limber.app.Forbidden;
import dev.limber.app.InvalidInput;
import dev.limber.app.ProgramAuthoringService;
import dev.limber.app.ProgramServices;
import dev.limber.catalog.Catalog;
import dev.limber.catalog.Dose;
import dev.limber.catalog.Tag;
import dev.limber.catalog.Technique;
import dev.limber.json.FieldError;
import dev.limber.render.html.BuilderView;
import dev.limber.render.html.PageChrome;
import dev.limber.render.html.PageWords;
import dev.limber.session.Segment;
import dev.limber.session.Timeline;
import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The clinician's program builder and contact line, working without JavaScript: the chosen
 * techniques as an ordered list moved with buttons (dragging is an enhancement that posts the same
 * form), doses within the catalog's bounds, one session's total time and timeline as the player
 * plays it, and saving as a new version; faults are named by technique.
 */
public final class ProgramBuilderPages {
  private final Pages pages;
  private final ClinicianService clinicians;
  private final ProgramAuthoringService authoring;
  private final AccountService accounts;

  public ProgramBuilderPages(Pages pages, ProgramServices programs, AccountService accounts) {
    this.pages = pages;
    this.clinicians = programs.clinicians();
    this.authoring = programs.authoring();
    this.accounts = accounts;
  }

  public void register(Javalin app) {
    app.get("/clinician/programs/new", context -> builder(context, null));
    app.get("/clinician/programs/{id}", context -> builder(context, context.pathParam("id")));
    app.post("/clinician/programs", this::post);
    app.get("/clinician/contact", context -> contactPage(context, null, List.of(), 200));
    app.post("/clinician/contact", this::setContact);
  }

  private String clinician(Context context) {
    String account = pages.signedIn(context).caller().orElseThrow().accountId();
    if (!clinicians.isClinician(account)) {
      throw new Forbidden("this account is not a clinician");
    }
    return account;
  }

  private void builder(Context context, String programId) {
    String account = clinician(context);
    ProgramDraft draft =
        programId == null
            ? ProgramDraft.blank()
            : ProgramDraft.of(authoring.program(account, programId).program());
    Optional<String> saved = Optional.ofNullable(context.queryParam("saved"));
    render(context, account, programId, draft, List.of(), saved, 200);
  }

  /** Every button of the builder posts here: save, or change the draft and show it again. */
  private void post(Context context) {
    pages.signedIn(context);
    String account = pages.posted(context).caller().orElseThrow().accountId();
    Optional<String> programId =
        Optional.ofNullable(context.formParam("programId")).filter(id -> !id.isBlank());
    Catalog catalog = authoring.catalog();
    ProgramDraft draft = ProgramDraft.posted(context, catalog);
    String action = Optional.ofNullable(context.formParam("action")).orElse("save");
    if (!"save".equals(action)) {
      draft.apply(action, catalog);
      render(context, account, programId.orElse(null), draft, List.of(), Optional.empty(), 200);
      return;
    }
    ProgramAuthoringService.Saved saved =
        authoring.save(account, programId, draft.document(catalog));
    if (saved.version().isPresent()) {
      context.redirect(
          "/clinician/programs/"
              + saved.version().get().programId()
              + "?saved="
              + saved.version().get().version(),
          HttpStatus.SEE_OTHER);
      return;
    }
    render(
        context,
        account,
        programId.orElse(null),
        draft,
        byTechnique(saved.errors(), draft, catalog),
        Optional.empty(),
        400);
  }

  /** Faults name items by position ({@code items[2].reps}); the page names them by technique. */
  private static List<FieldError> byTechnique(
      List<FieldError> errors, ProgramDraft draft, Catalog catalog) {
    List<FieldError> named = new ArrayList<>();
    List<String> chosen = draft.chosen();
    for (FieldError error : errors) {
      String field = error.field();
      for (int index = 0; index < chosen.size(); index++) {
        String name =
            catalog.find(chosen.get(index)).map(Technique::name).orElse(chosen.get(index));
        field = field.replace("items[" + index + "].holdSeconds", name + ", seconds");
        field = field.replace("items[" + index + "].reps", name + ", times");
        field = field.replace("items[" + index + "]", name);
      }
      named.add(new FieldError(field.replace(".techniqueId", ""), error.message()));
    }
    return named;
  }

  private void render(
      Context context,
      String account,
      String programId,
      ProgramDraft draft,
      List<FieldError> errors,
      Optional<String> saved,
      int status) {
    Catalog catalog = authoring.catalog();
    Map<String, Object> params = new HashMap<>();
    params.put("programId", programId);
    params.put("form", draft.form());
    params.put("chosen", chosen(draft, catalog));
    params.put("groups", groups(draft, catalog));
    params.put("errors", errors);
    params.put("saved", saved.orElse(null));
    params.put("catalogVersion", catalog.version());
    ProgramAuthoringService.Preview preview =
        draft.chosen().isEmpty()
            ? null
            : authoring.preview(account, draft.previewDocument(catalog));
    Optional<Timeline> timeline = preview == null ? Optional.empty() : preview.timeline();
    params.put("total", timeline.map(each -> PageWords.duration(each.totalSeconds())).orElse(null));
    params.put("steps", timeline.map(ProgramBuilderPages::steps).orElse(List.of()));
    params.put(
        "previewFaults",
        preview == null ? List.of() : byTechnique(preview.errors(), draft, catalog));
    context.status(status);
    pages.render(
        context,
        "clinician-program.jte",
        pages
            .chrome(context, programId == null ? "New program" : "Change the program")
            .withScripts("builder.js")
            .withStylesheets(PageChrome.DESK_STYLES),
        params);
  }

  private static List<BuilderView.Chosen> chosen(ProgramDraft draft, Catalog catalog) {
    List<BuilderView.Chosen> chosen = new ArrayList<>();
    for (String id : draft.chosen()) {
      Technique technique = catalog.find(id).orElseThrow();
      Dose dose = technique.dose();
      int holdMin;
      int holdMax;
      String holdLabel;
      switch (dose.kind()) {
        case HOLD -> {
          holdMin = dose.holdSeconds().min();
          holdMax = dose.holdSeconds().max();
          holdLabel = "Seconds each hold";
        }
        case REPETITIONS -> {
          holdMin = dose.secondsPerRep();
          holdMax = dose.secondsPerRep();
          holdLabel = "Seconds each time";
        }
        default -> {
          holdMin = dose.durationSeconds().min();
          holdMax = dose.durationSeconds().max();
          holdLabel = "Seconds in all";
        }
      }
      boolean counted =
          dose.kind() == dev.limber.catalog.DoseKind.HOLD
              || dose.kind() == dev.limber.catalog.DoseKind.REPETITIONS;
      chosen.add(
          new BuilderView.Chosen(
              id,
              technique.name(),
              range(technique),
              holdLabel,
              draft.dose("hold", id),
              holdMin,
              holdMax,
              draft.dose("reps", id),
              counted ? dose.reps().min() : 1,
              counted ? dose.reps().max() : 1,
              ProgramDraft.sidesOf(technique) == 2));
    }
    return chosen;
  }

  private static String range(Technique technique) {
    return technique.dose().describe()
        + (ProgramDraft.sidesOf(technique) == 2 ? ", each side" : "");
  }

  private static List<BuilderView.Group> groups(ProgramDraft draft, Catalog catalog) {
    List<BuilderView.Group> groups = new ArrayList<>();
    for (Tag modality : List.of(Tag.STRETCH, Tag.SELF_MASSAGE, Tag.SELF_CRACK)) {
      List<BuilderView.Choice> choices =
          catalog.techniques().stream()
              .filter(technique -> technique.modality() == modality)
              .map(
                  technique ->
                      new BuilderView.Choice(
                          technique.id(),
                          technique.name(),
                          range(technique),
                          draft.chosen().contains(technique.id())))
              .toList();
      if (!choices.isEmpty()) {
        groups.add(
            new BuilderView.Group(
                switch (modality) {
                  case SELF_MASSAGE -> "Self-massage";
                  case SELF_CRACK -> "Self-cracking (last, after a stretch)";
                  default -> "Stretches";
                },
                choices));
      }
    }
    return groups;
  }

  private static List<BuilderView.Step> steps(Timeline timeline) {
    List<BuilderView.Step> steps = new ArrayList<>();
    List<Segment> segments = timeline.segments();
    for (int index = 0; index < segments.size(); index++) {
      int at = timeline.secondsBefore(index);
      steps.add(
          new BuilderView.Step(
              String.format("%d:%02d", at / 60, at % 60),
              segments.get(index).label(),
              PageWords.duration(segments.get(index).seconds()),
              segments.get(index).kind().name().toLowerCase(java.util.Locale.ROOT)));
    }
    return steps;
  }

  private void contactPage(Context context, String typed, List<FieldError> errors, int status) {
    String account = clinician(context);
    Map<String, Object> params = new HashMap<>();
    params.put("contactLine", typed != null ? typed : accounts.contactLine(account).orElse(""));
    params.put("errors", errors);
    params.put("saved", "saved".equals(context.queryParam("done")));
    params.put("maxLength", AccountService.MAX_CONTACT_LINE_LENGTH);
    context.status(status);
    pages.render(
        context, "clinician-contact.jte", pages.chrome(context, "Your contact line"), params);
  }

  private void setContact(Context context) {
    pages.signedIn(context);
    String account = pages.posted(context).caller().orElseThrow().accountId();
    String typed = Optional.ofNullable(context.formParam("contactLine")).orElse("");
    if (!clinicians.isClinician(account)) {
      throw new Forbidden("this account is not a clinician");
    }
    try {
      accounts.setContactLine(account, typed);
    } catch (InvalidInput refused) {
      contactPage(context, typed, refused.errors(), 400);
      return;
    }
    context.redirect("/clinician/contact?done=saved", HttpStatus.SEE_OTHER);
  }
}

package dev.limber.web.pages;

import dev.limber.app.HistoryView;
import dev.limber.app.InvalidInput;
import dev.limber.app.JournalInsights;
import dev.limber.app.JournalService;
import dev.limber.app.Person;
import dev.limber.app.Services;
import dev.limber.catalog.Technique;
import dev.limber.journal.Insights;
import dev.limber.journal.Reviewer;
import dev.limber.json.FieldError;
import dev.limber.json.Json;
import dev.limber.render.html.Form;
import dev.limber.render.html.HistoryLine;
import dev.limber.render.html.PageChrome;
import dev.limber.render.html.PainTrendChart;
import dev.limber.render.html.ReliefChart;
import dev.limber.render.html.WeeklyChart;
import dev.limber.web.http.Bodies;
import dev.limber.web.http.Caller;
import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import io.javalin.http.UploadedFile;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The signed-in person's journal pages: the history with the open pain flags, check-in, insights
 * drawn as SVG charts, recording a professional review, export, import and forgetting. Each form
 * post parses its fields, calls one {@link JournalService} method, as {@code JournalRoutes} does,
 * and redirects; a refusal shows the form again naming the field, with nothing stored.
 */
public final class JournalPages {
  private static final Map<String, String> CHECK_IN_LABELS =
      Map.of(
          "pain", "Pain now, from 0 to 10",
          "cracked", "I cracked my back since my last check-in",
          "note", "Note");
  private static final Map<String, String> REVIEW_LABELS =
      Map.of("by", "Who saw you", "date", "When", "note", "Note");
  private static final Map<String, String> IMPORT_LABELS = Map.of("file", "Journal file");
  private static final Map<String, String> FORGET_LABELS =
      Map.of("confirm", "I understand that this deletes my whole journal for good");

  private final Pages pages;
  private final Function<Caller, Person> people;
  private final Services services;
  private final Clock clock;

  public JournalPages(
      Pages pages, Function<Caller, Person> people, Services services, Clock clock) {
    this.pages = pages;
    this.people = people;
    this.services = services;
    this.clock = clock;
  }

  public void register(Javalin app) {
    app.get("/journal", this::history);
    app.get("/journal/check-in", context -> checkInPage(context, Form.blank(CHECK_IN_LABELS), 200));
    app.post("/journal/check-in", this::checkIn);
    app.get("/journal/insights", this::insights);
    app.get("/journal/review", context -> reviewPage(context, Form.blank(REVIEW_LABELS), 200));
    app.post("/journal/review", this::review);
    app.get("/journal/export.json", this::export);
    app.get("/journal/import", context -> importPage(context, Form.blank(IMPORT_LABELS), 200));
    app.post("/journal/import", this::importExport);
    app.get("/journal/forget", context -> forgetPage(context, Form.blank(FORGET_LABELS), 200));
    app.post("/journal/forget", this::forget);
  }

  private Person person(Context context) {
    return people.apply(pages.signedIn(context).caller().orElseThrow());
  }

  /** The person of a form post, signed in and with the form token checked. */
  private Person posting(Context context) {
    Person person = person(context);
    pages.posted(context);
    return person;
  }

  private void history(Context context) {
    Person person = person(context);
    int days = days(context);
    HistoryView history = services.journal().history(person, days);
    Map<String, Object> params = new HashMap<>();
    params.put("lines", HistoryLine.of(history, clock.getZone(), techniqueNames()));
    params.put("days", days);
    params.put("flags", history.openFlags());
    params.put("zone", clock.getZone());
    params.put("notice", notice(context));
    pages.render(
        context,
        "journal/history.jte",
        pages.chrome(context, "Your journal").withStylesheets(PageChrome.JOURNAL_STYLES),
        params);
  }

  private void checkIn(Context context) {
    Person person = posting(context);
    Form form = Form.blank(CHECK_IN_LABELS);
    Map<String, String> sent = sent(context, "pain", "cracked", "note");
    String painText = context.formParam("pain");
    Integer pain = null;
    if (painText == null || painText.isBlank()) {
      checkInPage(
          context,
          form.with(sent, List.of(new FieldError("pain", "is required: choose 0 to 10"))),
          400);
      return;
    }
    try {
      pain = Integer.valueOf(painText.trim());
    } catch (NumberFormatException e) {
      checkInPage(
          context,
          form.with(
              sent,
              List.of(
                  new FieldError(
                      "pain",
                      "must be a whole number from 0 to 10, found " + Json.quote(painText)))),
          400);
      return;
    }
    String note = context.formParam("note");
    try {
      services
          .journal()
          .checkIn(
              person,
              pain,
              "yes".equals(context.formParam("cracked")),
              note == null || note.isBlank() ? null : note);
    } catch (InvalidInput refused) {
      checkInPage(context, form.with(sent, refused.errors()), 400);
      return;
    }
    context.redirect("/journal?done=check-in", HttpStatus.SEE_OTHER);
  }

  private void insights(Context context) {
    Person person = person(context);
    String asked = context.queryParam("days");
    int days = asked == null ? Insights.TREND_DAYS : HistoryView.days(asked);
    JournalInsights insights = services.journal().insights(person, days);
    Map<String, Object> params = new HashMap<>();
    params.put("insights", insights);
    params.put("days", days);
    params.put(
        "trend", PainTrendChart.of(insights.insights().painTrend(), LocalDate.now(clock), days));
    params.put("relief", ReliefChart.of(insights.insights().relief(), techniqueNames()));
    params.put("weekly", WeeklyChart.of(insights.insights().sessionsPerWeek()));
    params.put("zone", clock.getZone());
    pages.render(
        context,
        "journal/insights.jte",
        pages.chrome(context, "Insights").withStylesheets(PageChrome.CHART_STYLES),
        params);
  }

  private void review(Context context) {
    Person person = posting(context);
    Form form = Form.blank(REVIEW_LABELS);
    Map<String, String> sent = sent(context, "by", "date", "note");
    List<FieldError> problems = new java.util.ArrayList<>();
    Reviewer by = null;
    String byText = context.formParam("by");
    if (byText == null || byText.isBlank()) {
      problems.add(new FieldError("by", "is required: a physiotherapist, a doctor or another"));
    } else {
      try {
        by = Reviewer.valueOf(byText);
      } catch (IllegalArgumentException e) {
        problems.add(
            new FieldError(
                "by", "must be PHYSIOTHERAPIST, DOCTOR or OTHER, found " + Json.quote(byText)));
      }
    }
    Optional<LocalDate> date = Optional.empty();
    String dateText = context.formParam("date");
    if (dateText != null && !dateText.isBlank()) {
      try {
        date = Optional.of(LocalDate.parse(dateText.trim()));
      } catch (DateTimeParseException e) {
        problems.add(
            new FieldError(
                "date", "must be a date such as 2026-11-29, found " + Json.quote(dateText)));
      }
    }
    if (!problems.isEmpty()) {
      reviewPage(context, form.with(sent, problems), 400);
      return;
    }
    String note = context.formParam("note");
    JournalService.Reviewed reviewed;
    try {
      reviewed =
          services.journal().review(person, by, date, note == null || note.isBlank() ? null : note);
    } catch (InvalidInput refused) {
      reviewPage(context, form.with(sent, refused.errors()), 400);
      return;
    }
    context.redirect(
        "/journal?done=review&closed=" + reviewed.closedFlags().size(), HttpStatus.SEE_OTHER);
  }

  /** The export as {@code GET /api/export} answers it, as a file to keep. */
  private void export(Context context) {
    Person person = person(context);
    context.header(
        "Content-Disposition",
        "attachment; filename=\"limber-journal-" + LocalDate.now(clock) + ".json\"");
    context.header("Cache-Control", "no-store");
    Bodies.answer(context, services.journal().export(person));
  }

  private void importExport(Context context) {
    Person person = posting(context);
    Form form = Form.blank(IMPORT_LABELS);
    UploadedFile file = context.uploadedFile("file");
    if (file == null || file.size() == 0) {
      importPage(
          context,
          form.with(
              Map.of(),
              List.of(new FieldError("file", "choose a journal file exported from Limber"))),
          400);
      return;
    }
    JournalService.Imported imported;
    try (InputStream content = file.content()) {
      imported = services.journal().importExport(person, content);
    } catch (InvalidInput refused) {
      importPage(context, form.with(Map.of(), refused.errors()), 400);
      return;
    } catch (IOException e) {
      throw new UncheckedIOException("read the uploaded journal file", e);
    }
    context.redirect(
        "/journal?done=import&added=" + imported.added().size() + "&kept=" + imported.alreadyKept(),
        HttpStatus.SEE_OTHER);
  }

  private void forget(Context context) {
    Person person = posting(context);
    if (!"yes".equals(context.formParam("confirm"))) {
      forgetPage(
          context,
          Form.blank(FORGET_LABELS)
              .with(
                  Map.of(),
                  List.of(new FieldError("confirm", "tick this box to confirm the deletion"))),
          400);
      return;
    }
    services.journal().forget(person);
    context.redirect("/journal?done=forgotten", HttpStatus.SEE_OTHER);
  }

  private void checkInPage(Context context, Form form, int status) {
    pages.signedIn(context);
    context.status(status);
    pages.render(
        context, "journal/check-in.jte", pages.chrome(context, "Check in"), Map.of("form", form));
  }

  private void reviewPage(Context context, Form form, int status) {
    Person person = person(context);
    context.status(status);
    pages.render(
        context,
        "journal/review.jte",
        pages.chrome(context, "Record a review"),
        Map.of(
            "form",
            form,
            "flags",
            services.journal().safetyHistory(person).openFlags(),
            "zone",
            clock.getZone(),
            "today",
            LocalDate.now(clock).toString()));
  }

  private void importPage(Context context, Form form, int status) {
    pages.signedIn(context);
    context.status(status);
    pages.render(
        context,
        "journal/import.jte",
        pages.chrome(context, "Export and import"),
        Map.of("form", form));
  }

  private void forgetPage(Context context, Form form, int status) {
    pages.signedIn(context);
    context.status(status);
    pages.render(
        context,
        "journal/forget.jte",
        pages.chrome(context, "Forget the journal"),
        Map.of("form", form));
  }

  private Map<String, String> techniqueNames() {
    return services.catalog().techniques().stream()
        .collect(Collectors.toMap(Technique::id, Technique::name, (first, second) -> first));
  }

  /** What a redirect after a form post says happened; built from counts, never from free text. */
  private static String notice(Context context) {
    String done = context.queryParam("done");
    if (done == null) {
      return null;
    }
    return switch (done) {
      case "check-in" -> "Your check-in is kept.";
      case "review" -> {
        int closed = count(context, "closed");
        yield "The review is recorded. "
            + (closed == 0
                ? "There was no open pain flag to close."
                : closed == 1
                    ? "It closed your open pain flag."
                    : "It closed your " + closed + " open pain flags.");
      }
      case "import" -> {
        int added = count(context, "added");
        int kept = count(context, "kept");
        yield "The file is imported: "
            + (added == 1 ? "1 entry" : added + " entries")
            + " added"
            + (kept == 0 ? "." : ", " + kept + " already in the journal.");
      }
      case "forgotten" -> "Your journal is deleted. Your account stays.";
      default -> null;
    };
  }

  private static int count(Context context, String name) {
    try {
      return Math.max(0, Integer.parseInt(context.queryParam(name)));
    } catch (NumberFormatException e) {
      return 0;
    }
  }

  private static int days(Context context) {
    return HistoryView.days(context.queryParam("days"));
  }

  private static Map<String, String> sent(Context context, String... fields) {
    Map<String, String> sent = new LinkedHashMap<>();
    for (String field : fields) {
      String value = context.formParam(field);
      if (value != null) {
        sent.put(field, value);
      }
    }
    return sent;
  }
}

package dev.limber.web;

import dev.limber.app.InvalidInput;
import dev.limber.app.Person;
import dev.limber.app.ReminderService;
import dev.limber.journal.ReminderCalendar;
import dev.limber.journal.ReminderRequest;
import dev.limber.journal.ReminderSettings;
import dev.limber.journal.ReminderSettingsReader;
import dev.limber.json.FieldError;
import dev.limber.json.Fields;
import dev.limber.render.html.ReminderForm;
import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Desk-break calendars: {@code PUT/GET/DELETE /api/calendar} and {@code POST /api/calendar/rotate}
 * for a signed-in person, the private feed {@code GET /calendar/{secret}.ics} (no cookie: the
 * secret is the key; a revoked one answers 404), and the set-up page {@code /calendar}, which works
 * as plain forms.
 */
final class CalendarRoutes {
  private static final List<String> FIELDS =
      List.of("from", "to", "every", "at", "days", "minutes", "place", "equipment", "tz");

  private final Authentication authentication;
  private final Pages pages;
  private final Function<Caller, Person> people;
  private final ReminderService reminders;
  private final Supplier<String> publicUrl;

  CalendarRoutes(
      Authentication authentication,
      Pages pages,
      Function<Caller, Person> people,
      ReminderService reminders,
      Supplier<String> publicUrl) {
    this.authentication = authentication;
    this.pages = pages;
    this.people = people;
    this.reminders = reminders;
    this.publicUrl = publicUrl;
  }

  void register(Javalin app) {
    app.put("/api/calendar", this::put);
    app.get("/api/calendar", this::get);
    app.delete("/api/calendar", this::delete);
    app.post("/api/calendar/rotate", this::rotate);
    app.get("/calendar/{file}", this::feed);
    app.get("/calendar", this::page);
    app.post("/calendar", this::save);
    app.post("/calendar/rotate", this::rotatePage);
    app.post("/calendar/delete", this::deletePage);
  }

  private void put(Context context) {
    Caller caller = authentication.require(context);
    Object body = Bodies.readJson(context, WebServer.BODY_LIMIT_BYTES);
    List<FieldError> errors = new ArrayList<>();
    Fields root = Fields.root(body, "(body)", errors);
    root.allowOnly(FIELDS.toArray(String[]::new));
    ReminderRequest request =
        new ReminderRequest(
            root.optionalString("from"),
            root.optionalString("to"),
            root.optionalString("every"),
            root.has("at") ? root.strings("at") : List.of(),
            root.optionalString("days"),
            root.optionalInteger("minutes", 1, 60),
            root.optionalString("place"),
            root.has("equipment") ? Optional.of(root.strings("equipment")) : Optional.empty(),
            root.optionalString("tz"));
    if (!errors.isEmpty()) {
      throw new InvalidInput(errors);
    }
    Person person = people.apply(caller);
    ReminderSettings settings = reminders.settings(person, request);
    Bodies.answer(context, json(reminders.keep(caller.accountId(), settings)));
  }

  private void get(Context context) {
    Caller caller = authentication.require(context);
    Bodies.answer(context, json(require(reminders.find(caller.accountId()))));
  }

  private void delete(Context context) {
    Caller caller = authentication.require(context);
    if (!reminders.revoke(caller.accountId())) {
      throw Problem.notFound("no desk-break calendar is set up").exception();
    }
    context.status(HttpStatus.NO_CONTENT);
  }

  private void rotate(Context context) {
    Caller caller = authentication.require(context);
    Bodies.answer(context, json(require(reminders.rotate(caller.accountId()))));
  }

  private void feed(Context context) {
    String file = context.pathParam("file");
    String secret = file.endsWith(".ics") ? file.substring(0, file.length() - 4) : "";
    Optional<String> calendar = reminders.feed(secret, publicUrl.get() + "/plan");
    if (calendar.isEmpty()) {
      // Answered here: a calendar app wants a plain 404, never a page about other methods.
      context.status(404);
      Bodies.problem(context, Problem.notFound("no calendar at this address"));
      return;
    }
    context.res().setCharacterEncoding(null);
    context
        .header("Content-Type", "text/calendar; charset=utf-8")
        .header("Cache-Control", "no-store")
        .header("Referrer-Policy", "no-referrer")
        .result(calendar.get());
  }

  private void page(Context context) {
    Visitor visitor = pages.signedIn(context);
    Optional<ReminderCalendar> calendar =
        reminders.find(visitor.caller().orElseThrow().accountId());
    show(context, calendar.map(this::form).orElseGet(() -> defaults(visitor)), 200);
  }

  private void save(Context context) {
    Visitor visitor = pages.posted(context);
    if (!visitor.signedIn()) {
      pages.signedIn(context);
    }
    String owner = visitor.caller().orElseThrow().accountId();
    String mode = "at".equals(context.formParam("mode")) ? "at" : "every";
    String at = Optional.ofNullable(context.formParam("at")).orElse("");
    List<String> days = context.formParams("days");
    ReminderRequest request =
        new ReminderRequest(
            Optional.ofNullable(context.formParam("from")),
            Optional.ofNullable(context.formParam("to")),
            mode.equals("every")
                ? Optional.ofNullable(context.formParam("every"))
                : Optional.empty(),
            mode.equals("at") ? atTimes(at) : List.of(),
            Optional.of(String.join(",", days)),
            minutes(context.formParam("minutes")),
            Optional.ofNullable(context.formParam("place")),
            Optional.empty(),
            Optional.ofNullable(context.formParam("tz")));
    try {
      if (mode.equals("at") && request.at().isEmpty()) {
        throw InvalidInput.of("at", "give at least one time as HH:MM, or choose an interval");
      }
      Person person = people.apply(visitor.caller().orElseThrow());
      reminders.keep(owner, reminders.settings(person, request));
    } catch (InvalidInput invalid) {
      show(
          context,
          new ReminderForm(
              value(context.formParam("from")),
              value(context.formParam("to")),
              mode,
              value(context.formParam("every")),
              at,
              new LinkedHashSet<>(days),
              value(context.formParam("minutes")),
              value(context.formParam("place")),
              value(context.formParam("tz")),
              reminders.find(owner).map(this::subscriptionUrl),
              invalid.errors()),
          400);
      return;
    }
    context.redirect("/calendar", HttpStatus.SEE_OTHER);
  }

  private void rotatePage(Context context) {
    Visitor visitor = pages.posted(context);
    visitor.caller().ifPresent(caller -> reminders.rotate(caller.accountId()));
    context.redirect("/calendar", HttpStatus.SEE_OTHER);
  }

  private void deletePage(Context context) {
    Visitor visitor = pages.posted(context);
    visitor.caller().ifPresent(caller -> reminders.revoke(caller.accountId()));
    context.redirect("/calendar", HttpStatus.SEE_OTHER);
  }

  private void show(Context context, ReminderForm form, int status) {
    context.status(status);
    pages.render(
        context,
        "calendar.jte",
        pages.chrome(context, "Desk-break reminders"),
        Map.of("form", form));
  }

  private ReminderForm defaults(Visitor visitor) {
    Person person = people.apply(visitor.caller().orElseThrow());
    return form(reminders.defaultSettings(person), Optional.empty());
  }

  private ReminderForm form(ReminderCalendar calendar) {
    return form(calendar.settings(), Optional.of(subscriptionUrl(calendar)));
  }

  private static ReminderForm form(ReminderSettings settings, Optional<String> url) {
    Set<String> days = new LinkedHashSet<>();
    settings.daysInOrder().forEach(day -> days.add(ReminderForm.WEEK.get(day.getValue() - 1)));
    return new ReminderForm(
        settings.from().toString(),
        settings.to().toString(),
        settings.every().isPresent() ? "every" : "at",
        settings.every().map(CalendarRoutes::interval).orElse(ReminderSettingsReader.DEFAULT_EVERY),
        String.join(", ", settings.at().stream().map(LocalTime::toString).toList()),
        days,
        Integer.toString(settings.minutes()),
        settings.place().name().toLowerCase(Locale.ROOT),
        settings.zone().getId(),
        url,
        List.of());
  }

  private String subscriptionUrl(ReminderCalendar calendar) {
    return publicUrl.get() + "/calendar/" + calendar.secret() + ".ics";
  }

  private Map<String, Object> json(ReminderCalendar calendar) {
    ReminderSettings settings = calendar.settings();
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("subscriptionUrl", subscriptionUrl(calendar));
    json.put("sequence", calendar.sequence());
    json.put("from", settings.from().toString());
    json.put("to", settings.to().toString());
    json.put("every", settings.every().map(CalendarRoutes::interval).orElse(null));
    json.put("at", settings.at().stream().map(LocalTime::toString).toList());
    json.put(
        "days",
        String.join(
            ",",
            settings.daysInOrder().stream()
                .map(day -> ReminderForm.WEEK.get(day.getValue() - 1))
                .toList()));
    json.put("minutes", settings.minutes());
    json.put("place", settings.place().name());
    json.put("equipment", settings.equipment().stream().map(Enum::name).sorted().toList());
    json.put("tz", settings.zone().getId());
    json.put("breaks", settings.slots().stream().map(LocalTime::toString).toList());
    return json;
  }

  private static String interval(java.time.Duration every) {
    long minutes = every.toMinutes();
    return minutes % 60 == 0 ? minutes / 60 + "h" : minutes + "m";
  }

  private static ReminderCalendar require(Optional<ReminderCalendar> calendar) {
    return calendar.orElseThrow(
        () -> Problem.notFound("no desk-break calendar is set up").exception());
  }

  private static List<String> atTimes(String text) {
    List<String> times = new ArrayList<>();
    for (String part : text.split(",")) {
      if (!part.isBlank()) {
        times.add(part.trim());
      }
    }
    return times;
  }

  private static Optional<Integer> minutes(String text) {
    if (text == null || text.isBlank()) {
      return Optional.empty();
    }
    try {
      return Optional.of(Integer.parseInt(text.trim()));
    } catch (NumberFormatException e) {
      return Optional.of(-1);
    }
  }

  private static String value(String text) {
    return text == null ? "" : text;
  }
}

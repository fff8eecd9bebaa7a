package dev.limber.web.api;

import dev.limber.app.InvalidInput;
import dev.limber.app.Person;
import dev.limber.app.ReminderService;
import dev.limber.journal.ReminderCalendar;
import dev.limber.journal.ReminderRequest;
import dev.limber.journal.ReminderSettings;
import dev.limber.json.FieldError;
import dev.limber.json.Fields;
import dev.limber.render.html.ReminderForm;
import dev.limber.web.http.Authentication;
import dev.limber.web.http.Bodies;
import dev.limber.web.http.Caller;
import dev.limber.web.http.Problem;
import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Desk-break calendars: {@code PUT/GET/DELETE /api/calendar} and {@code POST /api/calendar/rotate}
 * for a signed-in person, and the private feed {@code GET /calendar/{secret}.ics} (no cookie: the
 * secret is the key; a revoked one answers 404). The set-up page is {@code CalendarPages}.
 */
public final class CalendarRoutes {
  private static final List<String> FIELDS =
      List.of("from", "to", "every", "at", "days", "minutes", "place", "equipment", "tz");

  private final Authentication authentication;
  private final Function<Caller, Person> people;
  private final ReminderService reminders;
  private final Supplier<String> publicUrl;

  public CalendarRoutes(
      Authentication authentication,
      Function<Caller, Person> people,
      ReminderService reminders,
      Supplier<String> publicUrl) {
    this.authentication = authentication;
    this.people = people;
    this.reminders = reminders;
    this.publicUrl = publicUrl;
  }

  public void register(Javalin app) {
    app.put("/api/calendar", this::put);
    app.get("/api/calendar", this::get);
    app.delete("/api/calendar", this::delete);
    app.post("/api/calendar/rotate", this::rotate);
    app.get("/calendar/{file}", this::feed);
  }

  private void put(Context context) {
    Caller caller = authentication.require(context);
    Object body = Bodies.readJson(context, Bodies.LIMIT_BYTES);
    List<FieldError> errors = new ArrayList<>();
    Fields root = Fields.root(body, "(body)", errors);
    root.allowOnly(FIELDS.toArray(String[]::new));
    ReminderRequest request =
        new ReminderRequest(
            root.givenString("from"),
            root.givenString("to"),
            root.givenString("every"),
            root.has("at") ? root.strings("at") : List.of(),
            root.givenString("days"),
            root.optionalInteger("minutes", 1, 60),
            root.givenString("place"),
            root.has("equipment") ? Optional.of(root.strings("equipment")) : Optional.empty(),
            root.givenString("tz"));
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
}

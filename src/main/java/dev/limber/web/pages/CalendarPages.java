package dev.limber.web.pages;

import dev.limber.app.InvalidInput;
import dev.limber.app.Person;
import dev.limber.app.ReminderService;
import dev.limber.journal.ReminderCalendar;
import dev.limber.journal.ReminderRequest;
import dev.limber.journal.ReminderSettings;
import dev.limber.journal.ReminderSettingsReader;
import dev.limber.render.html.ReminderForm;
import dev.limber.web.http.Caller;
import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * The desk-break calendar's set-up page {@code /calendar}, which works as plain forms: set up,
 * change, rotate the private address and delete, as {@code CalendarRoutes} does over JSON.
 */
public final class CalendarPages {
  private final Pages pages;
  private final Function<Caller, Person> people;
  private final ReminderService reminders;
  private final Supplier<String> publicUrl;

  public CalendarPages(
      Pages pages,
      Function<Caller, Person> people,
      ReminderService reminders,
      Supplier<String> publicUrl) {
    this.pages = pages;
    this.people = people;
    this.reminders = reminders;
    this.publicUrl = publicUrl;
  }

  public void register(Javalin app) {
    app.get("/calendar", this::page);
    app.post("/calendar", this::save);
    app.post("/calendar/rotate", this::rotatePage);
    app.post("/calendar/delete", this::deletePage);
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
        pages.chrome(context, "Desk-break reminders").withScripts("zone.js"),
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
        settings.every().map(CalendarPages::interval).orElse(ReminderSettingsReader.DEFAULT_EVERY),
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

  private static String interval(java.time.Duration every) {
    long minutes = every.toMinutes();
    return minutes % 60 == 0 ? minutes / 60 + "h" : minutes + "m";
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

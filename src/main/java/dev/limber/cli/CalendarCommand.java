package dev.limber.cli;

import dev.limber.app.InvalidInput;
import dev.limber.app.Person;
import dev.limber.app.ReminderService;
import dev.limber.journal.ReminderRequest;
import dev.limber.journal.ReminderSettings;
import dev.limber.json.FieldError;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * {@code limber calendar}: desk-break reminders as an iCalendar file, each break's description
 * holding the routine screened for today (or the advice to see a professional).
 */
public final class CalendarCommand implements Command {
  private final JournalSource journals;
  private final Supplier<ReminderService> reminders;
  private final Map<String, String> environment;

  public CalendarCommand(
      JournalSource journals,
      Supplier<ReminderService> reminders,
      Map<String, String> environment) {
    this.journals = journals;
    this.reminders = reminders;
    this.environment = Map.copyOf(environment);
  }

  @Override
  public String name() {
    return "calendar";
  }

  @Override
  public String summary() {
    return "Write desk-break reminders as a calendar file (.ics) that follows today's screening";
  }

  @Override
  public List<Option> options() {
    return List.of(
        Option.value("out", "FILE", "the .ics file to write, or - for standard output; required"),
        Option.value("from", "HH:MM", "when the working day starts (default 09:00)"),
        Option.value("to", "HH:MM", "when it ends; no break runs past it (default 17:30)"),
        Option.value(
            "every", "TIME", "a break every 90m, 1h30m, 2h, ... at least 15m (default 90m)"),
        Option.value("at", "HH:MM,...", "fixed break times instead of an interval"),
        Option.value("days", "DAYS", "the days: MO-FR, MO,WE,FR, SA-SU, ... (default MO-FR)"),
        Option.value(
            "minutes",
            "N",
            "how long each break's routine is, 1 to 60 (default: your last plan's, else 3)"),
        Option.value("place", "P", "desk, home or bed (default: your last plan's, else desk)"),
        Option.values("equipment", "E", "what you have at hand (default: your last plan's)"),
        Option.value("tz", "ZONE", "the time zone, e.g. Europe/London (default: this computer's)"),
        Option.flag("force", "replace FILE if it already exists"),
        JournalSource.DB_OPTION);
  }

  @Override
  public int run(Arguments arguments, Io io) throws IOException {
    arguments.noPositionals();
    String target =
        arguments.value("out").orElseThrow(() -> new UsageException("--out FILE is required"));
    boolean toStandardOutput = target.equals("-");
    Path out = Path.of(target);
    if (!toStandardOutput) {
      Path directory = out.toAbsolutePath().getParent();
      if (directory == null || !Files.isDirectory(directory)) {
        throw new UsageException("--out: no such directory: " + directory);
      }
      if (Files.exists(out) && !arguments.flag("force")) {
        throw new UsageException("--out: " + out + " already exists; add --force to replace it");
      }
    }
    ReminderRequest request =
        new ReminderRequest(
            arguments.value("from"),
            arguments.value("to"),
            arguments.value("every"),
            arguments
                .value("at")
                .map(list -> Arrays.stream(list.split(",")).map(String::trim).toList())
                .orElse(List.of()),
            arguments.value("days"),
            arguments.integer("minutes", Integer.MIN_VALUE, Integer.MAX_VALUE),
            arguments.value("place"),
            arguments.all("equipment").isEmpty()
                ? Optional.empty()
                : Optional.of(arguments.all("equipment")),
            arguments.value("tz"));
    ReminderService service = reminders.get();
    String calendar;
    ReminderSettings settings;
    try (JournalSource.Opened opened = journals.open(arguments)) {
      Person person = opened.person();
      try {
        settings = service.settings(person, request);
      } catch (InvalidInput invalid) {
        throw new InvalidInput(
            invalid.errors().stream()
                .map(error -> new FieldError("--" + error.field(), error.message()))
                .toList());
      }
      String base =
          Optional.ofNullable(environment.get("LIMBER_PUBLIC_URL"))
              .filter(url -> !url.isBlank())
              .orElse("http://" + ServeCommand.DEFAULT_HOST + ":" + ServeCommand.DEFAULT_PORT);
      calendar =
          service.calendar(person, settings, "limber-local", base.replaceAll("/+$", "") + "/plan");
    }
    if (toStandardOutput) {
      io.out().print(calendar);
      io.out().flush();
      return ExitCode.OK;
    }
    Files.writeString(out, calendar, StandardCharsets.UTF_8);
    int breaks = settings.slots().size();
    io.out()
        .println(
            "Calendar written to "
                + out
                + ": "
                + breaks
                + (breaks == 1 ? " break" : " breaks")
                + " a day ("
                + String.join(", ", settings.slots().stream().map(Object::toString).toList())
                + "), "
                + settings.minutes()
                + " minutes each, "
                + settings.zone().getId()
                + ". Import it into your calendar; write it again to bring in a new screening.");
    return ExitCode.OK;
  }
}

package dev.limber.app;

import dev.limber.account.Secrets;
import dev.limber.catalog.Equipment;
import dev.limber.catalog.Setting;
import dev.limber.journal.Journal;
import dev.limber.journal.PainFlag;
import dev.limber.journal.ReminderCalendar;
import dev.limber.journal.ReminderCalendars;
import dev.limber.journal.ReminderSettings;
import dev.limber.journal.RoutineChoice;
import dev.limber.journal.ScreeningRecord;
import dev.limber.json.FieldError;
import dev.limber.planning.Preferences;
import dev.limber.planning.Routine;
import dev.limber.planning.RoutineStep;
import dev.limber.screening.RuleBook;
import dev.limber.screening.Verdict;
import dev.limber.session.PlannedSession;
import java.time.Clock;
import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Desk-break reminders for every face: checks the settings (every bad field named, nothing kept),
 * keeps a person's calendar with its private secret, and writes the feed through the {@link
 * CalendarWriter} port. Each feed follows the person's latest screening and journal as they are
 * when the calendar asks — today's routine, or, after SEE_PROFESSIONAL or URGENT or with an open
 * pain flag, the advice to see a professional and no routine — and never keeps anything doing so.
 * Reminders never include a self-crack. Thread-safe.
 */
public final class ReminderService {
  private static final List<String> DAY_CODES = List.of("MO", "TU", "WE", "TH", "FR", "SA", "SU");
  private static final Pattern INTERVAL = Pattern.compile("(?:(\\d{1,2})h)?(?:(\\d{1,4})m)?");
  private static final Pattern TIME = Pattern.compile("([01]\\d|2[0-3]):[0-5]\\d");

  private final ScreeningService screening;
  private final PlanningService planning;
  private final CalendarWriter writer;
  private final ReminderCalendars calendars;
  private final Function<String, Journal> journals;
  private final Clock clock;

  /** Reminders kept in {@code calendars}, each owner's journal from {@code journals}. */
  public ReminderService(
      PlanningService planning,
      CalendarWriter writer,
      ReminderCalendars calendars,
      Function<String, Journal> journals,
      Clock clock) {
    this.planning = planning;
    this.screening = planning.screening();
    this.writer = writer;
    this.calendars = calendars;
    this.journals = journals;
    this.clock = clock;
  }

  /** Settings from what a face was given, the person's last plan filling place, length, kit. */
  public ReminderSettings settings(ReminderRequest request, Optional<RoutineChoice> last) {
    List<FieldError> errors = new ArrayList<>();
    LocalTime from = time("from", request.from().orElse("09:00"), errors);
    LocalTime to = time("to", request.to().orElse("17:30"), errors);
    if (from != null && to != null && !from.isBefore(to)) {
      errors.add(new FieldError("to", "must be after from (" + from + "), found " + to));
    }
    Optional<Duration> every = Optional.empty();
    List<LocalTime> at = new ArrayList<>();
    if (request.every().isPresent() && !request.at().isEmpty()) {
      errors.add(new FieldError("at", "give an interval (every) or fixed times (at), not both"));
    } else if (!request.at().isEmpty()) {
      TreeSet<LocalTime> times = new TreeSet<>();
      for (int index = 0; index < request.at().size(); index++) {
        LocalTime time = time("at[" + index + "]", request.at().get(index), errors);
        if (time != null && !times.add(time)) {
          errors.add(new FieldError("at[" + index + "]", "repeats " + time));
        }
      }
      at.addAll(times);
    } else {
      every = Optional.ofNullable(interval(request.every().orElse("90m"), errors));
    }
    Set<DayOfWeek> days = days(request.days().orElse("MO-FR"), errors);
    int minutes = request.minutes().or(() -> last.map(RoutineChoice::minutes)).orElse(3);
    if (minutes < Preferences.MIN_MINUTES || minutes > Preferences.MAX_MINUTES) {
      errors.add(new FieldError("minutes", "must be from 1 to 60, found " + minutes));
    }
    Setting place = Setting.DESK;
    if (request.place().isPresent()) {
      place = name(Setting.class, "place", request.place().get(), errors);
    } else if (last.isPresent()) {
      place = last.get().place();
    }
    Set<Equipment> equipment = EnumSet.noneOf(Equipment.class);
    if (request.equipment().isPresent()) {
      List<String> names = request.equipment().get();
      for (int index = 0; index < names.size(); index++) {
        Equipment item =
            name(Equipment.class, "equipment[" + index + "]", names.get(index), errors);
        if (item != null) {
          equipment.add(item);
        }
      }
    } else if (last.isPresent() && last.get().place() == place) {
      equipment.addAll(last.get().equipment());
    }
    // A clock on UTC says "Z"; people read and calendars expect the zone's name.
    ZoneId zone = clock.getZone().equals(ZoneOffset.UTC) ? ZoneId.of("UTC") : clock.getZone();
    if (request.tz().isPresent()) {
      try {
        zone = ZoneId.of(request.tz().get().trim());
      } catch (DateTimeException e) {
        errors.add(
            new FieldError(
                "tz",
                "unknown time zone \"" + request.tz().get() + "\"; use a name like Europe/London"));
      }
    }
    if (!errors.isEmpty()) {
      throw new InvalidInput(errors);
    }
    return new ReminderSettings(
        from, to, every, at, days, minutes, place == null ? Setting.DESK : place, equipment, zone);
  }

  /** The feed for a person with no kept calendar (the command line's file), as of today. */
  public String calendar(Person person, ReminderSettings settings, String uidBase, String link) {
    return writer.write(
        feed(person, settings, uidBase, 0, LocalDate.now(clock.withZone(settings.zone())), link));
  }

  /** The owner's kept calendar, if any. */
  public Optional<ReminderCalendar> find(String owner) {
    return calendars.find(owner);
  }

  /**
   * Keeps the owner's settings: a new calendar gets a fresh secret; a changed one keeps its secret
   * and raises its sequence, so subscribed calendars update their events.
   */
  public ReminderCalendar keep(String owner, ReminderSettings settings) {
    Optional<ReminderCalendar> existing = calendars.find(owner);
    ReminderCalendar calendar =
        existing
            .map(
                old ->
                    new ReminderCalendar(
                        settings,
                        old.secret(),
                        old.settings().equals(settings) ? old.sequence() : old.sequence() + 1,
                        LocalDate.now(clock.withZone(settings.zone())),
                        clock.instant()))
            .orElseGet(
                () ->
                    new ReminderCalendar(
                        settings,
                        Secrets.generate(),
                        0,
                        LocalDate.now(clock.withZone(settings.zone())),
                        clock.instant()));
    calendars.put(owner, calendar);
    return calendar;
  }

  /** A new secret for the owner's calendar: the old subscription address stops working. */
  public Optional<ReminderCalendar> rotate(String owner) {
    return calendars
        .find(owner)
        .map(
            old -> {
              ReminderCalendar calendar =
                  new ReminderCalendar(
                      old.settings(),
                      Secrets.generate(),
                      old.sequence(),
                      old.since(),
                      clock.instant());
              calendars.put(owner, calendar);
              return calendar;
            });
  }

  /** Ends the owner's subscription; false when there was none. */
  public boolean revoke(String owner) {
    return calendars.remove(owner);
  }

  /** The feed behind a subscription secret, as of now; empty for an unknown or revoked secret. */
  public Optional<String> feed(String secret, String link) {
    if (secret == null || secret.length() < 32) {
      return Optional.empty();
    }
    return calendars
        .findBySecret(secret)
        .filter(owned -> Secrets.matches(owned.calendar().secret(), secret))
        .map(
            owned ->
                writer.write(
                    feed(
                        Person.withJournal(journals.apply(owned.owner())),
                        owned.calendar().settings(),
                        Secrets.hash(owned.owner()).substring(0, 24),
                        owned.calendar().sequence(),
                        owned.calendar().since(),
                        link)));
  }

  private CalendarFeed feed(
      Person person,
      ReminderSettings settings,
      String uidBase,
      int sequence,
      LocalDate since,
      String link) {
    Today today = today(person, settings);
    return new CalendarFeed(
        settings,
        since,
        today.summary(),
        today.description() + "\n\nOpen today's plan: " + link,
        uidBase,
        sequence,
        clock.instant(),
        Optional.of(link));
  }

  /** What the reminders say today. */
  private record Today(String summary, String description) {}

  private Today today(Person person, ReminderSettings settings) {
    RuleBook rules = screening.rules();
    String emergency = "In an emergency: " + dev.limber.screening.EmergencyNotice.text();
    // A mild stop's flag holds a technique and asks a follow-up; only the others need a review.
    if (screening.safetyHistory(person).openFlags().stream().anyMatch(PainFlag::needsReview)) {
      return seeProfessional(
          "A pain flag is open in your journal (pain during or after a session, or a new"
              + " symptom). "
              + rules.adviceFor(Verdict.SEE_PROFESSIONAL)
              + " Once a professional has seen you, record the review in Limber.",
          emergency);
    }
    Optional<ScreeningRecord> latest = person.journal().flatMap(Journal::latestScreening);
    if (latest.isPresent() && !latest.get().verdict().allowsSession()) {
      return seeProfessional(
          "From your latest screening: " + rules.adviceFor(latest.get().verdict()), emergency);
    }
    if (screening.followUp(person).isPresent()) {
      return new Today(
          "Desk break: check in first",
          "A stretch hurt a little in a recent session, so it rests for a week. Answer the safety"
              + " questions again first: they ask whether your back has settled; then Limber plans a "
              + settings.minutes()
              + "-minute break for you.\n\n"
              + emergency);
    }
    Optional<Screened> screened = screening.reassessToday(person);
    if (screened.isEmpty()) {
      return new Today(
          "Desk break: check in first",
          "You have not screened today, so there is no routine yet. Answer the screening"
              + " questions first; then Limber plans a "
              + settings.minutes()
              + "-minute break for you.\n\n"
              + emergency);
    }
    Verdict verdict = screened.get().result().verdict();
    if (!verdict.allowsSession()) {
      return seeProfessional("From your screening today: " + rules.adviceFor(verdict), emergency);
    }
    PlannedSession planned =
        planning.preview(
            person,
            screened.get(),
            new Preferences(
                settings.minutes(),
                settings.place(),
                settings.equipment(),
                false,
                null,
                LocalDate.now(clock.withZone(settings.zone())).toEpochDay(),
                Set.of()));
    Optional<Routine> routine = planned.plan().findRoutine();
    if (routine.isEmpty()) {
      return new Today(
          "Desk break",
          "None of Limber's techniques fits these settings today: a short walk is a fine break."
              + "\n\n"
              + emergency);
    }
    StringBuilder text = new StringBuilder();
    text.append("Today's ")
        .append(Handout.clock(routine.get().totalSeconds()))
        .append(" routine")
        .append(verdict == Verdict.STRETCH_ONLY ? " (stretches only, no self-cracking)" : "")
        .append(":\n");
    int number = 1;
    for (RoutineStep step : routine.get().steps()) {
      String sides = HandoutService.sides(step);
      text.append(number++)
          .append(". ")
          .append(step.technique().name())
          .append(": ")
          .append(HandoutService.dose(step))
          .append(sides.isEmpty() ? "" : ", " + sides)
          .append('\n');
    }
    text.append("\nStop at once if anything hurts, or at numbness, tingling or weakness.\n")
        .append(emergency);
    return new Today("Desk break: " + settings.minutes() + "-minute back routine", text.toString());
  }

  private static Today seeProfessional(String why, String emergency) {
    return new Today(
        "See a professional (no desk-break routine)",
        "No routine in these reminders: " + why + "\n\n" + emergency);
  }

  private static LocalTime time(String field, String text, List<FieldError> errors) {
    String trimmed = text.trim();
    if (!TIME.matcher(trimmed).matches()) {
      errors.add(new FieldError(field, "must be a time of day as HH:MM, found \"" + text + "\""));
      return null;
    }
    try {
      return LocalTime.parse(trimmed);
    } catch (DateTimeParseException e) {
      errors.add(new FieldError(field, "must be a time of day as HH:MM, found \"" + text + "\""));
      return null;
    }
  }

  private static Duration interval(String text, List<FieldError> errors) {
    String trimmed = text.trim().toLowerCase(Locale.ROOT);
    Matcher matcher = INTERVAL.matcher(trimmed);
    if (trimmed.isEmpty() || !matcher.matches()) {
      errors.add(
          new FieldError(
              "every", "must be a length like 90m, 1h30m or 2h, found \"" + text + "\""));
      return null;
    }
    long minutes =
        (matcher.group(1) == null ? 0 : Long.parseLong(matcher.group(1)) * 60)
            + (matcher.group(2) == null ? 0 : Long.parseLong(matcher.group(2)));
    Duration interval = Duration.ofMinutes(minutes);
    if (interval.compareTo(ReminderSettings.SHORTEST_INTERVAL) < 0) {
      errors.add(new FieldError("every", "must be at least 15 minutes, found \"" + text + "\""));
      return null;
    }
    return interval;
  }

  private static Set<DayOfWeek> days(String text, List<FieldError> errors) {
    Set<DayOfWeek> days = EnumSet.noneOf(DayOfWeek.class);
    for (String part : text.toUpperCase(Locale.ROOT).split(",")) {
      String[] ends = part.trim().split("-", -1);
      if (ends.length > 2) {
        errors.add(new FieldError("days", "\"" + part.trim() + "\" is not a day or a range"));
        continue;
      }
      int first = DAY_CODES.indexOf(ends[0].trim());
      int last = DAY_CODES.indexOf(ends[ends.length - 1].trim());
      if (first < 0 || last < 0) {
        errors.add(
            new FieldError(
                "days",
                "unknown day \""
                    + (first < 0 ? ends[0].trim() : ends[ends.length - 1].trim())
                    + "\"; use MO TU WE TH FR SA SU, a range like MO-FR, or a list like MO,WE,FR"));
        continue;
      }
      if (first > last) {
        errors.add(new FieldError("days", "the range \"" + part.trim() + "\" runs backwards"));
        continue;
      }
      for (int day = first; day <= last; day++) {
        days.add(DayOfWeek.of(day + 1));
      }
    }
    return days;
  }

  private static <E extends Enum<E>> E name(
      Class<E> type, String field, String text, List<FieldError> errors) {
    String wanted = text.trim().toUpperCase(Locale.ROOT).replace('-', '_');
    for (E value : type.getEnumConstants()) {
      if (value.name().equals(wanted)) {
        return value;
      }
    }
    List<String> allowed = new ArrayList<>();
    for (E value : type.getEnumConstants()) {
      allowed.add(value.name().toLowerCase(Locale.ROOT).replace('_', '-'));
    }
    errors.add(
        new FieldError(
            field, "unknown value \"" + text + "\"; allowed: " + String.join(", ", allowed)));
    return null;
  }
}

package dev.limber.app;

import dev.limber.account.Secrets;
import dev.limber.journal.Journal;
import dev.limber.journal.PainFlag;
import dev.limber.journal.ReminderCalendar;
import dev.limber.journal.ReminderCalendars;
import dev.limber.journal.ReminderRequest;
import dev.limber.journal.ReminderSettings;
import dev.limber.journal.ReminderSettingsReader;
import dev.limber.journal.ScreeningRecord;
import dev.limber.planning.Preferences;
import dev.limber.planning.Routine;
import dev.limber.planning.RoutineStep;
import dev.limber.screening.RuleBook;
import dev.limber.screening.SafetyWords;
import dev.limber.screening.Verdict;
import dev.limber.session.PlannedSession;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * Desk-break reminders for every face: reads the settings with their defaults ({@link
 * ReminderSettingsReader}; every bad field named, nothing kept), keeps a person's calendar with its
 * private secret, and writes the feed through the {@link CalendarWriter} port. Each feed follows
 * the person's latest screening and journal as they are when the calendar asks — today's routine,
 * or, after SEE_PROFESSIONAL or URGENT or with an open pain flag, the advice to see a professional
 * and no routine — and never keeps anything doing so. Reminders never include a self-crack.
 * Thread-safe.
 */
public final class ReminderService {
  private static final SafetyWords WORDS = SafetyWords.bundled();

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

  /**
   * The settings a face was given, each part left out filled with its default — the person's last
   * plan for the length, place and equipment, this clock's time zone — or {@link InvalidInput}
   * naming every bad field, nothing kept.
   */
  public ReminderSettings settings(Person person, ReminderRequest request) {
    // A clock on UTC says "Z"; people read and calendars expect the zone's name.
    ZoneId zone = clock.getZone().equals(ZoneOffset.UTC) ? ZoneId.of("UTC") : clock.getZone();
    ReminderSettingsReader.Reading reading =
        ReminderSettingsReader.read(request, planning.lastChoice(person), zone);
    if (!reading.errors().isEmpty()) {
      throw new InvalidInput(reading.errors());
    }
    return reading.settings().orElseThrow();
  }

  /** The settings a set-up form offers a person who has none yet: every default. */
  public ReminderSettings defaultSettings(Person person) {
    return settings(person, ReminderRequest.NOTHING);
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
    String emergency = WORDS.emergencyLine(dev.limber.screening.EmergencyNotice.text());
    // A mild stop's flag holds a technique and asks a follow-up; only the others need a review.
    if (screening.safetyHistory(person).openFlags().stream().anyMatch(PainFlag::needsReview)) {
      return seeProfessional(
          WORDS.sentence(SafetyWords.Sentence.openFlag)
              + " "
              + WORDS.sentence(SafetyWords.Sentence.openFlagWhatToDo)
              + " "
              + WORDS.sentence(SafetyWords.Sentence.recordReview),
          emergency);
    }
    Optional<ScreeningRecord> latest = person.journal().flatMap(Journal::latestScreening);
    if (latest.isPresent() && !latest.get().verdict().allowsSession()) {
      return seeProfessional(
          "Your latest screening: "
              + WORDS.name(latest.get().verdict())
              + ". "
              + rules.adviceFor(latest.get().verdict()),
          emergency);
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
      return seeProfessional(
          "Your screening today: " + WORDS.name(verdict) + ". " + rules.adviceFor(verdict),
          emergency);
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
    text.append("Your screening today: ").append(WORDS.name(verdict)).append(".\n");
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
    text.append("\n" + WORDS.sentence(SafetyWords.Sentence.stopIfItHurts) + "\n").append(emergency);
    return new Today("Desk break: " + settings.minutes() + "-minute back routine", text.toString());
  }

  private static Today seeProfessional(String why, String emergency) {
    return new Today(
        "See a professional (no desk-break routine)",
        "No routine in these reminders: " + why + "\n\n" + emergency);
  }
}

package dev.limber.render.ical;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.limber.app.InvalidInput;
import dev.limber.app.Person;
import dev.limber.app.ReminderService;
import dev.limber.app.Services;
import dev.limber.catalog.Catalog;
import dev.limber.journal.InMemoryJournal;
import dev.limber.journal.InMemoryReminderCalendars;
import dev.limber.journal.Journal;
import dev.limber.journal.ReminderCalendar;
import dev.limber.journal.ReminderRequest;
import dev.limber.journal.ReminderSettings;
import dev.limber.json.FieldError;
import dev.limber.json.Json;
import dev.limber.screening.EmergencyNotice;
import dev.limber.screening.RuleBook;
import dev.limber.session.Ending;
import dev.limber.session.Outcome;
import dev.limber.session.SegmentKind;
import dev.limber.session.SegmentRecord;
import dev.limber.session.SessionRecord;
import dev.limber.session.StepDose;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.TimeZone;
import net.fortuna.ical4j.model.component.VAlarm;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.component.VTimeZone;
import org.junit.jupiter.api.Test;

class IcalCalendarWriterTest {
  /** Thursday 25 March 2027, 08:00 in London: the clocks go forward on Sunday the 28th. */
  static final Clock CLOCK =
      Clock.fixed(Instant.parse("2027-03-25T08:00:00Z"), ZoneId.of("Europe/London"));

  final Services services = Services.of(Catalog.bundled(), RuleBook.bundled(), CLOCK);
  final InMemoryReminderCalendars calendars = new InMemoryReminderCalendars();
  final Map<String, Journal> journals = new ConcurrentHashMap<>();
  final ReminderService reminders =
      new ReminderService(
          services.planning(),
          new IcalCalendarWriter(),
          calendars,
          owner -> journals.computeIfAbsent(owner, key -> new InMemoryJournal()),
          CLOCK);
  final Journal ana = journals.computeIfAbsent("ana", key -> new InMemoryJournal());
  final Person person = Person.withJournal(ana);

  static String answers(String change) {
    try (InputStream in = IcalCalendarWriterTest.class.getResourceAsStream("/answers/clear.json")) {
      String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      return change.isEmpty() ? text : text.replace(change.split("=>")[0], change.split("=>")[1]);
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  ReminderSettings settings(String... options) {
    Map<String, String> given = new java.util.HashMap<>();
    for (int index = 0; index < options.length; index += 2) {
      given.put(options[index], options[index + 1]);
    }
    return reminders.settings(
        Person.ANONYMOUS,
        new ReminderRequest(
            Optional.ofNullable(given.get("from")),
            Optional.ofNullable(given.get("to")),
            Optional.ofNullable(given.get("every")),
            given.containsKey("at") ? List.of(given.get("at").split(",")) : List.of(),
            Optional.ofNullable(given.get("days")),
            Optional.ofNullable(given.get("minutes")).map(Integer::valueOf),
            Optional.ofNullable(given.get("place")),
            Optional.empty(),
            Optional.ofNullable(given.get("tz"))));
  }

  static Calendar parse(String text) throws Exception {
    Calendar calendar = new CalendarBuilder().build(new StringReader(text));
    assertThat(calendar.validate().getEntries()).as(text).isEmpty();
    return calendar;
  }

  static List<VEvent> events(Calendar calendar) {
    return calendar.getComponents(net.fortuna.ical4j.model.Component.VEVENT);
  }

  static String value(VEvent event, String property) {
    return event.getProperty(property).map(Property::getValue).orElseThrow();
  }

  String feed() {
    reminders.keep("ana", settings("every", "3h", "tz", "Europe/London"));
    return reminders
        .feed(reminders.find("ana").orElseThrow().secret(), "https://limber.example/plan")
        .orElseThrow();
  }

  @Test
  void everyFeedParsesAndValidatesWithOneWeeklyEventPerBreak() throws Exception {
    List<ReminderSettings> variants =
        List.of(
            settings(),
            settings("from", "08:00", "to", "12:00", "every", "45m", "days", "MO,WE,FR"),
            settings("at", "10:30,15:00", "days", "SA-SU", "tz", "America/New_York"),
            settings("every", "2h", "tz", "UTC", "minutes", "5"),
            settings("every", "1h30m", "days", "MO-FR,SU", "tz", "Asia/Kolkata"));

    for (ReminderSettings variant : variants) {
      Calendar calendar =
          parse(reminders.calendar(person, variant, "ana", "https://x.example/plan"));

      List<VEvent> events = events(calendar);
      assertThat(events).hasSize(variant.slots().size());
      assertThat(events.stream().map(event -> value(event, Property.UID)).distinct())
          .hasSize(events.size());
      for (VEvent event : events) {
        String byDay = value(event, Property.RRULE);
        assertThat(byDay).startsWith("FREQ=WEEKLY;BYDAY=");
        assertThat(byDay.substring(byDay.indexOf("BYDAY=") + 6).split(","))
            .hasSize(variant.days().size());
        assertThat(value(event, Property.DURATION)).isEqualTo("PT" + variant.minutes() + "M");
        assertThat(event.getProperty(Property.DTSTAMP)).isPresent();
        assertThat(value(event, Property.URL)).isEqualTo("https://x.example/plan");
      }
    }
  }

  @Test
  void aCalendarInUtcWritesItsTimesWithZAndNoTzid() throws Exception {
    for (String zone : List.of("UTC", "Etc/UTC", "Z")) {
      String text =
          reminders.calendar(
              person, settings("at", "09:00", "tz", zone), "ana", "https://x.example/plan");

      Calendar calendar = parse(text);

      assertThat(text).as(zone).doesNotContain("TZID").doesNotContain("BEGIN:VTIMEZONE");
      VEvent event = events(calendar).get(0);
      assertThat(value(event, Property.DTSTART)).as(zone).matches("\\d{8}T090000Z");
    }
  }

  @Test
  void aCalendarInAZoneKeepsItsTzidWithItsVtimezone() throws Exception {
    String text =
        reminders.calendar(
            person, settings("at", "09:00", "tz", "Europe/Paris"), "ana", "https://x.example/plan");

    assertThat(text).contains("DTSTART;TZID=Europe/Paris:").contains("BEGIN:VTIMEZONE");
  }

  @Test
  void breaksFillTheWorkingHoursAndNoneRunsPastTheEnd() {
    ReminderSettings settings =
        settings("from", "09:00", "to", "17:30", "every", "90m", "minutes", "3");

    assertThat(settings.slots().stream().map(Object::toString))
        .containsExactly("09:00", "10:30", "12:00", "13:30", "15:00", "16:30");
  }

  @Test
  void aNineOClockBreakStaysAtNineLocalAcrossTheSpringAndAutumnClockChanges() throws Exception {
    Calendar calendar =
        parse(
            reminders.calendar(person, settings("at", "09:00", "tz", "Europe/London"), "ana", "u"));

    VEvent event = events(calendar).get(0);
    assertThat(event.getProperty(Property.DTSTART).orElseThrow().toString())
        .startsWith("DTSTART;TZID=Europe/London:20270325T090000");
    VTimeZone definition =
        (VTimeZone)
            calendar.getComponent(net.fortuna.ical4j.model.Component.VTIMEZONE).orElseThrow();
    TimeZone london = new TimeZone(definition);
    ZoneId zone = ZoneId.of("Europe/London");
    Map<String, String> nineLocalInUtc =
        Map.of(
            "2027-03-26", "2027-03-26T09:00:00Z",
            "2027-03-29", "2027-03-29T08:00:00Z",
            "2027-10-29", "2027-10-29T08:00:00Z",
            "2027-11-01", "2027-11-01T09:00:00Z");
    nineLocalInUtc.forEach(
        (day, utc) -> {
          Instant nine = LocalDateTime.parse(day + "T09:00").atZone(zone).toInstant();
          assertThat(nine).as(day).isEqualTo(Instant.parse(utc));
          assertThat(london.getOffset(nine.toEpochMilli()))
              .as("the VTIMEZONE's offset on " + day)
              .isEqualTo(zone.getRules().getOffset(nine).getTotalSeconds() * 1000);
        });
    var occurrences =
        event.calculateRecurrenceSet(
            new net.fortuna.ical4j.model.Period<>(
                ZonedDateTime.parse("2027-03-25T00:00Z[Europe/London]"),
                ZonedDateTime.parse("2027-04-01T00:00+01:00[Europe/London]")));
    assertThat(occurrences.stream().map(period -> period.getStart().toString()))
        .hasSize(5)
        .anySatisfy(start -> assertThat(start).startsWith("2027-03-26T09:00Z"))
        .anySatisfy(start -> assertThat(start).startsWith("2027-03-29T09:00+01:00"));
  }

  @Test
  void everyBreakHasADisplayAlarmAtItsStart() throws Exception {
    Calendar calendar = parse(reminders.calendar(person, settings(), "ana", "u"));

    for (VEvent event : events(calendar)) {
      List<VAlarm> alarms = event.getAlarms();
      assertThat(alarms).hasSize(1);
      assertThat(alarms.get(0).getProperty(Property.ACTION).orElseThrow().getValue())
          .isEqualTo("DISPLAY");
      assertThat(alarms.get(0).getProperty(Property.TRIGGER).orElseThrow().getValue())
          .isEqualTo("PT0S");
      assertThat(alarms.get(0).getProperty(Property.DESCRIPTION)).isPresent();
    }
  }

  @Test
  void theFeedCarriesTodaysRoutineAndSaysSeeAProfessionalOnceAPainFlagOpens() throws Exception {
    services.screening().screen(person, Json.parse(answers("")), java.util.Set.of());

    String routine = feed();
    SessionRecord painful = painfulSession();
    services.sessions().record(person, painful);
    String flagged = feed();

    String routineText = value(events(parse(routine)).get(0), Property.DESCRIPTION);
    assertThat(routineText).contains("Today's").contains("1. ").contains("In an emergency");
    String flaggedText = value(events(parse(flagged)).get(0), Property.DESCRIPTION);
    assertThat(value(events(parse(flagged)).get(0), Property.SUMMARY))
        .isEqualTo("See a professional (no desk-break routine)");
    assertThat(flaggedText).contains("A pain flag is open").doesNotContain("1. ");
    for (var technique : Catalog.bundled().techniques()) {
      assertThat(flaggedText).doesNotContain(technique.name());
      if (technique.isSelfCrack()) {
        assertThat(routineText).doesNotContain(technique.name());
      }
    }
  }

  @Test
  void aMildStopAsksForTheFollowUpFirstInsteadOfSayingSeeAProfessional() throws Exception {
    services.screening().screen(person, Json.parse(answers("")), java.util.Set.of());
    Instant started = CLOCK.instant().minusSeconds(600);
    services
        .sessions()
        .record(
            person,
            new SessionRecord(
                started,
                started.plusSeconds(60),
                List.of(new StepDose("wall-slide", 10, 1, 1)),
                List.of(
                    new SegmentRecord(SegmentKind.PAIN_CHECK, null, null, null, 5, Outcome.DONE),
                    new SegmentRecord(
                        SegmentKind.HOLD, "wall-slide", null, 1, 10, Outcome.NOT_REACHED)),
                2,
                null,
                List.of(new dev.limber.session.PainStop(1, "wall-slide", 3, false, true, false)),
                0,
                Ending.STOPPED_FOR_PAIN));

    VEvent event = events(parse(feed())).get(0);

    assertThat(value(event, Property.SUMMARY)).isEqualTo("Desk break: check in first");
    assertThat(value(event, Property.DESCRIPTION))
        .contains("whether your back has settled")
        .contains(EmergencyNotice.text())
        .doesNotContain("A pain flag is open")
        .doesNotContain("1. ");
  }

  @Test
  void aSeeProfessionalOrUrgentScreeningLeavesTheRoutineOut() throws Exception {
    for (String change :
        List.of(
            "\"painScore\": 2=>\"painScore\": 8", "\"chestPain\": false=>\"chestPain\": true")) {
      Journal journal = new InMemoryJournal();
      Person someone = Person.withJournal(journal);
      services.screening().screen(someone, Json.parse(answers(change)), java.util.Set.of());

      String text =
          value(
              events(parse(reminders.calendar(someone, settings(), "x", "u"))).get(0),
              Property.DESCRIPTION);

      assertThat(text).startsWith("No routine in these reminders: Your latest screening: ");
      assertThat(text)
          .doesNotContain("1. ")
          .doesNotContain("SEE_PROFESSIONAL")
          .doesNotContain("URGENT");
    }
  }

  @Test
  void withoutAScreeningTodayTheBreaksAskForOneFirst() throws Exception {
    String text =
        value(
            events(parse(reminders.calendar(person, settings(), "x", "u"))).get(0),
            Property.DESCRIPTION);

    assertThat(text).contains("You have not screened today").doesNotContain("1. ");
  }

  @Test
  void uidsStayAndTheSequenceRisesOnlyWhenTheSettingsChange() throws Exception {
    ReminderCalendar first = reminders.keep("ana", settings("every", "3h"));
    String before = reminders.feed(first.secret(), "u").orElseThrow();
    ReminderCalendar same = reminders.keep("ana", settings("every", "3h"));
    ReminderCalendar changed = reminders.keep("ana", settings("every", "3h", "minutes", "5"));
    String after = reminders.feed(changed.secret(), "u").orElseThrow();

    assertThat(same.sequence()).isZero();
    assertThat(changed.sequence()).isEqualTo(1);
    assertThat(changed.secret()).isEqualTo(first.secret());
    assertThat(value(events(parse(before)).get(0), Property.UID))
        .isEqualTo(value(events(parse(after)).get(0), Property.UID));
    assertThat(value(events(parse(after)).get(0), Property.SEQUENCE)).isEqualTo("1");
  }

  @Test
  void aRotatedOrRevokedSecretFindsNoFeed() {
    String old = reminders.keep("ana", settings()).secret();

    String rotated = reminders.rotate("ana").orElseThrow().secret();

    assertThat(reminders.feed(old, "u")).isEmpty();
    assertThat(reminders.feed(rotated, "u")).isPresent();
    assertThat(reminders.revoke("ana")).isTrue();
    assertThat(reminders.feed(rotated, "u")).isEmpty();
  }

  @Test
  void badSettingsAreRefusedByFieldNameAndNothingIsKept() {
    assertThatThrownBy(
            () ->
                reminders.keep(
                    "ana",
                    settings(
                        "from",
                        "17:00",
                        "to",
                        "09:00",
                        "every",
                        "10m",
                        "days",
                        "MO-XX",
                        "tz",
                        "Mars/Olympus")))
        .isInstanceOfSatisfying(
            InvalidInput.class,
            invalid ->
                assertThat(invalid.errors().stream().map(FieldError::field))
                    .containsExactly("to", "every", "days", "tz"));
    assertThat(calendars.find("ana")).isEmpty();
  }

  private static SessionRecord painfulSession() {
    Instant started = CLOCK.instant().minusSeconds(600);
    return new SessionRecord(
        started,
        started.plusSeconds(300),
        List.of(new StepDose("wall-slide", 10, 1, 1)),
        List.of(
            new SegmentRecord(SegmentKind.PAIN_CHECK, null, null, null, 5, Outcome.DONE),
            new SegmentRecord(SegmentKind.HOLD, "wall-slide", null, 1, 10, Outcome.DONE),
            new SegmentRecord(SegmentKind.PAIN_CHECK, null, null, null, 5, Outcome.DONE)),
        2,
        6,
        List.of(),
        0,
        Ending.FINISHED);
  }
}

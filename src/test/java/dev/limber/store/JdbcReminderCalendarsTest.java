package dev.limber.store;

import static org.assertj.core.api.Assertions.assertThat;

import dev.limber.catalog.Equipment;
import dev.limber.catalog.Setting;
import dev.limber.journal.ReminderCalendar;
import dev.limber.journal.ReminderSettings;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

class JdbcReminderCalendarsTest {
  static final String SECRET = "s".repeat(43);

  static ReminderCalendar calendar(Optional<Duration> every, List<LocalTime> at, int sequence) {
    return new ReminderCalendar(
        new ReminderSettings(
            LocalTime.of(8, 30),
            LocalTime.of(17, 0),
            every,
            at,
            EnumSet.of(DayOfWeek.MONDAY, DayOfWeek.WEDNESDAY, DayOfWeek.SUNDAY),
            4,
            Setting.DESK,
            Set.of(Equipment.CHAIR, Equipment.WALL),
            ZoneId.of("Europe/London")),
        SECRET,
        sequence,
        LocalDate.of(2027, 3, 25),
        Instant.parse("2027-03-25T08:00:00Z"));
  }

  @StoreTest
  void keepsOneCalendarPerOwnerFoundByOwnerOrSecret(Database database) {
    JdbcReminderCalendars calendars = new JdbcReminderCalendars(database);
    ReminderCalendar interval = calendar(Optional.of(Duration.ofMinutes(90)), List.of(), 0);
    ReminderCalendar fixed =
        calendar(Optional.empty(), List.of(LocalTime.of(10, 30), LocalTime.of(15, 0)), 1);

    calendars.put("ana", interval);
    ReminderCalendar first = calendars.find("ana").orElseThrow();
    calendars.put("ana", fixed);

    assertThat(first).isEqualTo(interval);
    assertThat(calendars.find("ana")).hasValue(fixed);
    assertThat(calendars.findBySecret(SECRET).orElseThrow().owner()).isEqualTo("ana");
    assertThat(calendars.findBySecret("t".repeat(43))).isEmpty();
    assertThat(calendars.find("ben")).isEmpty();
  }

  @StoreTest
  void aRemovedCalendarIsGoneAndForgettingTheJournalRemovesItToo(Database database) {
    JdbcReminderCalendars calendars = new JdbcReminderCalendars(database);
    calendars.put("ana", calendar(Optional.of(Duration.ofMinutes(60)), List.of(), 0));

    assertThat(calendars.remove("ana")).isTrue();
    assertThat(calendars.remove("ana")).isFalse();
    calendars.put("local", calendar(Optional.of(Duration.ofMinutes(60)), List.of(), 0));
    new JdbcJournal(database, "local").forget();

    assertThat(calendars.findBySecret(SECRET)).isEmpty();
  }
}

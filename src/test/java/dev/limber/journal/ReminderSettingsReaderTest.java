package dev.limber.journal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.limber.catalog.Equipment;
import dev.limber.catalog.Setting;
import dev.limber.json.FieldError;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ReminderSettingsReaderTest {
  private static final ZoneId LONDON = ZoneId.of("Europe/London");
  private static final RoutineChoice LAST_AT_HOME =
      new RoutineChoice(
          Setting.HOME, 7, Set.of(Equipment.FOAM_ROLLER), Instant.parse("2026-11-28T10:00:00Z"));

  private static ReminderRequest request(
      Optional<String> every, List<String> at, Optional<String> days, Optional<String> place) {
    return new ReminderRequest(
        Optional.empty(),
        Optional.empty(),
        every,
        at,
        days,
        Optional.empty(),
        place,
        Optional.empty(),
        Optional.empty());
  }

  @Test
  void aRequestThatGivesNothingIsEveryNinetyMinutesOnWeekdaysAtADesk() {
    ReminderSettings settings =
        ReminderSettingsReader.read(ReminderRequest.NOTHING, Optional.empty(), LONDON)
            .settings()
            .orElseThrow();

    assertThat(settings.from()).isEqualTo(LocalTime.of(9, 0));
    assertThat(settings.to()).isEqualTo(LocalTime.of(17, 30));
    assertThat(settings.every()).hasValue(Duration.ofMinutes(90));
    assertThat(settings.daysInOrder())
        .containsExactly(
            DayOfWeek.MONDAY,
            DayOfWeek.TUESDAY,
            DayOfWeek.WEDNESDAY,
            DayOfWeek.THURSDAY,
            DayOfWeek.FRIDAY);
    assertThat(settings.minutes()).isEqualTo(3);
    assertThat(settings.place()).isEqualTo(Setting.DESK);
    assertThat(settings.zone()).isEqualTo(LONDON);
  }

  @Test
  void theLastRoutineGivesTheLengthPlaceAndEquipment() {
    ReminderSettings settings =
        ReminderSettingsReader.read(ReminderRequest.NOTHING, Optional.of(LAST_AT_HOME), LONDON)
            .settings()
            .orElseThrow();

    assertThat(settings.minutes()).isEqualTo(7);
    assertThat(settings.place()).isEqualTo(Setting.HOME);
    assertThat(settings.equipment()).containsExactly(Equipment.FOAM_ROLLER);
  }

  @Test
  void theLastEquipmentStaysBehindAtAnotherPlace() {
    ReminderSettings settings =
        ReminderSettingsReader.read(
                request(Optional.empty(), List.of(), Optional.empty(), Optional.of("desk")),
                Optional.of(LAST_AT_HOME),
                LONDON)
            .settings()
            .orElseThrow();

    assertThat(settings.place()).isEqualTo(Setting.DESK);
    assertThat(settings.equipment()).isEmpty();
  }

  @Test
  void readsIntervalsDayListsAndFixedTimes() {
    ReminderSettings every =
        ReminderSettingsReader.read(
                request(Optional.of("1h30m"), List.of(), Optional.of("mo,we-fr"), Optional.empty()),
                Optional.empty(),
                LONDON)
            .settings()
            .orElseThrow();
    ReminderSettings at =
        ReminderSettingsReader.read(
                request(
                    Optional.empty(),
                    List.of("14:00", "10:30"),
                    Optional.empty(),
                    Optional.empty()),
                Optional.empty(),
                LONDON)
            .settings()
            .orElseThrow();

    assertThat(every.every()).hasValue(Duration.ofMinutes(90));
    assertThat(every.daysInOrder())
        .containsExactly(
            DayOfWeek.MONDAY, DayOfWeek.WEDNESDAY, DayOfWeek.THURSDAY, DayOfWeek.FRIDAY);
    assertThat(at.every()).isEmpty();
    assertThat(at.at()).containsExactly(LocalTime.of(10, 30), LocalTime.of(14, 0));
  }

  @Test
  void namesEveryBadFieldAndReadsNoSettings() {
    ReminderSettingsReader.Reading reading =
        ReminderSettingsReader.read(
            new ReminderRequest(
                Optional.of("9am"),
                Optional.empty(),
                Optional.of("10m"),
                List.of(),
                Optional.of("FR-MO"),
                Optional.of(61),
                Optional.of("garden"),
                Optional.empty(),
                Optional.of("Mars/Olympus")),
            Optional.empty(),
            LONDON);

    assertThat(reading.settings()).isEmpty();
    assertThat(reading.errors())
        .extracting(FieldError::field)
        .containsExactly("from", "every", "days", "minutes", "place", "tz");
    assertThat(reading.errors().get(1).message())
        .isEqualTo("must be at least 15 minutes, found \"10m\"");
  }
}

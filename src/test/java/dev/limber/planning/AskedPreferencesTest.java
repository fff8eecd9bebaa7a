package dev.limber.planning;

import static org.assertj.core.api.Assertions.assertThat;

import dev.limber.catalog.Equipment;
import dev.limber.catalog.Setting;
import dev.limber.json.FieldError;
import dev.limber.planning.AskedPreferences.FromLastTime;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import org.junit.jupiter.api.Test;

class AskedPreferencesTest {
  private static final LocalDate TODAY = LocalDate.of(2026, 11, 29);
  private static final Preferences LAST_AT_DESK =
      new Preferences(4, Setting.DESK, Set.of(Equipment.CHAIR), false, null, 0, Set.of());

  private static AskedPreferences asking(
      Optional<Setting> place, List<String> enable, boolean noWall) {
    return new AskedPreferences(
        Optional.empty(),
        place,
        Optional.empty(),
        false,
        Optional.empty(),
        OptionalLong.empty(),
        enable,
        noWall);
  }

  @Test
  void aRequestThatAsksNothingIsTenMinutesAtHomeSeededByToday() {
    AskedPreferences.Filled filled =
        AskedPreferences.NOTHING.fill(Optional.empty(), Screenings.CATALOG, TODAY);

    Preferences preferences = filled.requirePreferences();
    assertThat(preferences.minutes()).isEqualTo(10);
    assertThat(preferences.place()).isEqualTo(Setting.HOME);
    assertThat(preferences.seed()).isEqualTo(TODAY.toEpochDay());
    assertThat(filled.fromLastTime()).isEmpty();
  }

  @Test
  void whatIsLeftOutComesFromLastTimeAndSaysSo() {
    AskedPreferences.Filled filled =
        AskedPreferences.NOTHING.fill(Optional.of(LAST_AT_DESK), Screenings.CATALOG, TODAY);

    Preferences preferences = filled.requirePreferences();
    assertThat(preferences.minutes()).isEqualTo(4);
    assertThat(preferences.place()).isEqualTo(Setting.DESK);
    assertThat(preferences.equipment()).containsExactly(Equipment.CHAIR);
    assertThat(filled.fromLastTime())
        .containsExactlyInAnyOrder(
            FromLastTime.MINUTES, FromLastTime.PLACE, FromLastTime.EQUIPMENT);
  }

  @Test
  void lastTimesEquipmentStaysBehindWhenThePlaceChanges() {
    AskedPreferences.Filled filled =
        asking(Optional.of(Setting.HOME), List.of(), false)
            .fill(Optional.of(LAST_AT_DESK), Screenings.CATALOG, TODAY);

    assertThat(filled.requirePreferences().equipment()).isEmpty();
    assertThat(filled.fromLastTime()).containsExactly(FromLastTime.MINUTES);
  }

  @Test
  void enablingATechniqueThatIsAlreadyOnChangesNothing() {
    AskedPreferences.Filled filled =
        asking(Optional.empty(), List.of("wall-slide"), false)
            .fill(Optional.empty(), Screenings.CATALOG, TODAY);

    assertThat(filled.errors()).isEmpty();
    assertThat(filled.requirePreferences().enabledOnRequest()).isEmpty();
  }

  @Test
  void enablingATechniqueThatIsOffByDefaultTurnsItOn() {
    AskedPreferences.Filled filled =
        asking(Optional.empty(), List.of(" bed-edge-extension "), false)
            .fill(Optional.empty(), Screenings.CATALOG, TODAY);

    assertThat(filled.requirePreferences().enabledOnRequest())
        .containsExactly("bed-edge-extension");
  }

  @Test
  void refusesAnUnknownTechniqueAndARepeatNamingEach() {
    AskedPreferences.Filled filled =
        asking(Optional.empty(), List.of("no-such-stretch", "wall-slide", "wall-slide"), false)
            .fill(Optional.empty(), Screenings.CATALOG, TODAY);

    assertThat(filled.preferences()).isEmpty();
    assertThat(filled.errors())
        .containsExactly(
            new FieldError("enable[0]", "no technique with id \"no-such-stretch\""),
            new FieldError("enable[2]", "repeats \"wall-slide\""));
  }

  @Test
  void noWallTakesTheDesksWallAway() {
    Preferences preferences =
        asking(Optional.of(Setting.DESK), List.of(), true)
            .fill(Optional.empty(), Screenings.CATALOG, TODAY)
            .requirePreferences();

    assertThat(preferences.notAtHand()).containsExactly(Equipment.WALL);
    assertThat(preferences.atHand()).containsExactly(Equipment.CHAIR);
  }
}

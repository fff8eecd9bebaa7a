package dev.limber.planning;

import dev.limber.catalog.Catalog;
import dev.limber.catalog.Equipment;
import dev.limber.catalog.Region;
import dev.limber.catalog.Setting;
import dev.limber.catalog.Technique;
import dev.limber.json.FieldError;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;

/**
 * What one plan request asks for, as every face reads it: each part it leaves out is empty, and
 * {@link #fill} turns it into preferences the one way — the minutes, place and equipment left out
 * come from last time (the equipment only when the place is the same), else ten minutes at home.
 */
public record AskedPreferences(
    Optional<Integer> minutes,
    Optional<Setting> place,
    Optional<Set<Equipment>> equipment,
    boolean crackWanted,
    Optional<Region> focus,
    OptionalLong seed,
    List<String> enable,
    boolean noWall) {
  /** The minutes when neither the request nor last time says. */
  public static final int DEFAULT_MINUTES = 10;

  /** The place when neither the request nor last time says. */
  public static final Setting DEFAULT_PLACE = Setting.HOME;

  /** A request that asks for nothing: every part from last time or the defaults. */
  public static final AskedPreferences NOTHING =
      new AskedPreferences(
          Optional.empty(),
          Optional.empty(),
          Optional.empty(),
          false,
          Optional.empty(),
          OptionalLong.empty(),
          List.of(),
          false);

  public AskedPreferences {
    if (minutes == null
        || place == null
        || equipment == null
        || focus == null
        || seed == null
        || enable == null) {
      throw new IllegalArgumentException("every part is required (empty when not asked)");
    }
    equipment = equipment.map(Set::copyOf);
    enable = List.copyOf(enable);
  }

  /** A part of the preferences that came from last time rather than from the request. */
  public enum FromLastTime {
    MINUTES,
    PLACE,
    EQUIPMENT
  }

  /**
   * The preferences, with the parts that came from last time; or, when the request names a
   * technique the catalog lacks or names one twice, an error for each such {@code enable[i]} and no
   * preferences. A technique that is on by default may be named: turning it on again changes
   * nothing.
   */
  public record Filled(
      Optional<Preferences> preferences, Set<FromLastTime> fromLastTime, List<FieldError> errors) {
    public Filled {
      if (preferences.isPresent() == !errors.isEmpty()) {
        throw new IllegalArgumentException("filled preferences or errors, one of them: " + errors);
      }
      fromLastTime = fromLastTime.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(fromLastTime));
      errors = List.copyOf(errors);
    }

    /** The preferences; throws when the request was refused (check {@link #errors()} first). */
    public Preferences requirePreferences() {
      return preferences.orElseThrow(() -> new IllegalStateException("refused: " + errors));
    }
  }

  /**
   * Fills what was not asked from {@code lastTime} (the minutes, place and equipment of the last
   * routine planned), else the defaults; the seed, when not asked, is {@code today}'s day number,
   * so the routine is the same all day and different tomorrow.
   */
  public Filled fill(Optional<Preferences> lastTime, Catalog catalog, LocalDate today) {
    Set<FromLastTime> fromLastTime = EnumSet.noneOf(FromLastTime.class);
    int chosenMinutes = minutes.orElse(lastTime.map(Preferences::minutes).orElse(DEFAULT_MINUTES));
    if (minutes.isEmpty() && lastTime.isPresent()) {
      fromLastTime.add(FromLastTime.MINUTES);
    }
    Setting chosenPlace = place.orElse(lastTime.map(Preferences::place).orElse(DEFAULT_PLACE));
    if (place.isEmpty() && lastTime.isPresent()) {
      fromLastTime.add(FromLastTime.PLACE);
    }
    Set<Equipment> chosenEquipment = equipment.orElse(Set.of());
    if (equipment.isEmpty()
        && lastTime.isPresent()
        && lastTime.get().place() == chosenPlace
        && !lastTime.get().equipment().isEmpty()) {
      chosenEquipment = lastTime.get().equipment();
      fromLastTime.add(FromLastTime.EQUIPMENT);
    }
    List<FieldError> errors = new ArrayList<>();
    Set<String> named = new LinkedHashSet<>();
    Set<String> enabled = new LinkedHashSet<>();
    for (int index = 0; index < enable.size(); index++) {
      String id = enable.get(index).trim();
      Optional<Technique> technique = catalog.find(id);
      if (technique.isEmpty()) {
        errors.add(
            new FieldError(
                "enable[" + index + "]", "no technique with id \"" + enable.get(index) + "\""));
      } else if (!named.add(id)) {
        errors.add(new FieldError("enable[" + index + "]", "repeats \"" + id + "\""));
      } else if (!technique.get().enabledByDefault()) {
        enabled.add(id);
      }
    }
    if (!errors.isEmpty()) {
      return new Filled(Optional.empty(), fromLastTime, errors);
    }
    Set<Equipment> notAtHand = noWall ? EnumSet.of(Equipment.WALL) : Set.of();
    return new Filled(
        Optional.of(
            new Preferences(
                chosenMinutes,
                chosenPlace,
                chosenEquipment,
                crackWanted,
                focus.orElse(null),
                seed.orElse(today.toEpochDay()),
                enabled,
                notAtHand)),
        fromLastTime,
        List.of());
  }
}

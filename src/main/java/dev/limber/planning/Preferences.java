package dev.limber.planning;

import dev.limber.catalog.Equipment;
import dev.limber.catalog.Region;
import dev.limber.catalog.Setting;
import java.util.EnumSet;
import java.util.Set;

/**
 * What the person wants from today's routine: its length in minutes (1–60), where they are, the
 * equipment at hand, whether they want a self-crack technique, the part of the back to focus on
 * (null for no focus), the seed that makes the choice repeatable, and the ids of techniques that
 * are off by default but asked for.
 */
public record Preferences(
    int minutes,
    Setting place,
    Set<Equipment> equipment,
    boolean crackWanted,
    Region focus,
    long seed,
    Set<String> enabledOnRequest) {
  public static final int MIN_MINUTES = 1;
  public static final int MAX_MINUTES = 60;

  public Preferences {
    if (minutes < MIN_MINUTES || minutes > MAX_MINUTES) {
      throw new IllegalArgumentException("minutes outside 1–60: " + minutes);
    }
    if (place == null) {
      throw new IllegalArgumentException("place is required");
    }
    equipment = equipment.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(equipment));
    enabledOnRequest = Set.copyOf(enabledOnRequest);
  }

  /** Ten minutes at home with nothing at hand, no self-crack, no focus, seed 0. */
  public static Preferences defaults() {
    return new Preferences(10, Setting.HOME, Set.of(), false, null, 0, Set.of());
  }

  public Preferences withMinutes(int newMinutes) {
    return new Preferences(
        newMinutes, place, equipment, crackWanted, focus, seed, enabledOnRequest);
  }
}

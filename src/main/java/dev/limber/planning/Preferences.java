package dev.limber.planning;

import dev.limber.catalog.Equipment;
import dev.limber.catalog.Region;
import dev.limber.catalog.Setting;
import java.util.EnumSet;
import java.util.Set;

/**
 * What the person wants from today's routine: its length in minutes (1–60), where they are, the
 * equipment they named, whether they want a self-crack technique, the part of the back to focus on
 * (null for the default, the upper and mid back), the seed that makes the choice repeatable, the
 * ids of techniques that are off by default but asked for, and what the place would usually offer
 * but is not there today (a desk without a free wall).
 */
public record Preferences(
    int minutes,
    Setting place,
    Set<Equipment> equipment,
    boolean crackWanted,
    Region focus,
    long seed,
    Set<String> enabledOnRequest,
    Set<Equipment> notAtHand) {
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
    notAtHand = notAtHand.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(notAtHand));
  }

  /** Preferences where the place offers everything it usually does. */
  public Preferences(
      int minutes,
      Setting place,
      Set<Equipment> equipment,
      boolean crackWanted,
      Region focus,
      long seed,
      Set<String> enabledOnRequest) {
    this(minutes, place, equipment, crackWanted, focus, seed, enabledOnRequest, Set.of());
  }

  /** Ten minutes at home with nothing at hand, no self-crack, no focus, seed 0. */
  public static Preferences defaults() {
    return new Preferences(10, Setting.HOME, Set.of(), false, null, 0, Set.of());
  }

  /**
   * What the place itself offers: a desk has a chair, and a wall nearby unless {@link #notAtHand}
   * says otherwise; elsewhere only what the person named counts.
   */
  public static Set<Equipment> usuallyAt(Setting place) {
    return place == Setting.DESK ? EnumSet.of(Equipment.CHAIR, Equipment.WALL) : Set.of();
  }

  /** The equipment named plus what the place offers, less what is not there today. */
  public Set<Equipment> atHand() {
    Set<Equipment> atHand = EnumSet.noneOf(Equipment.class);
    atHand.addAll(equipment);
    usuallyAt(place).stream().filter(item -> !notAtHand.contains(item)).forEach(atHand::add);
    return atHand;
  }

  public Preferences withMinutes(int newMinutes) {
    return new Preferences(
        newMinutes, place, equipment, crackWanted, focus, seed, enabledOnRequest, notAtHand);
  }
}

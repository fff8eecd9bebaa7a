package dev.limber.journal;

import dev.limber.catalog.Equipment;
import dev.limber.catalog.Setting;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.EnumSet;
import java.util.Set;

/**
 * The place, length and equipment of the last routine a person planned: their defaults the next
 * time, shown and overridable by any option (one per journal; a new plan replaces it).
 */
public record RoutineChoice(Setting place, int minutes, Set<Equipment> equipment, Instant at) {
  public RoutineChoice {
    if (place == null || at == null) {
      throw new IllegalArgumentException("place and at are required");
    }
    if (minutes < 1 || minutes > 60) {
      throw new IllegalArgumentException("minutes outside 1–60: " + minutes);
    }
    equipment = equipment.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(equipment));
    at = at.truncatedTo(ChronoUnit.MICROS);
  }
}

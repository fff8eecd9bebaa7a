package dev.limber.web;

import dev.limber.app.Services;
import dev.limber.catalog.Equipment;
import dev.limber.catalog.Region;
import dev.limber.catalog.Setting;
import dev.limber.journal.RoutineChoice;
import dev.limber.json.Fields;
import dev.limber.planning.Preferences;
import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The preferences object of {@code POST /api/plans} and of the plan page's forms, read the one way
 * both use: place, minutes and equipment left out are the person's last ones, the seed defaults to
 * today's (the same routine all day, as on the command line).
 */
final class PlanRequest {
  private final Services services;
  private final Clock clock;

  PlanRequest(Services services, Clock clock) {
    this.services = services;
    this.clock = clock;
  }

  /** The preferences given, or null when any field was wrong (each went to the errors). */
  Preferences preferences(Fields fields, Optional<RoutineChoice> last) {
    int errorsBefore = fields.errors().size();
    fields.allowOnly("minutes", "place", "equipment", "crack", "focus", "seed", "enable");
    int minutes =
        fields.integerOr(
            "minutes",
            Preferences.MIN_MINUTES,
            Preferences.MAX_MINUTES,
            last.map(RoutineChoice::minutes).orElse(10));
    Setting place =
        fields.enumOr("place", Setting.class, last.map(RoutineChoice::place).orElse(Setting.HOME));
    Set<Equipment> equipment = fields.enumSetOr("equipment", Equipment.class);
    if (!fields.has("equipment") && last.isPresent() && last.get().place() == place) {
      equipment = last.get().equipment();
    }
    boolean crack = fields.boolOr("crack", false);
    Region focus = fields.enumOr("focus", Region.class, null);
    long seed = fields.integerOr("seed", 0, Integer.MAX_VALUE, (int) today());
    Set<String> enabled = new LinkedHashSet<>();
    if (fields.has("enable")) {
      List<String> ids = fields.strings("enable");
      for (int index = 0; index < ids.size(); index++) {
        String id = ids.get(index);
        if (services.catalog().find(id).isEmpty()) {
          fields.reject("enable[" + index + "]", "no technique with id \"" + id + "\"");
        } else if (!enabled.add(id)) {
          fields.reject("enable[" + index + "]", "repeats \"" + id + "\"");
        }
      }
    }
    if (fields.errors().size() > errorsBefore) {
      return null;
    }
    return new Preferences(minutes, place, equipment, crack, focus, seed, enabled);
  }

  /** The preferences when none were given: the last choice, else ten minutes at home. */
  Preferences defaults(Optional<RoutineChoice> last) {
    return new Preferences(
        last.map(RoutineChoice::minutes).orElse(10),
        last.map(RoutineChoice::place).orElse(Setting.HOME),
        last.map(RoutineChoice::equipment).orElse(Set.of()),
        false,
        null,
        today(),
        Set.of());
  }

  // The command line's default seed: the same routine all day, a different one tomorrow.
  private long today() {
    return LocalDate.now(clock).toEpochDay();
  }
}

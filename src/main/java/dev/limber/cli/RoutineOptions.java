package dev.limber.cli;

import dev.limber.catalog.Catalog;
import dev.limber.catalog.Equipment;
import dev.limber.catalog.Region;
import dev.limber.catalog.Setting;
import dev.limber.catalog.Technique;
import dev.limber.journal.RoutineChoice;
import dev.limber.planning.Preferences;
import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/** The options {@code limber plan} and {@code limber go} share, read into preferences. */
final class RoutineOptions {
  static final Option JSON =
      Option.flag("json", "print the verdict, routine, timeline and what was left out as JSON");

  static final List<Option> OPTIONS =
      List.of(
          Option.value("minutes", "N", "how long the routine may take, 1 to 60 (default 10)"),
          Option.value(
              "place", "P", "where you are: desk, home or bed (default home); a desk has a chair"),
          Option.values(
              "equipment", "E", "what you have at hand: chair, armchair, foam-roller, wall, ..."),
          Option.flag("no-wall", "at a desk, no free wall to lean on (a desk has one by default)"),
          Option.flag(
              "crack",
              "include one gentle self-crack technique, last (only when screening says CLEAR and"
                  + " today's self-crack session is unused)"),
          Option.value(
              "focus",
              "F",
              "the part of your back to favour: upper, mid or lower (default: upper and mid;"
                  + " lower-back stretches only fill spare time)"),
          Option.value("seed", "S", "the seed that picks the routine (default: today's date)"),
          Option.values(
              "enable",
              "ID",
              "turn on a technique that is off by default (limber techniques shows which)"),
          Option.value(
              "answers",
              "FILE",
              "screening answers as JSON (- reads standard input); without it a terminal asks"
                  + " the questions"),
          JSON,
          JournalSource.DB_OPTION,
          SessionPlanning.SAME_AS_TODAY);

  private RoutineOptions() {}

  /** Preferences, and in words what came from the person's last choice, to show them. */
  record Chosen(Preferences preferences, Optional<String> fromLastTime) {}

  static Preferences preferences(Arguments arguments, Clock clock, Catalog catalog) {
    return preferences(arguments, clock, catalog, Optional.empty()).preferences();
  }

  /**
   * Reads the options; the place, minutes and equipment left out come from the last choice when
   * there is one (equipment only when the place is the same), else 10 minutes at home.
   */
  static Chosen preferences(
      Arguments arguments, Clock clock, Catalog catalog, Optional<RoutineChoice> last) {
    List<String> reused = new java.util.ArrayList<>();
    Optional<Integer> givenMinutes =
        arguments.integer("minutes", Preferences.MIN_MINUTES, Preferences.MAX_MINUTES);
    int minutes = givenMinutes.or(() -> last.map(RoutineChoice::minutes)).orElse(10);
    if (givenMinutes.isEmpty() && last.isPresent()) {
      reused.add(minutes + " minutes");
    }
    Optional<Setting> givenPlace =
        arguments.value("place").map(text -> TechniquesCommand.parse(Setting.class, "place", text));
    Setting place = givenPlace.or(() -> last.map(RoutineChoice::place)).orElse(Setting.HOME);
    if (givenPlace.isEmpty() && last.isPresent()) {
      reused.add("at " + Words.enumWords(place));
    }
    Set<Equipment> equipment = EnumSet.noneOf(Equipment.class);
    for (String item : arguments.all("equipment")) {
      equipment.add(TechniquesCommand.parse(Equipment.class, "equipment", item));
    }
    if (arguments.all("equipment").isEmpty()
        && last.isPresent()
        && last.get().place() == place
        && !last.get().equipment().isEmpty()) {
      equipment.addAll(last.get().equipment());
      reused.add("with " + String.join(", ", equipment.stream().map(Words::enumWords).toList()));
    }
    Region focus = arguments.value("focus").map(RoutineOptions::region).orElse(null);
    long seed =
        arguments.value("seed").map(RoutineOptions::seed).orElse(LocalDate.now(clock).toEpochDay());
    Set<String> enabled = new LinkedHashSet<>();
    for (String id : arguments.all("enable")) {
      Technique technique =
          catalog
              .find(id.trim())
              .orElseThrow(
                  () -> new UsageException("--enable: no technique with id \"" + id + "\""));
      if (technique.enabledByDefault()) {
        throw new UsageException(
            "--enable: \""
                + id
                + "\" is already on; only techniques that are off by default need it");
      }
      enabled.add(technique.id());
    }
    Set<Equipment> notAtHand =
        arguments.flag("no-wall") ? EnumSet.of(Equipment.WALL) : EnumSet.noneOf(Equipment.class);
    Preferences preferences =
        new Preferences(
            minutes, place, equipment, arguments.flag("crack"), focus, seed, enabled, notAtHand);
    return new Chosen(
        preferences,
        reused.isEmpty()
            ? Optional.empty()
            : Optional.of(
                "As last time: "
                    + String.join(", ", reused)
                    + " (--minutes, --place and --equipment change it)."));
  }

  private static Region region(String text) {
    String word = text.trim().toLowerCase(Locale.ROOT);
    for (Region region : Region.values()) {
      if (region.word().equals(word) || region.name().equalsIgnoreCase(word)) {
        return region;
      }
    }
    throw new UsageException("--focus: unknown value \"" + text + "\"; allowed: upper, mid, lower");
  }

  private static long seed(String text) {
    try {
      return Long.parseLong(text.trim());
    } catch (NumberFormatException e) {
      throw new UsageException("--seed must be a whole number, found \"" + text + "\"");
    }
  }
}

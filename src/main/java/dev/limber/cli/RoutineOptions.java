package dev.limber.cli;

import dev.limber.app.Person;
import dev.limber.app.PlanningService;
import dev.limber.catalog.Equipment;
import dev.limber.catalog.Region;
import dev.limber.catalog.Setting;
import dev.limber.json.FieldError;
import dev.limber.planning.AskedPreferences;
import dev.limber.planning.AskedPreferences.FromLastTime;
import dev.limber.planning.Preferences;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalLong;
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

  /**
   * Reads the options and fills what they leave out from the person's last choice, through the
   * planning service's one fill.
   */
  static Chosen preferences(Arguments arguments, PlanningService planning, Person person) {
    Optional<Set<Equipment>> equipment = Optional.empty();
    if (!arguments.all("equipment").isEmpty()) {
      Set<Equipment> named = EnumSet.noneOf(Equipment.class);
      for (String item : arguments.all("equipment")) {
        named.add(TechniquesCommand.parse(Equipment.class, "equipment", item));
      }
      equipment = Optional.of(named);
    }
    AskedPreferences asked =
        new AskedPreferences(
            arguments.integer("minutes", Preferences.MIN_MINUTES, Preferences.MAX_MINUTES),
            arguments
                .value("place")
                .map(text -> TechniquesCommand.parse(Setting.class, "place", text)),
            equipment,
            arguments.flag("crack"),
            arguments.value("focus").map(RoutineOptions::region),
            arguments
                .value("seed")
                .map(text -> OptionalLong.of(seed(text)))
                .orElse(OptionalLong.empty()),
            arguments.all("enable"),
            arguments.flag("no-wall"));
    AskedPreferences.Filled filled = planning.preferences(person, asked);
    if (!filled.errors().isEmpty()) {
      FieldError first = filled.errors().get(0);
      throw new UsageException("--enable: " + first.message());
    }
    Preferences preferences = filled.requirePreferences();
    List<String> reused = new ArrayList<>();
    if (filled.fromLastTime().contains(FromLastTime.MINUTES)) {
      reused.add(preferences.minutes() + " minutes");
    }
    if (filled.fromLastTime().contains(FromLastTime.PLACE)) {
      reused.add("at " + Words.enumWords(preferences.place()));
    }
    if (filled.fromLastTime().contains(FromLastTime.EQUIPMENT)) {
      reused.add(
          "with "
              + String.join(", ", preferences.equipment().stream().map(Words::enumWords).toList()));
    }
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

package dev.limber.journal;

import dev.limber.catalog.Equipment;
import dev.limber.catalog.Setting;
import dev.limber.json.FieldError;
import dev.limber.planning.Preferences;
import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a {@link ReminderRequest} into {@link ReminderSettings}, filling what it leaves out with
 * the defaults (09:00 to 17:30 on MO-FR, a break every 90 minutes, the length, place and equipment
 * of the last routine planned, else three minutes at a desk), and checks all of it, naming every
 * bad field.
 */
public final class ReminderSettingsReader {
  public static final LocalTime DEFAULT_FROM = LocalTime.of(9, 0);
  public static final LocalTime DEFAULT_TO = LocalTime.of(17, 30);
  public static final String DEFAULT_EVERY = "90m";
  public static final String DEFAULT_DAYS = "MO-FR";
  public static final int DEFAULT_MINUTES = 3;
  public static final Setting DEFAULT_PLACE = Setting.DESK;

  private static final List<String> DAY_CODES = List.of("MO", "TU", "WE", "TH", "FR", "SA", "SU");
  private static final Pattern INTERVAL = Pattern.compile("(?:(\\d{1,2})h)?(?:(\\d{1,4})m)?");
  private static final Pattern TIME = Pattern.compile("([01]\\d|2[0-3]):[0-5]\\d");

  private ReminderSettingsReader() {}

  /** The settings read, or every field that was wrong (never both). */
  public record Reading(Optional<ReminderSettings> settings, List<FieldError> errors) {
    public Reading {
      errors = List.copyOf(errors);
      if (settings.isPresent() == !errors.isEmpty()) {
        throw new IllegalArgumentException("settings or errors, one of them: " + errors);
      }
    }
  }

  /**
   * Reads {@code request}; what it leaves out comes from {@code last} (the equipment only when the
   * place is the same) or the defaults, the time zone from {@code defaultZone}.
   */
  public static Reading read(
      ReminderRequest request, Optional<RoutineChoice> last, ZoneId defaultZone) {
    List<FieldError> errors = new ArrayList<>();
    LocalTime from = request.from().map(text -> time("from", text, errors)).orElse(DEFAULT_FROM);
    LocalTime to = request.to().map(text -> time("to", text, errors)).orElse(DEFAULT_TO);
    if (from != null && to != null && !from.isBefore(to)) {
      errors.add(new FieldError("to", "must be after from (" + from + "), found " + to));
    }
    Optional<Duration> every = Optional.empty();
    List<LocalTime> at = new ArrayList<>();
    if (request.every().isPresent() && !request.at().isEmpty()) {
      errors.add(new FieldError("at", "give an interval (every) or fixed times (at), not both"));
    } else if (!request.at().isEmpty()) {
      TreeSet<LocalTime> times = new TreeSet<>();
      for (int index = 0; index < request.at().size(); index++) {
        LocalTime time = time("at[" + index + "]", request.at().get(index), errors);
        if (time != null && !times.add(time)) {
          errors.add(new FieldError("at[" + index + "]", "repeats " + time));
        }
      }
      at.addAll(times);
    } else {
      every = Optional.ofNullable(interval(request.every().orElse(DEFAULT_EVERY), errors));
    }
    Set<DayOfWeek> days = days(request.days().orElse(DEFAULT_DAYS), errors);
    int minutes =
        request.minutes().or(() -> last.map(RoutineChoice::minutes)).orElse(DEFAULT_MINUTES);
    if (minutes < Preferences.MIN_MINUTES || minutes > Preferences.MAX_MINUTES) {
      errors.add(new FieldError("minutes", "must be from 1 to 60, found " + minutes));
    }
    Setting place = DEFAULT_PLACE;
    if (request.place().isPresent()) {
      place = name(Setting.class, "place", request.place().get(), errors);
    } else if (last.isPresent()) {
      place = last.get().place();
    }
    Set<Equipment> equipment = EnumSet.noneOf(Equipment.class);
    if (request.equipment().isPresent()) {
      List<String> names = request.equipment().get();
      for (int index = 0; index < names.size(); index++) {
        Equipment item =
            name(Equipment.class, "equipment[" + index + "]", names.get(index), errors);
        if (item != null) {
          equipment.add(item);
        }
      }
    } else if (last.isPresent() && last.get().place() == place) {
      equipment.addAll(last.get().equipment());
    }
    ZoneId zone = defaultZone;
    if (request.tz().isPresent()) {
      try {
        zone = ZoneId.of(request.tz().get().trim());
      } catch (DateTimeException e) {
        errors.add(
            new FieldError(
                "tz",
                "unknown time zone \"" + request.tz().get() + "\"; use a name like Europe/London"));
      }
    }
    if (!errors.isEmpty()) {
      return new Reading(Optional.empty(), errors);
    }
    return new Reading(
        Optional.of(
            new ReminderSettings(from, to, every, at, days, minutes, place, equipment, zone)),
        List.of());
  }

  private static LocalTime time(String field, String text, List<FieldError> errors) {
    String trimmed = text.trim();
    if (!TIME.matcher(trimmed).matches()) {
      errors.add(new FieldError(field, "must be a time of day as HH:MM, found \"" + text + "\""));
      return null;
    }
    try {
      return LocalTime.parse(trimmed);
    } catch (DateTimeParseException e) {
      errors.add(new FieldError(field, "must be a time of day as HH:MM, found \"" + text + "\""));
      return null;
    }
  }

  private static Duration interval(String text, List<FieldError> errors) {
    String trimmed = text.trim().toLowerCase(Locale.ROOT);
    Matcher matcher = INTERVAL.matcher(trimmed);
    if (trimmed.isEmpty() || !matcher.matches()) {
      errors.add(
          new FieldError(
              "every", "must be a length like 90m, 1h30m or 2h, found \"" + text + "\""));
      return null;
    }
    long minutes =
        (matcher.group(1) == null ? 0 : Long.parseLong(matcher.group(1)) * 60)
            + (matcher.group(2) == null ? 0 : Long.parseLong(matcher.group(2)));
    Duration interval = Duration.ofMinutes(minutes);
    if (interval.compareTo(ReminderSettings.SHORTEST_INTERVAL) < 0) {
      errors.add(new FieldError("every", "must be at least 15 minutes, found \"" + text + "\""));
      return null;
    }
    return interval;
  }

  private static Set<DayOfWeek> days(String text, List<FieldError> errors) {
    Set<DayOfWeek> days = EnumSet.noneOf(DayOfWeek.class);
    for (String part : text.toUpperCase(Locale.ROOT).split(",")) {
      String[] ends = part.trim().split("-", -1);
      if (ends.length > 2) {
        errors.add(new FieldError("days", "\"" + part.trim() + "\" is not a day or a range"));
        continue;
      }
      int first = DAY_CODES.indexOf(ends[0].trim());
      int last = DAY_CODES.indexOf(ends[ends.length - 1].trim());
      if (first < 0 || last < 0) {
        errors.add(
            new FieldError(
                "days",
                "unknown day \""
                    + (first < 0 ? ends[0].trim() : ends[ends.length - 1].trim())
                    + "\"; use MO TU WE TH FR SA SU, a range like MO-FR, or a list like MO,WE,FR"));
        continue;
      }
      if (first > last) {
        errors.add(new FieldError("days", "the range \"" + part.trim() + "\" runs backwards"));
        continue;
      }
      for (int day = first; day <= last; day++) {
        days.add(DayOfWeek.of(day + 1));
      }
    }
    return days;
  }

  private static <E extends Enum<E>> E name(
      Class<E> type, String field, String text, List<FieldError> errors) {
    String wanted = text.trim().toUpperCase(Locale.ROOT).replace('-', '_');
    for (E value : type.getEnumConstants()) {
      if (value.name().equals(wanted)) {
        return value;
      }
    }
    List<String> allowed = new ArrayList<>();
    for (E value : type.getEnumConstants()) {
      allowed.add(value.name().toLowerCase(Locale.ROOT).replace('_', '-'));
    }
    errors.add(
        new FieldError(
            field, "unknown value \"" + text + "\"; allowed: " + String.join(", ", allowed)));
    return null;
  }
}

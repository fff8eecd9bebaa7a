package dev.limber.render.html;

import dev.limber.json.FieldError;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * What the desk-break page shows: the settings as entered (or kept), the private subscription
 * address when there is a calendar, and the problems of the last attempt to save.
 *
 * @param mode {@code every} for an interval, {@code at} for fixed times
 * @param days the chosen days as two-letter codes ({@code MO})
 */
public record ReminderForm(
    String from,
    String to,
    String mode,
    String every,
    String at,
    Set<String> days,
    String minutes,
    String place,
    String tz,
    Optional<String> subscriptionUrl,
    List<FieldError> errors) {
  /** The days of the week as the form offers them, Monday first. */
  public static final List<String> WEEK = List.of("MO", "TU", "WE", "TH", "FR", "SA", "SU");

  /** The intervals the form offers. */
  public static final List<String> INTERVALS = List.of("30m", "45m", "1h", "90m", "2h", "3h");

  /** The IANA zones the form offers (the regions' cities, and UTC), in alphabetical order. */
  public static final List<String> ZONES =
      java.time.ZoneId.getAvailableZoneIds().stream()
          .filter(
              id ->
                  id.equals("UTC")
                      || id.matches(
                          "(Africa|America|Antarctica|Asia|Atlantic|Australia|Europe|Indian"
                              + "|Pacific)/[A-Za-z_/-]+"))
          .sorted()
          .toList();

  public ReminderForm {
    days = Set.copyOf(days);
    errors = List.copyOf(errors);
  }

  /** A day's name in words, for its checkbox label. */
  public static String dayName(String code) {
    return switch (code) {
      case "MO" -> "Monday";
      case "TU" -> "Tuesday";
      case "WE" -> "Wednesday";
      case "TH" -> "Thursday";
      case "FR" -> "Friday";
      case "SA" -> "Saturday";
      default -> "Sunday";
    };
  }

  /** The zones to offer, the chosen one among them even when it is not a region's city. */
  public List<String> zones() {
    if (ZONES.contains(tz)) {
      return ZONES;
    }
    List<String> zones = new java.util.ArrayList<>(ZONES);
    zones.add(0, tz);
    return zones;
  }

  /** A form not yet saved nor refused: its zone may follow the browser's. */
  public boolean fresh() {
    return subscriptionUrl.isEmpty() && errors.isEmpty();
  }

  /** The subscription address for calendar apps ({@code webcal://}), when there is one. */
  public Optional<String> webcalUrl() {
    return subscriptionUrl.map(url -> url.replaceFirst("^https?://", "webcal://"));
  }

  /** The problem with {@code field}, when the last attempt had one. */
  public Optional<String> errorFor(String field) {
    return errors.stream()
        .filter(error -> error.field().equals(field) || error.field().startsWith(field + "["))
        .map(FieldError::message)
        .findFirst();
  }
}

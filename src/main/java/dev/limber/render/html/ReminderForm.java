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

  /** The problem with {@code field}, when the last attempt had one. */
  public Optional<String> errorFor(String field) {
    return errors.stream()
        .filter(error -> error.field().equals(field) || error.field().startsWith(field + "["))
        .map(FieldError::message)
        .findFirst();
  }
}

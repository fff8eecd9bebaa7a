package dev.limber.journal;

import java.util.List;
import java.util.Optional;

/**
 * Desk-break settings as a face was given them, as text, before they are checked: {@code from} and
 * {@code to} as HH:MM, {@code every} as {@code 90m}, {@code 1h30m} or {@code 2h}, {@code at} as
 * HH:MM times, {@code days} as {@code MO-FR} or {@code MO,WE,FR}, {@code place} and {@code
 * equipment} as their names in any case, {@code tz} as an IANA time zone; each part left out takes
 * its default ({@link ReminderSettingsReader}).
 */
public record ReminderRequest(
    Optional<String> from,
    Optional<String> to,
    Optional<String> every,
    List<String> at,
    Optional<String> days,
    Optional<Integer> minutes,
    Optional<String> place,
    Optional<List<String>> equipment,
    Optional<String> tz) {
  /** A request that gives nothing: every setting its default. */
  public static final ReminderRequest NOTHING =
      new ReminderRequest(
          Optional.empty(),
          Optional.empty(),
          Optional.empty(),
          List.of(),
          Optional.empty(),
          Optional.empty(),
          Optional.empty(),
          Optional.empty(),
          Optional.empty());

  public ReminderRequest {
    at = List.copyOf(at);
    equipment = equipment.map(List::copyOf);
  }
}

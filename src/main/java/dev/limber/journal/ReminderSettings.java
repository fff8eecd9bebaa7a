package dev.limber.journal;

import dev.limber.catalog.Equipment;
import dev.limber.catalog.Setting;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * When and how a person wants desk-break reminders: on these days, either every {@code every} from
 * {@code from} until {@code to} or at fixed times, each a routine of {@code minutes} at this place
 * with this equipment, in the time zone {@code zone}.
 */
public record ReminderSettings(
    LocalTime from,
    LocalTime to,
    Optional<Duration> every,
    List<LocalTime> at,
    Set<DayOfWeek> days,
    int minutes,
    Setting place,
    Set<Equipment> equipment,
    ZoneId zone) {
  /** Reminders closer together than this would interrupt more than they help. */
  public static final Duration SHORTEST_INTERVAL = Duration.ofMinutes(15);

  public ReminderSettings {
    if (from == null || to == null || every == null || place == null || zone == null) {
      throw new IllegalArgumentException("from, to, every, place and zone are required");
    }
    if (!from.isBefore(to)) {
      throw new IllegalArgumentException("from must be before to: " + from + " to " + to);
    }
    at = List.copyOf(at);
    if (every.isPresent() == !at.isEmpty()) {
      throw new IllegalArgumentException("an interval or fixed times, one of them: " + every + at);
    }
    if (every.isPresent() && every.get().compareTo(SHORTEST_INTERVAL) < 0) {
      throw new IllegalArgumentException("every < 15 minutes: " + every.get());
    }
    for (int index = 1; index < at.size(); index++) {
      if (!at.get(index - 1).isBefore(at.get(index))) {
        throw new IllegalArgumentException("fixed times must rise without repeats: " + at);
      }
    }
    if (days.isEmpty()) {
      throw new IllegalArgumentException("at least one day is required");
    }
    days = Set.copyOf(EnumSet.copyOf(days));
    if (minutes < 1 || minutes > 60) {
      throw new IllegalArgumentException("minutes must be from 1 to 60: " + minutes);
    }
    equipment = equipment.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(equipment));
  }

  /**
   * The start of each break in the day: the fixed times, or every interval from {@code from} for as
   * long as a break still ends by {@code to} (always at least the first).
   */
  public List<LocalTime> slots() {
    if (every.isEmpty()) {
      return at;
    }
    List<LocalTime> slots = new ArrayList<>();
    long step = every.get().toMinutes();
    long last = to.toSecondOfDay() / 60 - minutes;
    for (long start = from.toSecondOfDay() / 60; start <= last; start += step) {
      slots.add(LocalTime.ofSecondOfDay(start * 60));
    }
    if (slots.isEmpty()) {
      slots.add(from);
    }
    return slots;
  }

  /** The days in week order, Monday first. */
  public List<DayOfWeek> daysInOrder() {
    return EnumSet.copyOf(days).stream().toList();
  }
}

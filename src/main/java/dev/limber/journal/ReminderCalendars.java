package dev.limber.journal;

import java.util.Optional;

/** Everyone's desk-break calendars, one per owner, found by owner or by their secret. */
public interface ReminderCalendars {
  /** A calendar and whose it is. */
  record Owned(String owner, ReminderCalendar calendar) {}

  Optional<ReminderCalendar> find(String owner);

  Optional<Owned> findBySecret(String secret);

  /** Adds or replaces the owner's calendar. */
  void put(String owner, ReminderCalendar calendar);

  /** Removes the owner's calendar; false when there was none. */
  boolean remove(String owner);
}

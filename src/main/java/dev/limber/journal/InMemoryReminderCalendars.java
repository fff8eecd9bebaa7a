package dev.limber.journal;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** Calendars held in memory, for tests and for a face without a database. Thread-safe. */
public final class InMemoryReminderCalendars implements ReminderCalendars {
  private final Map<String, ReminderCalendar> calendars = new ConcurrentHashMap<>();

  @Override
  public Optional<ReminderCalendar> find(String owner) {
    return Optional.ofNullable(calendars.get(owner));
  }

  @Override
  public Optional<Owned> findBySecret(String secret) {
    return calendars.entrySet().stream()
        .filter(entry -> entry.getValue().secret().equals(secret))
        .map(entry -> new Owned(entry.getKey(), entry.getValue()))
        .findFirst();
  }

  @Override
  public void put(String owner, ReminderCalendar calendar) {
    calendars.put(owner, calendar);
  }

  @Override
  public boolean remove(String owner) {
    return calendars.remove(owner) != null;
  }
}

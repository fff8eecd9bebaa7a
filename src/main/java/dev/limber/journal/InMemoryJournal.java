package dev.limber.journal;

import dev.limber.session.SessionRecord;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** A journal held in memory, for tests and for runs that keep nothing. Thread-safe. */
public final class InMemoryJournal implements Journal {
  private final List<SessionRecord> sessions = new ArrayList<>();

  @Override
  public synchronized void add(SessionRecord session) {
    if (session == null) {
      throw new IllegalArgumentException("session is required");
    }
    sessions.add(session);
  }

  @Override
  public synchronized List<SessionRecord> sessions(Instant from, Instant to) {
    return sessions.stream()
        .filter(session -> !session.started().isBefore(from) && session.started().isBefore(to))
        .sorted(Comparator.comparing(SessionRecord::started))
        .toList();
  }
}

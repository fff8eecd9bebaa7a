package dev.limber.journal;

import dev.limber.session.SessionRecord;
import java.time.Instant;
import java.util.List;

/**
 * What a person has done over time, kept for their safety: the sessions they played. The store
 * implements it on a database; {@link InMemoryJournal} keeps it in memory.
 */
public interface Journal {
  /** Keeps one session. */
  void add(SessionRecord session);

  /** Sessions started at or after {@code from} and before {@code to}, oldest first. */
  List<SessionRecord> sessions(Instant from, Instant to);
}

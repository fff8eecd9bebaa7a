package dev.limber.journal;

import dev.limber.session.SessionRecord;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * What one person has done over time, kept for their safety: check-ins, the sessions they played,
 * every screening, and the professional reviews they recorded. The store implements it on a
 * database ({@code JdbcJournal}, one owner per instance); {@link InMemoryJournal} keeps it in
 * memory. Ranges are half-open, {@code from} inclusive and {@code to} exclusive; lists come oldest
 * first, ties in the order added.
 */
public interface Journal {
  /** Keeps one session. */
  void add(SessionRecord session);

  /** Sessions started at or after {@code from} and before {@code to}, oldest first. */
  List<SessionRecord> sessions(Instant from, Instant to);

  /** Keeps one check-in; once this returns, it is stored. */
  void add(CheckIn checkIn);

  /** Check-ins taken at or after {@code from} and before {@code to}, oldest first. */
  List<CheckIn> checkIns(Instant from, Instant to);

  /** Keeps one screening in the audit trail. */
  void add(ScreeningRecord screening);

  /** Screenings done at or after {@code from} and before {@code to}, oldest first. */
  List<ScreeningRecord> screenings(Instant from, Instant to);

  /** The most recent screening, if any. */
  Optional<ScreeningRecord> latestScreening();

  /** Keeps one professional review (spec/screening.md §2.1). */
  void add(Review review);

  /** Every professional review, in the order recorded. */
  List<Review> reviews();

  /** Keeps the place, length and equipment of the routine just planned, replacing the last. */
  void keep(RoutineChoice choice);

  /** The last routine choice kept, if any. */
  Optional<RoutineChoice> lastRoutineChoice();

  /** Everything this journal holds, oldest first. */
  default JournalContents contents() {
    return new JournalContents(
        checkIns(Instant.MIN, Instant.MAX),
        sessions(Instant.MIN, Instant.MAX),
        screenings(Instant.MIN, Instant.MAX),
        reviews());
  }

  /** Keeps every entry of {@code contents} at once: all of them, or none when anything fails. */
  void addAll(JournalContents contents);

  /** Deletes everything this journal holds. */
  void forget();
}

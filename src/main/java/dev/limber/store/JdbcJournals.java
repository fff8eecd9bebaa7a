package dev.limber.store;

import dev.limber.journal.CheckIn;
import dev.limber.journal.Journal;
import dev.limber.journal.JournalContents;
import dev.limber.journal.Journals;
import dev.limber.journal.Review;
import dev.limber.journal.ScreeningRecord;
import dev.limber.session.SessionRecord;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;

/**
 * Every account's journal in a {@link Database}; many owners' contents are read with one statement
 * per kind of entry (check-ins, sessions, screenings, reviews) for up to {@link #OWNERS_PER_READ}
 * owners at a time, on one connection, so a desk of hundreds of people costs a few round trips, not
 * a few per person. Thread-safe.
 */
public final class JdbcJournals implements Journals {
  /** Owners named in one statement; PostgreSQL takes at most 32,767 parameters. */
  static final int OWNERS_PER_READ = 1000;

  private final Database database;

  public JdbcJournals(Database database) {
    if (database == null) {
      throw new IllegalArgumentException("database is required");
    }
    this.database = database;
  }

  @Override
  public Journal of(String owner) {
    return new JdbcJournal(database, owner);
  }

  @Override
  public Map<String, JournalContents> contents(Collection<String> owners) {
    List<String> distinct = List.copyOf(new LinkedHashSet<>(owners));
    Map<String, List<CheckIn>> checkIns = new HashMap<>();
    Map<String, List<SessionRecord>> sessions = new HashMap<>();
    Map<String, List<ScreeningRecord>> screenings = new HashMap<>();
    Map<String, List<Review>> reviews = new HashMap<>();
    database.query(
        "read " + distinct.size() + " journals",
        connection -> {
          for (int from = 0; from < distinct.size(); from += OWNERS_PER_READ) {
            List<String> part =
                distinct.subList(from, Math.min(distinct.size(), from + OWNERS_PER_READ));
            read(
                connection,
                "SELECT taken_at, pain, cracked, note, owner FROM journal_check_in",
                "taken_at",
                part,
                5,
                JdbcJournal::readCheckIn,
                checkIns);
            read(
                connection,
                "SELECT record, owner FROM journal_session",
                "started_at",
                part,
                2,
                row -> JdbcJournal.readSession(row.getString(1)),
                sessions);
            read(
                connection,
                "SELECT screened_at, verdict, rule_ids, answers, owner FROM journal_screening",
                "screened_at",
                part,
                5,
                JdbcJournal::readScreening,
                screenings);
            read(
                connection,
                "SELECT review_date, reviewer, note, recorded_at, owner FROM journal_review",
                "recorded_at",
                part,
                5,
                JdbcJournal::readReview,
                reviews);
          }
          return null;
        });
    Map<String, JournalContents> contents = new LinkedHashMap<>();
    for (String owner : distinct) {
      contents.put(
          owner,
          new JournalContents(
              checkIns.getOrDefault(owner, List.of()),
              sessions.getOrDefault(owner, List.of()),
              screenings.getOrDefault(owner, List.of()),
              reviews.getOrDefault(owner, List.of())));
    }
    return contents;
  }

  /**
   * Adds each row of {@code select} for these owners to its owner's list, oldest first by {@code
   * time} then as added, as one owner's journal reads them; {@code ownerColumn} is the owner's
   * place in the select.
   */
  private static <T> void read(
      Connection connection,
      String select,
      String time,
      List<String> owners,
      int ownerColumn,
      Sql.Row<T> entry,
      Map<String, List<T>> into)
      throws SQLException {
    String sql =
        select
            + " WHERE owner IN ("
            + String.join(", ", Collections.nCopies(owners.size(), "?"))
            + ") ORDER BY owner, "
            + time
            + ", id";
    Sql.list(
        connection,
        sql,
        row -> {
          into.computeIfAbsent(row.getString(ownerColumn), owner -> new ArrayList<>())
              .add(entry.read(row));
          return Boolean.TRUE;
        },
        owners.toArray());
  }
}

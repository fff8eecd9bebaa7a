package dev.limber.store;

import dev.limber.catalog.Equipment;
import dev.limber.catalog.Setting;
import dev.limber.journal.CheckIn;
import dev.limber.journal.Journal;
import dev.limber.journal.JournalContents;
import dev.limber.journal.Review;
import dev.limber.journal.Reviewer;
import dev.limber.journal.RoutineChoice;
import dev.limber.journal.ScreeningRecord;
import dev.limber.journal.UnknownOwnerException;
import dev.limber.json.FieldError;
import dev.limber.json.Fields;
import dev.limber.json.Json;
import dev.limber.screening.Verdict;
import dev.limber.session.SessionRecord;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The journal of one owner in a {@link Database}: "local" for the command line, an account id on
 * the server. Every statement is scoped to the owner, so owners never see each other's entries.
 * Thread-safe.
 */
public final class JdbcJournal implements Journal {
  /** The owner of the command line's journal. */
  public static final String LOCAL_OWNER = "local";

  // Instant.MIN and MAX do not fit a SQL timestamp; the journal has nothing outside these years.
  private static final Instant EARLIEST = Instant.parse("0001-01-01T00:00:00Z");
  private static final Instant LATEST = Instant.parse("9999-12-31T23:59:59Z");

  /** Rows sent to the database at a time, so a large import never holds all its rows twice. */
  private static final int BATCH = 1000;

  private final Database database;
  private final String owner;

  public JdbcJournal(Database database, String owner) {
    if (database == null) {
      throw new IllegalArgumentException("database is required");
    }
    if (owner == null || owner.isBlank() || owner.length() > 200) {
      throw new IllegalArgumentException("owner must be 1–200 characters: \"" + owner + "\"");
    }
    this.database = database;
    this.owner = owner;
  }

  public String owner() {
    return owner;
  }

  @Override
  public void add(SessionRecord session) {
    if (session == null) {
      throw new IllegalArgumentException("session is required");
    }
    database.inTransaction(
        "insert session",
        connection -> {
          requireOwner(connection);
          insertSessions(connection, List.of(session));
          return null;
        });
  }

  @Override
  public List<SessionRecord> sessions(Instant from, Instant to) {
    return database.query(
        "read sessions",
        connection -> {
          try (PreparedStatement statement =
              connection.prepareStatement(
                  "SELECT record FROM journal_session WHERE owner = ? AND started_at >= ? AND"
                      + " started_at < ? ORDER BY started_at, id")) {
            statement.setString(1, owner);
            statement.setObject(2, timestamp(from));
            statement.setObject(3, timestamp(to));
            List<SessionRecord> sessions = new ArrayList<>();
            try (ResultSet rows = statement.executeQuery()) {
              while (rows.next()) {
                sessions.add(readSession(rows.getString(1)));
              }
            }
            return sessions;
          }
        });
  }

  @Override
  public void add(CheckIn checkIn) {
    if (checkIn == null) {
      throw new IllegalArgumentException("checkIn is required");
    }
    database.inTransaction(
        "insert check-in",
        connection -> {
          requireOwner(connection);
          insertCheckIns(connection, List.of(checkIn));
          return null;
        });
  }

  @Override
  public List<CheckIn> checkIns(Instant from, Instant to) {
    return database.query(
        "read check-ins",
        connection -> {
          try (PreparedStatement statement =
              connection.prepareStatement(
                  "SELECT taken_at, pain, cracked, note FROM journal_check_in WHERE owner = ? AND"
                      + " taken_at >= ? AND taken_at < ? ORDER BY taken_at, id")) {
            statement.setString(1, owner);
            statement.setObject(2, timestamp(from));
            statement.setObject(3, timestamp(to));
            List<CheckIn> checkIns = new ArrayList<>();
            try (ResultSet rows = statement.executeQuery()) {
              while (rows.next()) {
                checkIns.add(
                    new CheckIn(
                        instant(rows, 1), rows.getInt(2), rows.getBoolean(3), rows.getString(4)));
              }
            }
            return checkIns;
          }
        });
  }

  @Override
  public void add(ScreeningRecord screening) {
    if (screening == null) {
      throw new IllegalArgumentException("screening is required");
    }
    database.inTransaction(
        "insert screening",
        connection -> {
          requireOwner(connection);
          insertScreenings(connection, List.of(screening));
          return null;
        });
  }

  @Override
  public List<ScreeningRecord> screenings(Instant from, Instant to) {
    return readScreenings(
        "SELECT screened_at, verdict, rule_ids, answers FROM journal_screening WHERE owner = ? AND"
            + " screened_at >= ? AND screened_at < ? ORDER BY screened_at, id",
        from,
        to);
  }

  @Override
  public Optional<ScreeningRecord> latestScreening() {
    List<ScreeningRecord> latest =
        readScreenings(
            "SELECT screened_at, verdict, rule_ids, answers FROM journal_screening WHERE owner = ?"
                + " AND screened_at >= ? AND screened_at < ? ORDER BY screened_at DESC, id DESC"
                + " FETCH FIRST 1 ROWS ONLY",
            Instant.MIN,
            Instant.MAX);
    return latest.stream().findFirst();
  }

  @Override
  public void add(Review review) {
    if (review == null) {
      throw new IllegalArgumentException("review is required");
    }
    database.inTransaction(
        "insert review",
        connection -> {
          requireOwner(connection);
          insertReviews(connection, List.of(review));
          return null;
        });
  }

  @Override
  public List<Review> reviews() {
    return database.query(
        "read reviews",
        connection -> {
          try (PreparedStatement statement =
              connection.prepareStatement(
                  "SELECT review_date, reviewer, note, recorded_at FROM journal_review"
                      + " WHERE owner = ? ORDER BY recorded_at, id")) {
            statement.setString(1, owner);
            List<Review> reviews = new ArrayList<>();
            try (ResultSet rows = statement.executeQuery()) {
              while (rows.next()) {
                reviews.add(
                    new Review(
                        rows.getObject(1, LocalDate.class),
                        Reviewer.valueOf(rows.getString(2)),
                        rows.getString(3),
                        instant(rows, 4)));
              }
            }
            return reviews;
          }
        });
  }

  @Override
  public void keep(RoutineChoice choice) {
    if (choice == null) {
      throw new IllegalArgumentException("choice is required");
    }
    database.inTransaction(
        "keep the routine choice",
        connection -> {
          requireOwner(connection);
          try (PreparedStatement delete =
              connection.prepareStatement("DELETE FROM journal_routine_choice WHERE owner = ?")) {
            delete.setString(1, owner);
            delete.executeUpdate();
          }
          try (PreparedStatement insert =
              connection.prepareStatement(
                  "INSERT INTO journal_routine_choice (owner, place, minutes, equipment, chosen_at)"
                      + " VALUES (?, ?, ?, ?, ?)")) {
            insert.setString(1, owner);
            insert.setString(2, choice.place().name());
            insert.setInt(3, choice.minutes());
            insert.setString(
                4, String.join(" ", choice.equipment().stream().map(Enum::name).sorted().toList()));
            insert.setObject(5, timestamp(choice.at()));
            insert.executeUpdate();
          }
          return null;
        });
  }

  @Override
  public Optional<RoutineChoice> lastRoutineChoice() {
    return database.query(
        "read the routine choice",
        connection -> {
          try (PreparedStatement statement =
              connection.prepareStatement(
                  "SELECT place, minutes, equipment, chosen_at FROM journal_routine_choice"
                      + " WHERE owner = ?")) {
            statement.setString(1, owner);
            try (ResultSet rows = statement.executeQuery()) {
              if (!rows.next()) {
                return Optional.empty();
              }
              Set<Equipment> equipment = EnumSet.noneOf(Equipment.class);
              for (String name : rows.getString(3).split(" ")) {
                if (!name.isEmpty()) {
                  equipment.add(Equipment.valueOf(name));
                }
              }
              return Optional.of(
                  new RoutineChoice(
                      Setting.valueOf(rows.getString(1)),
                      rows.getInt(2),
                      equipment,
                      instant(rows, 4)));
            }
          }
        });
  }

  @Override
  public void addAll(JournalContents contents) {
    database.inTransaction(
        "import " + contents.size() + " journal entries",
        connection -> {
          requireOwner(connection);
          insertCheckIns(connection, contents.checkIns());
          insertSessions(connection, contents.sessions());
          insertScreenings(connection, contents.screenings());
          insertReviews(connection, contents.reviews());
          return null;
        });
  }

  @Override
  public void forget() {
    database.inTransaction(
        "delete the journal",
        connection -> {
          deleteEntriesOf(connection, owner);
          return null;
        });
  }

  /** Deletes every journal entry of the owner, inside the caller's transaction. */
  static void deleteEntriesOf(Connection connection, String owner) throws SQLException {
    for (String table :
        List.of(
            "journal_check_in",
            "journal_session",
            "journal_screening",
            "journal_review",
            "journal_routine_choice",
            "journal_reminder_calendar")) {
      try (PreparedStatement statement =
          connection.prepareStatement("DELETE FROM " + table + " WHERE owner = ?")) {
        statement.setString(1, owner);
        statement.executeUpdate();
      }
    }
  }

  /**
   * Locks the owning account's row for this transaction, or refuses the write when the account is
   * gone: deleting an account takes the same lock, so no entry can land after its journal is
   * deleted. The command line's own journal has no account.
   */
  private void requireOwner(Connection connection) throws SQLException {
    if (owner.equals(LOCAL_OWNER)) {
      return;
    }
    try (PreparedStatement lock =
        connection.prepareStatement("SELECT id FROM accounts WHERE id = ? FOR UPDATE")) {
      lock.setString(1, owner);
      try (ResultSet rows = lock.executeQuery()) {
        if (!rows.next()) {
          throw new UnknownOwnerException(owner);
        }
      }
    }
  }

  private void insertCheckIns(Connection connection, List<CheckIn> checkIns) throws SQLException {
    if (checkIns.isEmpty()) {
      return;
    }
    try (PreparedStatement statement =
        connection.prepareStatement(
            "INSERT INTO journal_check_in (owner, taken_at, pain, cracked, note)"
                + " VALUES (?, ?, ?, ?, ?)")) {
      int batched = 0;
      for (CheckIn checkIn : checkIns) {
        statement.setString(1, owner);
        statement.setObject(2, timestamp(checkIn.at()));
        statement.setInt(3, checkIn.pain());
        statement.setBoolean(4, checkIn.cracked());
        statement.setString(5, checkIn.note());
        statement.addBatch();
        if (++batched % BATCH == 0) {
          statement.executeBatch();
        }
      }
      statement.executeBatch();
    }
  }

  private void insertSessions(Connection connection, List<SessionRecord> sessions)
      throws SQLException {
    if (sessions.isEmpty()) {
      return;
    }
    try (PreparedStatement statement =
        connection.prepareStatement(
            "INSERT INTO journal_session (owner, started_at, ended_at, pain_before, pain_after,"
                + " pops, ending, record) VALUES (?, ?, ?, ?, ?, ?, ?, ?)")) {
      int batched = 0;
      for (SessionRecord session : sessions) {
        statement.setString(1, owner);
        statement.setObject(2, timestamp(session.started()));
        statement.setObject(3, timestamp(session.ended()));
        setNullableInt(statement, 4, session.painBefore());
        setNullableInt(statement, 5, session.painAfter());
        statement.setInt(6, session.pops());
        statement.setString(7, session.ending().name());
        statement.setString(8, Json.write(session));
        statement.addBatch();
        if (++batched % BATCH == 0) {
          statement.executeBatch();
        }
      }
      statement.executeBatch();
    }
  }

  private void insertScreenings(Connection connection, List<ScreeningRecord> screenings)
      throws SQLException {
    if (screenings.isEmpty()) {
      return;
    }
    try (PreparedStatement statement =
        connection.prepareStatement(
            "INSERT INTO journal_screening (owner, screened_at, verdict, rule_ids, answers)"
                + " VALUES (?, ?, ?, ?, ?)")) {
      int batched = 0;
      for (ScreeningRecord screening : screenings) {
        statement.setString(1, owner);
        statement.setObject(2, timestamp(screening.at()));
        statement.setString(3, screening.verdict().name());
        statement.setString(4, String.join(" ", screening.ruleIds()));
        statement.setString(5, screening.answersJson());
        statement.addBatch();
        if (++batched % BATCH == 0) {
          statement.executeBatch();
        }
      }
      statement.executeBatch();
    }
  }

  private void insertReviews(Connection connection, List<Review> reviews) throws SQLException {
    if (reviews.isEmpty()) {
      return;
    }
    try (PreparedStatement statement =
        connection.prepareStatement(
            "INSERT INTO journal_review (owner, review_date, reviewer, note, recorded_at)"
                + " VALUES (?, ?, ?, ?, ?)")) {
      int batched = 0;
      for (Review review : reviews) {
        statement.setString(1, owner);
        statement.setObject(2, review.date());
        statement.setString(3, review.by().name());
        statement.setString(4, review.note());
        statement.setObject(5, timestamp(review.recordedAt()));
        statement.addBatch();
        if (++batched % BATCH == 0) {
          statement.executeBatch();
        }
      }
      statement.executeBatch();
    }
  }

  private List<ScreeningRecord> readScreenings(String sql, Instant from, Instant to) {
    return database.query(
        "read screenings",
        connection -> {
          try (PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setString(1, owner);
            statement.setObject(2, timestamp(from));
            statement.setObject(3, timestamp(to));
            List<ScreeningRecord> screenings = new ArrayList<>();
            try (ResultSet rows = statement.executeQuery()) {
              while (rows.next()) {
                String ruleIds = rows.getString(3);
                screenings.add(
                    new ScreeningRecord(
                        instant(rows, 1),
                        Json.parse(rows.getString(4)),
                        Verdict.valueOf(rows.getString(2)),
                        ruleIds.isEmpty() ? List.of() : Arrays.asList(ruleIds.split(" "))));
              }
            }
            return screenings;
          }
        });
  }

  private static SessionRecord readSession(String json) {
    List<FieldError> errors = new ArrayList<>();
    Optional<SessionRecord> session =
        SessionRecord.read(Fields.root(Json.parse(json), "session", errors));
    return session.orElseThrow(
        () -> new StoreException("a stored session does not read back: " + errors));
  }

  private static void setNullableInt(PreparedStatement statement, int index, Integer value)
      throws SQLException {
    if (value == null) {
      statement.setNull(index, Types.SMALLINT);
    } else {
      statement.setInt(index, value);
    }
  }

  private static OffsetDateTime timestamp(Instant instant) {
    Instant bounded =
        instant.isBefore(EARLIEST) ? EARLIEST : instant.isAfter(LATEST) ? LATEST : instant;
    return bounded.atOffset(ZoneOffset.UTC);
  }

  private static Instant instant(ResultSet rows, int column) throws SQLException {
    return rows.getObject(column, OffsetDateTime.class).toInstant();
  }
}

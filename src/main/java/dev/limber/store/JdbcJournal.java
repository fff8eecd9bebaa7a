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
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

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
        connection ->
            Sql.list(
                connection,
                "SELECT record FROM journal_session WHERE owner = ? AND started_at >= ? AND"
                    + " started_at < ? ORDER BY started_at, id",
                row -> readSession(row.getString(1)),
                owner,
                bounded(from),
                bounded(to)));
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
        connection ->
            Sql.list(
                connection,
                "SELECT taken_at, pain, cracked, note FROM journal_check_in WHERE owner = ? AND"
                    + " taken_at >= ? AND taken_at < ? ORDER BY taken_at, id",
                JdbcJournal::readCheckIn,
                owner,
                bounded(from),
                bounded(to)));
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
        connection ->
            Sql.list(
                connection,
                "SELECT review_date, reviewer, note, recorded_at FROM journal_review"
                    + " WHERE owner = ? ORDER BY recorded_at, id",
                JdbcJournal::readReview,
                owner));
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
          Sql.update(connection, "DELETE FROM journal_routine_choice WHERE owner = ?", owner);
          return Sql.update(
              connection,
              "INSERT INTO journal_routine_choice (owner, place, minutes, equipment, chosen_at)"
                  + " VALUES (?, ?, ?, ?, ?)",
              owner,
              choice.place().name(),
              choice.minutes(),
              Rows.names(choice.equipment()),
              bounded(choice.at()));
        });
  }

  @Override
  public Optional<RoutineChoice> lastRoutineChoice() {
    return database.query(
        "read the routine choice",
        connection ->
            Sql.optional(
                connection,
                "SELECT place, minutes, equipment, chosen_at FROM journal_routine_choice"
                    + " WHERE owner = ?",
                row ->
                    new RoutineChoice(
                        Setting.valueOf(row.getString(1)),
                        row.getInt(2),
                        Rows.names(Equipment.class, row.getString(3)),
                        Rows.instant(row, 4)),
                owner));
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
      Sql.update(connection, "DELETE FROM " + table + " WHERE owner = ?", owner);
    }
  }

  /**
   * Locks the owning account's row for this transaction, or refuses the write when the account is
   * gone: deleting an account takes the same lock, so no entry can land after its journal is
   * deleted. The command line's own journal has no account.
   */
  private void requireOwner(Connection connection) throws SQLException {
    if (!owner.equals(LOCAL_OWNER) && !JdbcAccounts.lockAccount(connection, owner)) {
      throw new UnknownOwnerException(owner);
    }
  }

  private void insertCheckIns(Connection connection, List<CheckIn> checkIns) throws SQLException {
    Sql.batch(
        connection,
        "INSERT INTO journal_check_in (owner, taken_at, pain, cracked, note)"
            + " VALUES (?, ?, ?, ?, ?)",
        checkIns,
        checkIn ->
            Arrays.asList(
                owner,
                bounded(checkIn.at()),
                checkIn.pain(),
                checkIn.cracked(),
                Sql.nullable(checkIn.note(), Types.VARCHAR)));
  }

  private void insertSessions(Connection connection, List<SessionRecord> sessions)
      throws SQLException {
    Sql.batch(
        connection,
        "INSERT INTO journal_session (owner, started_at, ended_at, pain_before, pain_after,"
            + " pops, ending, record) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
        sessions,
        session ->
            Arrays.asList(
                owner,
                bounded(session.started()),
                bounded(session.ended()),
                Sql.nullable(session.painBefore(), Types.SMALLINT),
                Sql.nullable(session.painAfter(), Types.SMALLINT),
                session.pops(),
                session.ending().name(),
                Json.write(session)));
  }

  private void insertScreenings(Connection connection, List<ScreeningRecord> screenings)
      throws SQLException {
    Sql.batch(
        connection,
        "INSERT INTO journal_screening (owner, screened_at, verdict, rule_ids, answers)"
            + " VALUES (?, ?, ?, ?, ?)",
        screenings,
        screening ->
            Arrays.asList(
                owner,
                bounded(screening.at()),
                screening.verdict().name(),
                String.join(" ", screening.ruleIds()),
                screening.answersJson()));
  }

  private void insertReviews(Connection connection, List<Review> reviews) throws SQLException {
    Sql.batch(
        connection,
        "INSERT INTO journal_review (owner, review_date, reviewer, note, recorded_at)"
            + " VALUES (?, ?, ?, ?, ?)",
        reviews,
        review ->
            Arrays.asList(
                owner,
                review.date(),
                review.by().name(),
                Sql.nullable(review.note(), Types.VARCHAR),
                bounded(review.recordedAt())));
  }

  private List<ScreeningRecord> readScreenings(String sql, Instant from, Instant to) {
    return database.query(
        "read screenings",
        connection ->
            Sql.list(
                connection, sql, JdbcJournal::readScreening, owner, bounded(from), bounded(to)));
  }

  /** A check-in from a row of {@code taken_at, pain, cracked, note}. */
  static CheckIn readCheckIn(ResultSet row) throws SQLException {
    return new CheckIn(Rows.instant(row, 1), row.getInt(2), row.getBoolean(3), row.getString(4));
  }

  /** A review from a row of {@code review_date, reviewer, note, recorded_at}. */
  static Review readReview(ResultSet row) throws SQLException {
    return new Review(
        row.getObject(1, LocalDate.class),
        Reviewer.valueOf(row.getString(2)),
        row.getString(3),
        Rows.instant(row, 4));
  }

  /** A screening from a row of {@code screened_at, verdict, rule_ids, answers}. */
  static ScreeningRecord readScreening(ResultSet row) throws SQLException {
    return new ScreeningRecord(
        Rows.instant(row, 1),
        Json.parse(row.getString(4)),
        Verdict.valueOf(row.getString(2)),
        Rows.words(row.getString(3)));
  }

  static SessionRecord readSession(String json) {
    List<FieldError> errors = new ArrayList<>();
    Optional<SessionRecord> session =
        SessionRecord.read(Fields.root(Json.parse(json), "session", errors));
    return session.orElseThrow(
        () -> new StoreException("a stored session does not read back: " + errors));
  }

  /** The instant within the years a SQL timestamp holds. */
  private static Instant bounded(Instant instant) {
    return instant.isBefore(EARLIEST) ? EARLIEST : instant.isAfter(LATEST) ? LATEST : instant;
  }
}

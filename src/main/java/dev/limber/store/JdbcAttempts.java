package dev.limber.store;

import dev.limber.account.Attempts;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Throttled attempts in the database (migration V60), so a throttle holds across instances. The
 * rows of an attempt are committed before they are counted: of any number of concurrent attempts,
 * each later one counts every earlier one.
 */
public final class JdbcAttempts implements Attempts {
  /** Attempts older than this are deleted as new ones arrive; no throttle looks back further. */
  static final Duration KEPT = Duration.ofDays(1);

  private final Database database;

  public JdbcAttempts(Database database) {
    this.database = database;
  }

  @Override
  public List<Integer> record(String attemptId, List<String> keys, Instant at, Instant since) {
    database.inTransaction(
        "record an attempt",
        connection -> {
          for (String key : keys) {
            Sql.update(
                connection,
                "DELETE FROM throttle_attempts WHERE throttle_key = ? AND attempted_at < ?",
                key,
                at.minus(KEPT));
            Sql.update(
                connection,
                "INSERT INTO throttle_attempts (attempt_id, throttle_key, attempted_at)"
                    + " VALUES (?, ?, ?)",
                attemptId,
                key,
                at);
          }
          return null;
        });
    return database.query(
        "count attempts",
        connection -> {
          List<Integer> counts = new ArrayList<>();
          for (String key : keys) {
            counts.add(
                Sql.one(
                    connection,
                    "SELECT COUNT(*) FROM throttle_attempts WHERE throttle_key = ?"
                        + " AND attempted_at >= ?",
                    row -> row.getInt(1),
                    key,
                    since));
          }
          return counts;
        });
  }

  @Override
  public void forget(String attemptId) {
    delete("forget an attempt", "DELETE FROM throttle_attempts WHERE attempt_id = ?", attemptId);
  }

  @Override
  public void clear(String key) {
    delete("clear attempts", "DELETE FROM throttle_attempts WHERE throttle_key = ?", key);
  }

  private void delete(String what, String sql, String parameter) {
    database.query(what, connection -> Sql.update(connection, sql, parameter));
  }
}

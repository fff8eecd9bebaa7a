package dev.limber.store;

import dev.limber.account.Attempts;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
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
          try (PreparedStatement purge =
                  connection.prepareStatement(
                      "DELETE FROM throttle_attempts WHERE throttle_key = ? AND attempted_at < ?");
              PreparedStatement insert =
                  connection.prepareStatement(
                      "INSERT INTO throttle_attempts (attempt_id, throttle_key, attempted_at)"
                          + " VALUES (?, ?, ?)")) {
            for (String key : keys) {
              purge.setString(1, key);
              purge.setObject(2, JdbcAccounts.timestamp(at.minus(KEPT)));
              purge.executeUpdate();
              insert.setString(1, attemptId);
              insert.setString(2, key);
              insert.setObject(3, JdbcAccounts.timestamp(at));
              insert.executeUpdate();
            }
          }
          return null;
        });
    return database.query(
        "count attempts",
        connection -> {
          List<Integer> counts = new ArrayList<>();
          try (PreparedStatement count =
              connection.prepareStatement(
                  "SELECT COUNT(*) FROM throttle_attempts WHERE throttle_key = ?"
                      + " AND attempted_at >= ?")) {
            for (String key : keys) {
              count.setString(1, key);
              count.setObject(2, JdbcAccounts.timestamp(since));
              try (ResultSet rows = count.executeQuery()) {
                rows.next();
                counts.add(rows.getInt(1));
              }
            }
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
    database.query(
        what,
        connection -> {
          try (PreparedStatement delete = connection.prepareStatement(sql)) {
            delete.setString(1, parameter);
            return delete.executeUpdate();
          }
        });
  }
}

package dev.limber.store;

import dev.limber.account.SignInAttempts;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;

/** Failed sign-ins in the database (migration V53), so the throttle holds across instances. */
public final class JdbcSignInAttempts implements SignInAttempts {
  /** Failures older than this are deleted as new ones arrive; no throttle looks back further. */
  static final Duration KEPT = Duration.ofDays(1);

  private final javax.sql.DataSource dataSource;

  public JdbcSignInAttempts(Database database) {
    this.dataSource = database.dataSource();
  }

  @Override
  public void recordFailure(String key, Instant at) {
    try (Connection connection = dataSource.getConnection();
        PreparedStatement purge =
            connection.prepareStatement(
                "DELETE FROM sign_in_failures WHERE throttle_key = ? AND failed_at < ?");
        PreparedStatement insert =
            connection.prepareStatement(
                "INSERT INTO sign_in_failures (throttle_key, failed_at) VALUES (?, ?)")) {
      purge.setString(1, key);
      purge.setObject(2, JdbcAccounts.timestamp(at.minus(KEPT)));
      purge.executeUpdate();
      insert.setString(1, key);
      insert.setObject(2, JdbcAccounts.timestamp(at));
      insert.executeUpdate();
    } catch (SQLException e) {
      throw new StoreException("record failed sign-in", e);
    }
  }

  @Override
  public int failuresSince(String key, Instant since) {
    try (Connection connection = dataSource.getConnection();
        PreparedStatement count =
            connection.prepareStatement(
                "SELECT COUNT(*) FROM sign_in_failures WHERE throttle_key = ? AND failed_at >= ?")) {
      count.setString(1, key);
      count.setObject(2, JdbcAccounts.timestamp(since));
      try (ResultSet rows = count.executeQuery()) {
        rows.next();
        return rows.getInt(1);
      }
    } catch (SQLException e) {
      throw new StoreException("count failed sign-ins", e);
    }
  }

  @Override
  public void clear(String key) {
    try (Connection connection = dataSource.getConnection();
        PreparedStatement delete =
            connection.prepareStatement("DELETE FROM sign_in_failures WHERE throttle_key = ?")) {
      delete.setString(1, key);
      delete.executeUpdate();
    } catch (SQLException e) {
      throw new StoreException("clear failed sign-ins", e);
    }
  }
}

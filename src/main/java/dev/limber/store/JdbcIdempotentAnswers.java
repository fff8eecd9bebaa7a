package dev.limber.store;

import dev.limber.account.IdempotentAnswers;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;

/**
 * Answers to idempotent writes in the database (migration V61); the primary key on account and key
 * makes one claim of a key win however many instances race for it.
 */
public final class JdbcIdempotentAnswers implements IdempotentAnswers {
  private final Database database;

  public JdbcIdempotentAnswers(Database database) {
    this.database = database;
  }

  @Override
  public Claim claim(String accountId, String key, String request, Instant now) {
    database.query(
        "forget old idempotent answers",
        connection -> {
          try (PreparedStatement purge =
              connection.prepareStatement(
                  "DELETE FROM idempotent_answers WHERE account_id = ? AND created_at < ?")) {
            purge.setString(1, accountId);
            purge.setObject(2, JdbcAccounts.timestamp(now.minus(KEPT)));
            return purge.executeUpdate();
          }
        });
    String requestHash = dev.limber.account.Secrets.hash(request);
    try {
      database.query(
          "claim an idempotency key",
          connection -> {
            try (PreparedStatement insert =
                connection.prepareStatement(
                    "INSERT INTO idempotent_answers"
                        + " (account_id, idempotency_key, route, request_hash, created_at)"
                        + " VALUES (?, ?, ?, ?, ?)")) {
              insert.setString(1, accountId);
              insert.setString(2, key);
              insert.setString(3, request.length() > 200 ? request.substring(0, 200) : request);
              insert.setString(4, requestHash);
              insert.setObject(5, JdbcAccounts.timestamp(now));
              return insert.executeUpdate();
            }
          });
      return new Claim.Fresh();
    } catch (StoreException e) {
      if (!(e.getCause() instanceof SQLException sql) || !JdbcAccounts.isUniqueViolation(sql)) {
        throw e;
      }
    }
    return database.query(
        "read an idempotent answer",
        connection -> {
          try (PreparedStatement select =
              connection.prepareStatement(
                  "SELECT request_hash, status, body FROM idempotent_answers"
                      + " WHERE account_id = ? AND idempotency_key = ?")) {
            select.setString(1, accountId);
            select.setString(2, key);
            try (ResultSet rows = select.executeQuery()) {
              if (!rows.next()) {
                // Released between our insert and this read: the caller may simply retry.
                return new Claim.InProgress();
              }
              if (!rows.getString(1).trim().equals(requestHash)) {
                return new Claim.Mismatch();
              }
              int status = rows.getInt(2);
              return rows.wasNull()
                  ? new Claim.InProgress()
                  : new Claim.Replay(status, rows.getString(3));
            }
          }
        });
  }

  @Override
  public void complete(String accountId, String key, int status, String body) {
    database.query(
        "keep an idempotent answer",
        connection -> {
          try (PreparedStatement update =
              connection.prepareStatement(
                  "UPDATE idempotent_answers SET status = ?, body = ?"
                      + " WHERE account_id = ? AND idempotency_key = ?")) {
            update.setInt(1, status);
            update.setString(2, body);
            update.setString(3, accountId);
            update.setString(4, key);
            return update.executeUpdate();
          }
        });
  }

  @Override
  public void release(String accountId, String key) {
    database.query(
        "release an idempotency key",
        connection -> {
          try (PreparedStatement delete =
              connection.prepareStatement(
                  "DELETE FROM idempotent_answers WHERE account_id = ? AND idempotency_key = ?"
                      + " AND status IS NULL")) {
            delete.setString(1, accountId);
            delete.setString(2, key);
            return delete.executeUpdate();
          }
        });
  }
}

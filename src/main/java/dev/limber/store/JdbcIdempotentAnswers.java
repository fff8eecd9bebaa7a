package dev.limber.store;

import dev.limber.account.IdempotentAnswers;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
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
        connection ->
            Sql.update(
                connection,
                "DELETE FROM idempotent_answers WHERE account_id = ? AND created_at < ?",
                accountId,
                now.minus(KEPT)));
    String requestHash = dev.limber.account.Secrets.hash(request);
    try {
      database.query(
          "claim an idempotency key",
          connection ->
              Sql.update(
                  connection,
                  "INSERT INTO idempotent_answers"
                      + " (account_id, idempotency_key, route, request_hash, created_at)"
                      + " VALUES (?, ?, ?, ?, ?)",
                  accountId,
                  key,
                  request.length() > 200 ? request.substring(0, 200) : request,
                  requestHash,
                  now));
      return new Claim.Fresh();
    } catch (StoreException e) {
      if (!(e.getCause() instanceof SQLException sql) || !JdbcAccounts.isUniqueViolation(sql)) {
        throw e;
      }
    }
    return database.query(
        "read an idempotent answer",
        connection ->
            Sql.optional(
                    connection,
                    "SELECT request_hash, status, body FROM idempotent_answers"
                        + " WHERE account_id = ? AND idempotency_key = ?",
                    row -> claimOf(row, requestHash),
                    accountId,
                    key)
                // Released between our insert and this read: the caller may simply retry.
                .orElseGet(Claim.InProgress::new));
  }

  private static Claim claimOf(ResultSet row, String requestHash) throws SQLException {
    if (!row.getString(1).trim().equals(requestHash)) {
      return new Claim.Mismatch();
    }
    int status = row.getInt(2);
    return row.wasNull() ? new Claim.InProgress() : new Claim.Replay(status, row.getString(3));
  }

  @Override
  public void complete(String accountId, String key, int status, String body) {
    database.query(
        "keep an idempotent answer",
        connection ->
            Sql.update(
                connection,
                "UPDATE idempotent_answers SET status = ?, body = ?"
                    + " WHERE account_id = ? AND idempotency_key = ?",
                status,
                Sql.nullable(body, Types.VARCHAR),
                accountId,
                key));
  }

  @Override
  public void release(String accountId, String key) {
    database.query(
        "release an idempotency key",
        connection ->
            Sql.update(
                connection,
                "DELETE FROM idempotent_answers WHERE account_id = ? AND idempotency_key = ?"
                    + " AND status IS NULL",
                accountId,
                key));
  }
}

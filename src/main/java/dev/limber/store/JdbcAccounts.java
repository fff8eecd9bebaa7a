package dev.limber.store;

import dev.limber.account.Account;
import dev.limber.account.Accounts;
import dev.limber.account.ApiToken;
import dev.limber.account.LoginSession;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;

/**
 * Accounts, login sessions and API tokens in the database (migrations V50–V52). Writes that must
 * see one account's rows whole (deleting it, the caps) lock its row first. Thread-safe.
 */
public final class JdbcAccounts implements Accounts {
  private static final String TOKENS =
      "SELECT id, account_id, name, secret_hash, created_at FROM api_tokens WHERE ";

  private final Database database;

  public JdbcAccounts(Database database) {
    this.database = database;
  }

  @Override
  public boolean add(Account account, String passwordHash, Instant created) {
    return database.inTransaction(
        "add account",
        connection -> {
          if (Sql.exists(connection, "SELECT 1 FROM accounts WHERE email = ?", account.email())) {
            connection.rollback();
            return false;
          }
          try {
            Sql.update(
                connection,
                "INSERT INTO accounts (id, email, password_hash, created_at) VALUES (?, ?, ?, ?)",
                account.id(),
                account.email(),
                passwordHash,
                created);
            return true;
          } catch (SQLException raced) {
            // Another instance added the same address between the check and the insert.
            if (isUniqueViolation(raced)) {
              connection.rollback();
              return false;
            }
            throw raced;
          }
        });
  }

  @Override
  public Optional<Credentials> findCredentials(String email) {
    return database.query(
        "find account by e-mail",
        connection ->
            Sql.optional(
                connection,
                "SELECT id, email, password_hash FROM accounts WHERE email = ?",
                row ->
                    new Credentials(
                        new Account(row.getString("id"), row.getString("email")),
                        row.getString("password_hash")),
                email));
  }

  @Override
  public Optional<Account> find(String accountId) {
    return database.query(
        "find account",
        connection ->
            Sql.optional(
                connection,
                "SELECT id, email FROM accounts WHERE id = ?",
                row -> new Account(row.getString("id"), row.getString("email")),
                accountId));
  }

  @Override
  public Optional<ZoneId> timeZone(String accountId) {
    return database
        .query(
            "read time zone",
            connection ->
                Sql.optional(
                    connection,
                    "SELECT time_zone FROM accounts WHERE id = ?",
                    row -> Optional.ofNullable(row.getString("time_zone")),
                    accountId))
        .flatMap(zone -> zone)
        .flatMap(JdbcAccounts::knownZone);
  }

  // A zone this JDK no longer knows reads as none: the server's zone, never an error.
  private static Optional<ZoneId> knownZone(String id) {
    try {
      return Optional.of(ZoneId.of(id));
    } catch (DateTimeException e) {
      return Optional.empty();
    }
  }

  @Override
  public boolean setTimeZone(String accountId, Optional<ZoneId> zone) {
    return database.query(
            "set time zone",
            connection ->
                Sql.update(
                    connection,
                    "UPDATE accounts SET time_zone = ? WHERE id = ?",
                    Sql.nullable(zone.map(ZoneId::getId).orElse(null), Types.VARCHAR),
                    accountId))
        == 1;
  }

  @Override
  public Optional<String> contactLine(String accountId) {
    return database
        .query(
            "read contact line",
            connection ->
                Sql.optional(
                    connection,
                    "SELECT contact_line FROM accounts WHERE id = ?",
                    row -> Optional.ofNullable(row.getString("contact_line")),
                    accountId))
        .flatMap(line -> line);
  }

  @Override
  public boolean setContactLine(String accountId, Optional<String> line) {
    return database.query(
            "set contact line",
            connection ->
                Sql.update(
                    connection,
                    "UPDATE accounts SET contact_line = ? WHERE id = ?",
                    Sql.nullable(line.orElse(null), Types.VARCHAR),
                    accountId))
        == 1;
  }

  @Override
  public boolean remove(String accountId) {
    return database.inTransaction(
        "remove account " + accountId,
        connection -> {
          // The journal's writers take this lock too (JdbcJournal), so none lands after the delete.
          if (!lockAccount(connection, accountId)) {
            connection.rollback();
            return false;
          }
          JdbcJournal.deleteEntriesOf(connection, accountId);
          JdbcPrograms.deleteEntriesOf(connection, accountId);
          for (String table : List.of("login_sessions", "api_tokens", "idempotent_answers")) {
            Sql.update(connection, "DELETE FROM " + table + " WHERE account_id = ?", accountId);
          }
          return Sql.update(connection, "DELETE FROM accounts WHERE id = ?", accountId) == 1;
        });
  }

  @Override
  public boolean changePassword(
      String accountId, String passwordHash, Optional<String> keptSessionHash) {
    return database.inTransaction(
        "change password",
        connection -> {
          int changed =
              Sql.update(
                  connection,
                  "UPDATE accounts SET password_hash = ? WHERE id = ?",
                  passwordHash,
                  accountId);
          Sql.update(
              connection,
              "DELETE FROM login_sessions WHERE account_id = ? AND secret_hash <> ?",
              accountId,
              keptSessionHash.orElse(""));
          Sql.update(connection, "DELETE FROM api_tokens WHERE account_id = ?", accountId);
          return changed == 1;
        });
  }

  @Override
  public void openSession(LoginSession session) {
    database.inTransaction(
        "open login session",
        connection -> {
          // Serialises sign-ins of one account, so the cap holds under concurrency.
          if (!lockAccount(connection, session.accountId())) {
            connection.rollback();
            return null;
          }
          Sql.update(
              connection,
              "DELETE FROM login_sessions WHERE account_id = ? AND expires_at <= ?",
              session.accountId(),
              Instant.now());
          Sql.update(
              connection,
              "INSERT INTO login_sessions (secret_hash, account_id, csrf_token, expires_at)"
                  + " VALUES (?, ?, ?, ?)",
              session.secretHash(),
              session.accountId(),
              session.csrfToken(),
              session.expires());
          List<String> newestFirst =
              Sql.list(
                  connection,
                  "SELECT secret_hash FROM login_sessions WHERE account_id = ?"
                      + " ORDER BY expires_at DESC, secret_hash",
                  row -> row.getString(1),
                  session.accountId());
          for (String secretHash :
              newestFirst.subList(
                  Math.min(LoginSession.MAX_PER_ACCOUNT, newestFirst.size()), newestFirst.size())) {
            Sql.update(connection, "DELETE FROM login_sessions WHERE secret_hash = ?", secretHash);
          }
          return null;
        });
  }

  @Override
  public Optional<LoginSession> findSession(String secretHash, Instant now) {
    return database.query(
        "find login session",
        connection ->
            Sql.optional(
                connection,
                "SELECT secret_hash, account_id, csrf_token, expires_at FROM login_sessions"
                    + " WHERE secret_hash = ? AND expires_at > ?",
                row ->
                    new LoginSession(
                        row.getString("secret_hash").trim(),
                        row.getString("account_id"),
                        row.getString("csrf_token"),
                        Rows.instant(row, "expires_at")),
                secretHash,
                now));
  }

  @Override
  public void closeSession(String secretHash) {
    update("close login session", "DELETE FROM login_sessions WHERE secret_hash = ?", secretHash);
  }

  @Override
  public void renewCsrfToken(String secretHash, String csrfToken) {
    update(
        "renew CSRF token",
        "UPDATE login_sessions SET csrf_token = ? WHERE secret_hash = ?",
        csrfToken,
        secretHash);
  }

  @Override
  public boolean addToken(ApiToken token) {
    return database.inTransaction(
        "add API token",
        connection -> {
          // Serialises token creation per account, so concurrent requests cannot pass the cap.
          if (!lockAccount(connection, token.accountId())
              || Sql.one(
                      connection,
                      "SELECT COUNT(*) FROM api_tokens WHERE account_id = ?",
                      row -> row.getInt(1),
                      token.accountId())
                  >= ApiToken.MAX_PER_ACCOUNT) {
            connection.rollback();
            return false;
          }
          Sql.update(
              connection,
              "INSERT INTO api_tokens (id, account_id, name, secret_hash, created_at)"
                  + " VALUES (?, ?, ?, ?, ?)",
              token.id(),
              token.accountId(),
              token.name(),
              token.secretHash(),
              token.created());
          return true;
        });
  }

  /** Locks the account's row until the transaction ends; false when there is no such account. */
  static boolean lockAccount(Connection connection, String accountId) throws SQLException {
    return Sql.exists(connection, "SELECT id FROM accounts WHERE id = ? FOR UPDATE", accountId);
  }

  @Override
  public List<ApiToken> tokens(String accountId) {
    return database.query(
        "list API tokens",
        connection ->
            Sql.list(
                connection,
                TOKENS + "account_id = ? ORDER BY created_at, id",
                JdbcAccounts::token,
                accountId));
  }

  @Override
  public Optional<ApiToken> findToken(String secretHash) {
    return database.query(
        "find API token",
        connection ->
            Sql.optional(connection, TOKENS + "secret_hash = ?", JdbcAccounts::token, secretHash));
  }

  private static ApiToken token(ResultSet row) throws SQLException {
    return new ApiToken(
        row.getString("id"),
        row.getString("account_id"),
        row.getString("name"),
        row.getString("secret_hash").trim(),
        Rows.instant(row, "created_at"));
  }

  @Override
  public boolean revokeToken(String accountId, String tokenId) {
    return update(
            "revoke API token",
            "DELETE FROM api_tokens WHERE account_id = ? AND id = ?",
            accountId,
            tokenId)
        == 1;
  }

  private int update(String what, String sql, Object... parameters) {
    return database.query(what, connection -> Sql.update(connection, sql, parameters));
  }

  /** SQLSTATE class 23 with code 23505 is a unique violation on both H2 and PostgreSQL. */
  static boolean isUniqueViolation(SQLException e) {
    return "23505".equals(e.getSQLState());
  }
}

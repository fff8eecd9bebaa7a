package dev.limber.store;

import dev.limber.account.Account;
import dev.limber.account.Accounts;
import dev.limber.account.ApiToken;
import dev.limber.account.LoginSession;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Accounts, login sessions and API tokens in the database (migrations V50–V52). Writes that must
 * see one account's rows whole (deleting it, the caps) lock its row first. Thread-safe.
 */
public final class JdbcAccounts implements Accounts {
  private final javax.sql.DataSource dataSource;

  public JdbcAccounts(Database database) {
    this.dataSource = database.dataSource();
  }

  @Override
  public boolean add(Account account, String passwordHash, Instant created) {
    try (Connection connection = dataSource.getConnection()) {
      connection.setAutoCommit(false);
      try (PreparedStatement taken =
          connection.prepareStatement("SELECT 1 FROM accounts WHERE email = ?")) {
        taken.setString(1, account.email());
        try (ResultSet rows = taken.executeQuery()) {
          if (rows.next()) {
            connection.rollback();
            return false;
          }
        }
      }
      try (PreparedStatement insert =
          connection.prepareStatement(
              "INSERT INTO accounts (id, email, password_hash, created_at) VALUES (?, ?, ?, ?)")) {
        insert.setString(1, account.id());
        insert.setString(2, account.email());
        insert.setString(3, passwordHash);
        insert.setObject(4, timestamp(created));
        insert.executeUpdate();
        connection.commit();
        return true;
      } catch (SQLException raced) {
        // Another instance added the same address between the check and the insert.
        connection.rollback();
        if (isUniqueViolation(raced)) {
          return false;
        }
        throw raced;
      }
    } catch (SQLException e) {
      throw new StoreException("add account", e);
    }
  }

  @Override
  public Optional<Credentials> findCredentials(String email) {
    String sql = "SELECT id, email, password_hash FROM accounts WHERE email = ?";
    try (Connection connection = dataSource.getConnection();
        PreparedStatement select = connection.prepareStatement(sql)) {
      select.setString(1, email);
      try (ResultSet rows = select.executeQuery()) {
        if (!rows.next()) {
          return Optional.empty();
        }
        return Optional.of(
            new Credentials(
                new Account(rows.getString("id"), rows.getString("email")),
                rows.getString("password_hash")));
      }
    } catch (SQLException e) {
      throw new StoreException("find account by e-mail", e);
    }
  }

  @Override
  public Optional<Account> find(String accountId) {
    String sql = "SELECT id, email FROM accounts WHERE id = ?";
    try (Connection connection = dataSource.getConnection();
        PreparedStatement select = connection.prepareStatement(sql)) {
      select.setString(1, accountId);
      try (ResultSet rows = select.executeQuery()) {
        return rows.next()
            ? Optional.of(new Account(rows.getString("id"), rows.getString("email")))
            : Optional.empty();
      }
    } catch (SQLException e) {
      throw new StoreException("find account", e);
    }
  }

  @Override
  public Optional<java.time.ZoneId> timeZone(String accountId) {
    String sql = "SELECT time_zone FROM accounts WHERE id = ?";
    try (Connection connection = dataSource.getConnection();
        PreparedStatement select = connection.prepareStatement(sql)) {
      select.setString(1, accountId);
      try (ResultSet rows = select.executeQuery()) {
        if (!rows.next() || rows.getString("time_zone") == null) {
          return Optional.empty();
        }
        try {
          return Optional.of(java.time.ZoneId.of(rows.getString("time_zone")));
        } catch (java.time.DateTimeException e) {
          // A zone this JDK no longer knows reads as none: the server's zone, never an error.
          return Optional.empty();
        }
      }
    } catch (SQLException e) {
      throw new StoreException("read time zone", e);
    }
  }

  @Override
  public boolean setTimeZone(String accountId, Optional<java.time.ZoneId> zone) {
    String sql = "UPDATE accounts SET time_zone = ? WHERE id = ?";
    try (Connection connection = dataSource.getConnection();
        PreparedStatement update = connection.prepareStatement(sql)) {
      update.setString(1, zone.map(java.time.ZoneId::getId).orElse(null));
      update.setString(2, accountId);
      return update.executeUpdate() == 1;
    } catch (SQLException e) {
      throw new StoreException("set time zone", e);
    }
  }

  @Override
  public boolean remove(String accountId) {
    try (Connection connection = dataSource.getConnection()) {
      connection.setAutoCommit(false);
      try {
        // The journal's writers take this lock too (JdbcJournal), so none lands after the delete.
        if (!lockAccount(connection, accountId)) {
          connection.rollback();
          return false;
        }
        JdbcJournal.deleteEntriesOf(connection, accountId);
        JdbcPrograms.deleteEntriesOf(connection, accountId);
        for (String table : List.of("login_sessions", "api_tokens", "idempotent_answers")) {
          try (PreparedStatement delete =
              connection.prepareStatement("DELETE FROM " + table + " WHERE account_id = ?")) {
            delete.setString(1, accountId);
            delete.executeUpdate();
          }
        }
        int removed;
        try (PreparedStatement delete =
            connection.prepareStatement("DELETE FROM accounts WHERE id = ?")) {
          delete.setString(1, accountId);
          removed = delete.executeUpdate();
        }
        connection.commit();
        return removed == 1;
      } catch (SQLException e) {
        connection.rollback();
        throw e;
      }
    } catch (SQLException e) {
      throw new StoreException("remove account " + accountId, e);
    }
  }

  @Override
  public boolean changePassword(
      String accountId, String passwordHash, Optional<String> keptSessionHash) {
    try (Connection connection = dataSource.getConnection()) {
      connection.setAutoCommit(false);
      try (PreparedStatement update =
              connection.prepareStatement("UPDATE accounts SET password_hash = ? WHERE id = ?");
          PreparedStatement endSessions =
              connection.prepareStatement(
                  "DELETE FROM login_sessions WHERE account_id = ? AND secret_hash <> ?");
          PreparedStatement endTokens =
              connection.prepareStatement("DELETE FROM api_tokens WHERE account_id = ?")) {
        update.setString(1, passwordHash);
        update.setString(2, accountId);
        int changed = update.executeUpdate();
        endSessions.setString(1, accountId);
        endSessions.setString(2, keptSessionHash.orElse(""));
        endSessions.executeUpdate();
        endTokens.setString(1, accountId);
        endTokens.executeUpdate();
        connection.commit();
        return changed == 1;
      } catch (SQLException e) {
        connection.rollback();
        throw e;
      }
    } catch (SQLException e) {
      throw new StoreException("change password", e);
    }
  }

  @Override
  public void openSession(LoginSession session) {
    try (Connection connection = dataSource.getConnection()) {
      connection.setAutoCommit(false);
      try (PreparedStatement expired =
              connection.prepareStatement(
                  "DELETE FROM login_sessions WHERE account_id = ? AND expires_at <= ?");
          PreparedStatement insert =
              connection.prepareStatement(
                  "INSERT INTO login_sessions (secret_hash, account_id, csrf_token, expires_at)"
                      + " VALUES (?, ?, ?, ?)");
          PreparedStatement oldest =
              connection.prepareStatement(
                  "SELECT secret_hash FROM login_sessions WHERE account_id = ?"
                      + " ORDER BY expires_at DESC, secret_hash");
          PreparedStatement end =
              connection.prepareStatement("DELETE FROM login_sessions WHERE secret_hash = ?")) {
        // Serialises sign-ins of one account, so the cap holds under concurrency.
        if (!lockAccount(connection, session.accountId())) {
          connection.rollback();
          return;
        }
        expired.setString(1, session.accountId());
        expired.setObject(2, timestamp(Instant.now()));
        expired.executeUpdate();
        insert.setString(1, session.secretHash());
        insert.setString(2, session.accountId());
        insert.setString(3, session.csrfToken());
        insert.setObject(4, timestamp(session.expires()));
        insert.executeUpdate();
        oldest.setString(1, session.accountId());
        List<String> beyondCap = new ArrayList<>();
        try (ResultSet rows = oldest.executeQuery()) {
          for (int index = 0; rows.next(); index++) {
            if (index >= LoginSession.MAX_PER_ACCOUNT) {
              beyondCap.add(rows.getString(1));
            }
          }
        }
        for (String secretHash : beyondCap) {
          end.setString(1, secretHash);
          end.executeUpdate();
        }
        connection.commit();
      } catch (SQLException e) {
        connection.rollback();
        throw e;
      }
    } catch (SQLException e) {
      throw new StoreException("open login session", e);
    }
  }

  @Override
  public Optional<LoginSession> findSession(String secretHash, Instant now) {
    String sql =
        "SELECT secret_hash, account_id, csrf_token, expires_at FROM login_sessions"
            + " WHERE secret_hash = ? AND expires_at > ?";
    try (Connection connection = dataSource.getConnection();
        PreparedStatement select = connection.prepareStatement(sql)) {
      select.setString(1, secretHash);
      select.setObject(2, timestamp(now));
      try (ResultSet rows = select.executeQuery()) {
        if (!rows.next()) {
          return Optional.empty();
        }
        return Optional.of(
            new LoginSession(
                rows.getString("secret_hash").trim(),
                rows.getString("account_id"),
                rows.getString("csrf_token"),
                instant(rows, "expires_at")));
      }
    } catch (SQLException e) {
      throw new StoreException("find login session", e);
    }
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
    try (Connection connection = dataSource.getConnection()) {
      connection.setAutoCommit(false);
      try (PreparedStatement count =
              connection.prepareStatement("SELECT COUNT(*) FROM api_tokens WHERE account_id = ?");
          PreparedStatement insert =
              connection.prepareStatement(
                  "INSERT INTO api_tokens (id, account_id, name, secret_hash, created_at)"
                      + " VALUES (?, ?, ?, ?, ?)")) {
        // Serialises token creation per account, so concurrent requests cannot pass the cap.
        if (!lockAccount(connection, token.accountId())) {
          connection.rollback();
          return false;
        }
        count.setString(1, token.accountId());
        try (ResultSet rows = count.executeQuery()) {
          rows.next();
          if (rows.getInt(1) >= ApiToken.MAX_PER_ACCOUNT) {
            connection.rollback();
            return false;
          }
        }
        insert.setString(1, token.id());
        insert.setString(2, token.accountId());
        insert.setString(3, token.name());
        insert.setString(4, token.secretHash());
        insert.setObject(5, timestamp(token.created()));
        insert.executeUpdate();
        connection.commit();
        return true;
      } catch (SQLException e) {
        connection.rollback();
        throw e;
      }
    } catch (SQLException e) {
      throw new StoreException("add API token", e);
    }
  }

  /** Locks the account's row until the transaction ends; false when there is no such account. */
  static boolean lockAccount(Connection connection, String accountId) throws SQLException {
    try (PreparedStatement lock =
        connection.prepareStatement("SELECT id FROM accounts WHERE id = ? FOR UPDATE")) {
      lock.setString(1, accountId);
      try (ResultSet rows = lock.executeQuery()) {
        return rows.next();
      }
    }
  }

  @Override
  public List<ApiToken> tokens(String accountId) {
    return selectTokens(
        "list API tokens",
        "SELECT id, account_id, name, secret_hash, created_at FROM api_tokens"
            + " WHERE account_id = ? ORDER BY created_at, id",
        accountId);
  }

  @Override
  public Optional<ApiToken> findToken(String secretHash) {
    return selectTokens(
            "find API token",
            "SELECT id, account_id, name, secret_hash, created_at FROM api_tokens"
                + " WHERE secret_hash = ?",
            secretHash)
        .stream()
        .findFirst();
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

  private List<ApiToken> selectTokens(String action, String sql, String parameter) {
    try (Connection connection = dataSource.getConnection();
        PreparedStatement select = connection.prepareStatement(sql)) {
      select.setString(1, parameter);
      List<ApiToken> tokens = new ArrayList<>();
      try (ResultSet rows = select.executeQuery()) {
        while (rows.next()) {
          tokens.add(
              new ApiToken(
                  rows.getString("id"),
                  rows.getString("account_id"),
                  rows.getString("name"),
                  rows.getString("secret_hash").trim(),
                  instant(rows, "created_at")));
        }
      }
      return tokens;
    } catch (SQLException e) {
      throw new StoreException(action, e);
    }
  }

  private int update(String action, String sql, String... parameters) {
    try (Connection connection = dataSource.getConnection();
        PreparedStatement statement = connection.prepareStatement(sql)) {
      for (int index = 0; index < parameters.length; index++) {
        statement.setString(index + 1, parameters[index]);
      }
      return statement.executeUpdate();
    } catch (SQLException e) {
      throw new StoreException(action, e);
    }
  }

  static OffsetDateTime timestamp(Instant instant) {
    return instant.atOffset(ZoneOffset.UTC);
  }

  static Instant instant(ResultSet rows, String column) throws SQLException {
    return rows.getObject(column, OffsetDateTime.class).toInstant();
  }

  /** SQLSTATE class 23 with code 23505 is a unique violation on both H2 and PostgreSQL. */
  static boolean isUniqueViolation(SQLException e) {
    return "23505".equals(e.getSQLState());
  }
}

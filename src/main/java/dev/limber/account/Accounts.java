package dev.limber.account;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Every account with its password hash, login sessions and API tokens. Implemented by the store
 * (one database, so any number of server instances share sessions). Thread-safe.
 */
public interface Accounts {
  /** Adds the account; false, changing nothing, when the e-mail address is taken. */
  boolean add(Account account, String passwordHash, Instant created);

  /** The account with this (normalised) e-mail address and its password hash. */
  Optional<Credentials> findCredentials(String email);

  /** The account with this id. */
  Optional<Account> find(String accountId);

  /**
   * Removes the account with everything it owns (journal, login sessions, tokens) in one
   * transaction; from then on its credentials are refused and its journal takes no writes. False
   * when there was none.
   */
  boolean remove(String accountId);

  /**
   * Replaces the password hash and, in the same transaction, ends every API token and every login
   * session but {@code keptSessionHash}.
   */
  boolean changePassword(String accountId, String passwordHash, Optional<String> keptSessionHash);

  /**
   * Opens the session; when the account then has more than {@link LoginSession#MAX_PER_ACCOUNT}
   * live sessions, the oldest end.
   */
  void openSession(LoginSession session);

  /** Gives the session a new CSRF token. */
  void renewCsrfToken(String secretHash, String csrfToken);

  /**
   * The session whose secret hashes to {@code secretHash}, when it has not ended by {@code now}.
   */
  Optional<LoginSession> findSession(String secretHash, Instant now);

  void closeSession(String secretHash);

  /**
   * Adds the token; false, adding nothing, when the account has {@link ApiToken#MAX_PER_ACCOUNT}.
   */
  boolean addToken(ApiToken token);

  /** The account's tokens, oldest first. */
  List<ApiToken> tokens(String accountId);

  /** The token whose secret hashes to {@code secretHash}. */
  Optional<ApiToken> findToken(String secretHash);

  /** The time zone the person set (spec/screening.md §2.2), empty when they set none. */
  Optional<java.time.ZoneId> timeZone(String accountId);

  /** Sets or clears the person's time zone; false when there is no such account. */
  boolean setTimeZone(String accountId, Optional<java.time.ZoneId> zone);

  /** The contact line a clinician chose to share with the people they follow, empty for none. */
  Optional<String> contactLine(String accountId);

  /** Sets or clears the account's contact line; false when there is no such account. */
  boolean setContactLine(String accountId, Optional<String> line);

  /** Revokes one of the account's tokens; false when the account has no token with that id. */
  boolean revokeToken(String accountId, String tokenId);

  /** An account and the hash its password must match. */
  record Credentials(Account account, String passwordHash) {}
}

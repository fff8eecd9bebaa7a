package dev.limber.account;

import java.time.Instant;

/**
 * A signed-in browser: the hash of its cookie's secret (the secret itself is never stored), the
 * account, the CSRF token its writes must echo, and when it ends.
 */
public record LoginSession(String secretHash, String accountId, String csrfToken, Instant expires) {
  /** Signed-in browsers per account; signing in once more ends the oldest. */
  public static final int MAX_PER_ACCOUNT = 10;

  public LoginSession {
    if (secretHash == null || accountId == null || csrfToken == null || expires == null) {
      throw new IllegalArgumentException("a login session needs all its fields: " + accountId);
    }
  }
}

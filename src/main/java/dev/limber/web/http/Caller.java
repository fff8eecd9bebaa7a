package dev.limber.web.http;

import java.util.Optional;

/**
 * Who made a request: the account, and the login session's secret hash when the request came with
 * the session cookie (empty for a Bearer token).
 */
public record Caller(String accountId, Optional<String> sessionSecretHash) {
  public boolean bySessionCookie() {
    return sessionSecretHash.isPresent();
  }
}

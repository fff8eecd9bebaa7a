package dev.limber.account;

import java.time.Instant;

/**
 * Failed sign-ins by key (an account's address or a client's network address), shared by every
 * server instance through the store so the throttle holds across them. Thread-safe.
 */
public interface SignInAttempts {
  void recordFailure(String key, Instant at);

  /** Failures for the key at or after {@code since}. */
  int failuresSince(String key, Instant since);

  /** Forgets the key's failures (after a successful sign-in). */
  void clear(String key);
}

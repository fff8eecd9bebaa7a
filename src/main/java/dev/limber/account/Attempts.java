package dev.limber.account;

import java.time.Instant;
import java.util.List;

/**
 * Throttled attempts (sign-ins, sign-ups, join codes) by key, shared by every server instance
 * through the store so a throttle holds across them. An attempt is written before it is judged, so
 * concurrent attempts always see each other. Thread-safe.
 */
public interface Attempts {
  /**
   * Records one attempt under each key at {@code at}, then answers, in the order of {@code keys},
   * how many attempts each key has at or after {@code since}, this one included.
   */
  List<Integer> record(String attemptId, List<String> keys, Instant at, Instant since);

  /** Removes the rows of one attempt (it succeeded, or it was refused unseen). */
  void forget(String attemptId);

  /** Forgets every attempt under the key (after a successful sign-in to that account). */
  void clear(String key);
}

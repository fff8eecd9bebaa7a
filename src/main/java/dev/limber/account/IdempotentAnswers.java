package dev.limber.account;

import java.time.Duration;
import java.time.Instant;

/**
 * The answers to writes sent with an {@code Idempotency-Key}, per account, so that a request
 * retried after its answer was lost stores nothing twice and gets the first answer again. Kept for
 * {@link #KEPT}. Implemented by the store, shared by every instance. Thread-safe.
 */
public interface IdempotentAnswers {
  Duration KEPT = Duration.ofHours(24);

  /**
   * Claims the key for a request; exactly one of any number of concurrent claims of one key gets
   * {@link Claim.Fresh}.
   */
  Claim claim(String accountId, String key, String request, Instant now);

  /** Keeps the answer of the request that holds the claim. */
  void complete(String accountId, String key, int status, String body);

  /** Gives the claim up (the request failed): a retry runs again. */
  void release(String accountId, String key);

  /** What claiming a key found. */
  sealed interface Claim {
    /** The key is new: this request runs and its answer is kept. */
    record Fresh() implements Claim {}

    /** The key was used by the same request, which was answered: give the same answer. */
    record Replay(int status, String body) implements Claim {}

    /** The same request holds the key and has not been answered yet. */
    record InProgress() implements Claim {}

    /** The key was used for a different request. */
    record Mismatch() implements Claim {}
  }
}

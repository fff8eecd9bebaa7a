package dev.limber.account;

import java.time.Duration;

/** Every password-hashing slot is taken and the queue is full: the caller should retry later. */
public final class HashingBusyException extends RuntimeException {
  private final Duration retryAfter;

  public HashingBusyException(Duration retryAfter) {
    super("password hashing is busy; retry after " + retryAfter.toSeconds() + " s");
    this.retryAfter = retryAfter;
  }

  public Duration retryAfter() {
    return retryAfter;
  }
}

package dev.limber.account;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * A throttle rule: at most {@code perKey} attempts under one key (an account's address, a person)
 * and {@code perAddress} from one network address within {@code window}. An attempt is written down
 * before it is judged, so concurrent attempts can never exceed the limits; a refused one is taken
 * back unseen, so it never extends the wait. One rule each for sign-in, sign-up and join codes.
 */
public record Throttle(String name, Optional<Limit> perKey, Limit perAddress, Duration window) {
  /**
   * Sign-ins and re-entered passwords, keyed by the typed e-mail address, so an unknown address is
   * throttled exactly like a known one. OWASP suggests a small number of tries per account; five
   * lets a person mistype a few times. Higher per address: several people may share one (an office,
   * a NAT).
   */
  public static final Throttle SIGN_IN =
      new Throttle(
          "sign-in",
          Optional.of(new Limit("account:", 5)),
          new Limit("address:", 20),
          Duration.ofMinutes(15));

  /** A household or an office signs up a few people; a script signs up hundreds. */
  public static final Throttle SIGN_UP =
      new Throttle("sign-up", Optional.empty(), new Limit("sign-up:", 10), Duration.ofHours(1));

  /** Join codes typed by a signed-in person, keyed by the person's account id. */
  public static final Throttle JOIN_CODE =
      new Throttle(
          "join-code",
          Optional.of(new Limit("join-code:", 5)),
          new Limit("join-code-address:", 20),
          Duration.ofMinutes(15));

  /** At most {@code attempts} under keys that start with {@code prefix}. */
  public record Limit(String prefix, int attempts) {
    public Limit {
      if (prefix == null || prefix.isBlank()) {
        throw new IllegalArgumentException("a limit's key prefix is required: " + prefix);
      }
      if (attempts < 1) {
        throw new IllegalArgumentException("attempts < 1: " + attempts);
      }
    }
  }

  public Throttle {
    if (name == null || perKey == null || perAddress == null || window == null) {
      throw new IllegalArgumentException("name, perKey, perAddress and window are required");
    }
    if (window.isNegative() || window.isZero()) {
      throw new IllegalArgumentException("window is not positive: " + window);
    }
  }

  /** How many attempts one key may make in the window; a rule limited per address only has none. */
  public int attemptsPerKey() {
    return perKey
        .orElseThrow(() -> new IllegalStateException(name + " has no per-key limit"))
        .attempts();
  }

  public int attemptsPerAddress() {
    return perAddress.attempts();
  }

  /** One recorded attempt and, when it is refused, how long to wait. */
  public record Admission(String attemptId, Optional<Duration> refusal) {
    public boolean refused() {
      return refusal.isPresent();
    }
  }

  /**
   * Records an attempt under {@code key} and from {@code address} at {@code now}, and judges it;
   * {@code key} is ignored by a rule with no {@link #perKey} limit.
   */
  public Admission admit(Attempts attempts, String key, String address, Instant now) {
    List<String> keys = new ArrayList<>();
    List<Integer> limits = new ArrayList<>();
    perKey.ifPresent(
        limit -> {
          keys.add(limit.prefix() + key);
          limits.add(limit.attempts());
        });
    keys.add(perAddress.prefix() + address);
    limits.add(perAddress.attempts());
    String attemptId = UUID.randomUUID().toString();
    List<Integer> counts = attempts.record(attemptId, keys, now, now.minus(window));
    for (int index = 0; index < keys.size(); index++) {
      if (counts.get(index) > limits.get(index)) {
        // A refused attempt is not a guess: it must not extend the wait.
        attempts.forget(attemptId);
        return new Admission(attemptId, Optional.of(window));
      }
    }
    return new Admission(attemptId, Optional.empty());
  }

  /** As {@link #admit(Attempts, String, String, Instant)} for a rule limited per address only. */
  public Admission admit(Attempts attempts, String address, Instant now) {
    if (perKey.isPresent()) {
      throw new IllegalStateException(name + " is limited per key too: give the key");
    }
    return admit(attempts, "", address, now);
  }

  /**
   * The attempt counts no more: it succeeded, or it was never judged (every hashing slot was taken,
   * the code was good).
   */
  public void takeBack(Attempts attempts, Admission admission) {
    attempts.forget(admission.attemptId());
  }

  /** Forgets every attempt under {@code key} (after a successful sign-in to that account). */
  public void clear(Attempts attempts, String key) {
    perKey.ifPresent(limit -> attempts.clear(limit.prefix() + key));
  }
}

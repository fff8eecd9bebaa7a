package dev.limber.account;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Slows password guessing and mass sign-up. A sign-in is written down before its password is
 * checked; when more than {@link #ACCOUNT_LIMIT} attempts for one e-mail address, or {@link
 * #ADDRESS_LIMIT} from one network address, fall within {@link #WINDOW}, it is refused unseen, so
 * concurrent guesses can never exceed the limits. A successful sign-in, and one whose password was
 * never checked because hashing was busy, takes its attempt back. Keys are the typed address, so an
 * unknown address is throttled exactly like a known one. Sign-ups are limited to {@link
 * #SIGN_UP_LIMIT} per network address per {@link #SIGN_UP_WINDOW}.
 */
public final class SignInThrottle {
  /** OWASP suggests a small number of tries per account; five lets a person mistype a few times. */
  public static final int ACCOUNT_LIMIT = 5;

  /** Higher than per account: several people may share one address (an office, a NAT). */
  public static final int ADDRESS_LIMIT = 20;

  public static final Duration WINDOW = Duration.ofMinutes(15);

  /** A household or an office signs up a few people; a script signs up hundreds. */
  public static final int SIGN_UP_LIMIT = 10;

  public static final Duration SIGN_UP_WINDOW = Duration.ofHours(1);

  private final Attempts attempts;
  private final Clock clock;

  public SignInThrottle(Attempts attempts, Clock clock) {
    this.attempts = attempts;
    this.clock = clock;
  }

  /** One recorded attempt and, when it is refused, how long to wait. */
  public record Admission(String attemptId, Optional<Duration> refusal) {
    public boolean refused() {
      return refusal.isPresent();
    }
  }

  /** Records a sign-in (or a re-entered password) before it is checked, and judges it. */
  public Admission admitSignIn(String email, String address) {
    String attemptId = UUID.randomUUID().toString();
    Instant now = clock.instant();
    List<Integer> counts =
        attempts.record(
            attemptId, List.of(accountKey(email), addressKey(address)), now, now.minus(WINDOW));
    if (counts.get(0) > ACCOUNT_LIMIT || counts.get(1) > ADDRESS_LIMIT) {
      // A refused attempt is not a guess: it must not extend the wait.
      attempts.forget(attemptId);
      return new Admission(attemptId, Optional.of(WINDOW));
    }
    return new Admission(attemptId, Optional.empty());
  }

  /** The password was right: the attempt and the account's earlier failures are forgotten. */
  public void succeeded(Admission admission, String email) {
    attempts.forget(admission.attemptId());
    attempts.clear(accountKey(email));
  }

  /** The password was never checked (every hashing slot was taken): that was no guess. */
  public void notEvaluated(Admission admission) {
    attempts.forget(admission.attemptId());
  }

  /** Records a sign-up from the address and judges it; sign-ups are never taken back. */
  public Admission admitSignUp(String address) {
    String attemptId = UUID.randomUUID().toString();
    Instant now = clock.instant();
    List<Integer> counts =
        attempts.record(attemptId, List.of("sign-up:" + address), now, now.minus(SIGN_UP_WINDOW));
    if (counts.get(0) > SIGN_UP_LIMIT) {
      attempts.forget(attemptId);
      return new Admission(attemptId, Optional.of(SIGN_UP_WINDOW));
    }
    return new Admission(attemptId, Optional.empty());
  }

  private static String accountKey(String email) {
    return "account:" + EmailAddress.normalise(email);
  }

  private static String addressKey(String address) {
    return "address:" + address;
  }
}

package dev.limber.account;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * Slows password guessing: after {@link #ACCOUNT_LIMIT} failures for one e-mail address, or {@link
 * #ADDRESS_LIMIT} from one network address, within {@link #WINDOW}, sign-in is refused until the
 * window has passed. Keys are the typed address, so an unknown address is throttled exactly like a
 * known one and the answer reveals nothing.
 */
public final class SignInThrottle {
  /** OWASP suggests a small number of tries per account; five lets a person mistype a few times. */
  public static final int ACCOUNT_LIMIT = 5;

  /** Higher than per account: several people may share one address (an office, a NAT). */
  public static final int ADDRESS_LIMIT = 20;

  public static final Duration WINDOW = Duration.ofMinutes(15);

  private final SignInAttempts attempts;
  private final Clock clock;

  public SignInThrottle(SignInAttempts attempts, Clock clock) {
    this.attempts = attempts;
    this.clock = clock;
  }

  /** How long to wait before trying again, when this sign-in is refused unseen. */
  public Optional<Duration> refusal(String email, String address) {
    Instant since = clock.instant().minus(WINDOW);
    if (attempts.failuresSince(accountKey(email), since) >= ACCOUNT_LIMIT
        || attempts.failuresSince(addressKey(address), since) >= ADDRESS_LIMIT) {
      return Optional.of(WINDOW);
    }
    return Optional.empty();
  }

  public void failed(String email, String address) {
    Instant now = clock.instant();
    attempts.recordFailure(accountKey(email), now);
    attempts.recordFailure(addressKey(address), now);
  }

  public void succeeded(String email) {
    attempts.clear(accountKey(email));
  }

  private static String accountKey(String email) {
    return "account:" + EmailAddress.normalise(email);
  }

  private static String addressKey(String address) {
    return "address:" + address;
  }
}

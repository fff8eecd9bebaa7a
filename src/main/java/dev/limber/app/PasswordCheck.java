package dev.limber.app;

import dev.limber.account.Account;
import dev.limber.account.Accounts;
import dev.limber.account.Attempts;
import dev.limber.account.EmailAddress;
import dev.limber.account.HashingBusyException;
import dev.limber.account.PasswordHasher;
import dev.limber.account.PasswordPolicy;
import dev.limber.account.Secrets;
import dev.limber.account.Throttle;
import dev.limber.app.AccountService.SignInFailed;
import dev.limber.app.AccountService.Throttled;
import dev.limber.app.AccountService.ThrottledAction;
import java.time.Clock;
import java.util.Optional;

/**
 * The check of an address and a password behind a sign-in, a password change and a deletion:
 * throttled per address and per account, and as slow for an unknown address as for a known one.
 * Thread-safe.
 */
final class PasswordCheck {
  private final Accounts accounts;
  private final PasswordHasher hasher;
  private final Attempts attempts;
  private final Clock clock;
  private final String decoyHash;

  PasswordCheck(Accounts accounts, PasswordHasher hasher, Attempts attempts, Clock clock) {
    this.accounts = accounts;
    this.hasher = hasher;
    this.attempts = attempts;
    this.clock = clock;
    // Checked when the address is unknown, so both answers take the time of one password check.
    this.decoyHash = hasher.hash(Secrets.generate());
  }

  /**
   * The account when the password is right. The attempt is recorded before the password is checked,
   * so parallel guesses are counted; an unknown address costs one check too. Only a checked
   * password counts: a busy hashing pool takes the attempt back.
   */
  Account check(String email, String password, String clientAddress) {
    String typed = EmailAddress.normalise(email);
    Throttle.Admission admission =
        Throttle.SIGN_IN.admit(attempts, typed, clientAddress, clock.instant());
    if (admission.refused()) {
      throw new Throttled(ThrottledAction.SIGN_IN, admission.refusal().get());
    }
    Optional<Accounts.Credentials> credentials = accounts.findCredentials(typed);
    boolean matches;
    try {
      matches =
          hasher.verify(
              PasswordPolicy.normalise(password),
              credentials.map(Accounts.Credentials::passwordHash).orElse(decoyHash));
    } catch (HashingBusyException busy) {
      // The password was never checked (every hashing slot was taken): that was no guess.
      Throttle.SIGN_IN.takeBack(attempts, admission);
      throw busy;
    }
    if (credentials.isEmpty() || !matches) {
      throw new SignInFailed();
    }
    Throttle.SIGN_IN.takeBack(attempts, admission);
    Throttle.SIGN_IN.clear(attempts, typed);
    return credentials.get().account();
  }
}

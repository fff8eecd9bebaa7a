package dev.limber.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.limber.account.ApiToken;
import dev.limber.account.PasswordHasher;
import dev.limber.account.Secrets;
import dev.limber.account.Throttle;
import dev.limber.json.FieldError;
import dev.limber.store.Database;
import dev.limber.store.JdbcAccounts;
import dev.limber.store.JdbcAttempts;
import dev.limber.store.TestDatabases;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The account rules on a real (H2) store, without HTTP: what every face gets. */
class AccountServiceTest {
  private static final Instant NOW = Instant.parse("2026-11-29T12:00:00Z");
  private static final String EMAIL = "ada@example.org";
  private static final String PASSWORD = "correct horse battery";
  private static final String CLIENT = "192.0.2.1";

  private final Database database = TestDatabases.h2();
  private final JdbcAccounts accounts = new JdbcAccounts(database);
  private final CountingHasher hasher = new CountingHasher();
  private final Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);
  private final AccountService service =
      new AccountService(accounts, hasher, new JdbcAttempts(database), clock);

  @AfterEach
  void close() {
    database.close();
  }

  @Test
  void aNewAccountSignsInAndItsSessionIsStored() {
    service.signUp(EMAIL, PASSWORD, CLIENT);

    AccountService.SignedIn signedIn = service.signIn("Ada@Example.org", PASSWORD, CLIENT);

    assertThat(signedIn.expires()).isEqualTo(NOW.plus(AccountService.SESSION_LENGTH));
    assertThat(accounts.findSession(Secrets.hash(signedIn.secret()), NOW))
        .hasValueSatisfying(
            session -> assertThat(session.csrfToken()).isEqualTo(signedIn.csrfToken()));
  }

  @Test
  void signingUpATakenAddressSaysNothingAndKeepsTheFirstPassword() {
    service.signUp(EMAIL, PASSWORD, CLIENT);
    int hashesBefore = hasher.hashes.get();

    service.signUp(EMAIL, "another long password", CLIENT);

    assertThat(hasher.hashes.get())
        .as("hashed anyway, so timing tells nothing")
        .isEqualTo(hashesBefore + 1);
    assertThatThrownBy(() -> service.signIn(EMAIL, "another long password", CLIENT))
        .isInstanceOf(AccountService.SignInFailed.class);
    assertThat(service.signIn(EMAIL, PASSWORD, CLIENT).secret()).isNotBlank();
  }

  @Test
  void badSignUpFieldsAreNamedAndNothingIsStored() {
    assertThatThrownBy(() -> service.signUp("not an address", "short", CLIENT))
        .isInstanceOfSatisfying(
            InvalidInput.class,
            invalid ->
                assertThat(invalid.errors())
                    .extracting(FieldError::field)
                    .containsExactly("email", "password"));
    assertThat(accounts.findCredentials("not an address")).isEmpty();
  }

  @Test
  void anUnknownAddressAndAWrongPasswordFailAlikeAfterOnePasswordCheckEach() {
    service.signUp(EMAIL, PASSWORD, CLIENT);
    int checksBefore = hasher.verifications.get();

    assertThatThrownBy(() -> service.signIn("nobody@example.org", PASSWORD, CLIENT))
        .isInstanceOf(AccountService.SignInFailed.class)
        .hasMessage("the e-mail address or password is wrong");
    assertThatThrownBy(() -> service.signIn(EMAIL, "wrong password here", CLIENT))
        .isInstanceOf(AccountService.SignInFailed.class)
        .hasMessage("the e-mail address or password is wrong");

    assertThat(hasher.verifications.get()).isEqualTo(checksBefore + 2);
  }

  @Test
  void tooManyWrongPasswordsThrottleEvenTheRightOneWithoutCheckingIt() {
    service.signUp(EMAIL, PASSWORD, CLIENT);
    for (int i = 0; i < Throttle.SIGN_IN.attemptsPerKey(); i++) {
      assertThatThrownBy(() -> service.signIn(EMAIL, "wrong password here", CLIENT))
          .isInstanceOf(AccountService.SignInFailed.class);
    }
    int checksBefore = hasher.verifications.get();

    assertThatThrownBy(() -> service.signIn(EMAIL, PASSWORD, CLIENT))
        .isInstanceOfSatisfying(
            AccountService.Throttled.class,
            throttled -> {
              assertThat(throttled.action()).isEqualTo(AccountService.ThrottledAction.SIGN_IN);
              assertThat(throttled.retryAfter()).isPositive();
            });
    assertThat(hasher.verifications.get()).isEqualTo(checksBefore);
  }

  @Test
  void oneAddressSigningUpTooOftenIsThrottled() {
    for (int i = 0; i < Throttle.SIGN_UP.attemptsPerAddress(); i++) {
      service.signUp("person" + i + "@example.org", PASSWORD, CLIENT);
    }

    assertThatThrownBy(() -> service.signUp("one.more@example.org", PASSWORD, CLIENT))
        .isInstanceOfSatisfying(
            AccountService.Throttled.class,
            throttled ->
                assertThat(throttled.action()).isEqualTo(AccountService.ThrottledAction.SIGN_UP));
    assertThat(accounts.findCredentials("one.more@example.org")).isEmpty();
  }

  @Test
  void changingThePasswordNeedsTheCurrentOneAndEndsOtherSessions() {
    service.signUp(EMAIL, PASSWORD, CLIENT);
    AccountService.SignedIn kept = service.signIn(EMAIL, PASSWORD, CLIENT);
    AccountService.SignedIn other = service.signIn(EMAIL, PASSWORD, CLIENT);
    String accountId = accountIdOf(kept);
    Optional<String> keptHash = Optional.of(Secrets.hash(kept.secret()));

    assertThatThrownBy(
            () ->
                service.changePassword(
                    accountId, "wrong password here", "a new long password", keptHash, CLIENT))
        .isInstanceOf(AccountService.SignInFailed.class);
    assertThat(service.signIn(EMAIL, PASSWORD, CLIENT).secret()).isNotBlank();

    service.changePassword(accountId, PASSWORD, "a new long password", keptHash, CLIENT);

    assertThat(accounts.findSession(keptHash.get(), NOW)).isPresent();
    assertThat(accounts.findSession(Secrets.hash(other.secret()), NOW)).isEmpty();
    assertThatThrownBy(() -> service.signIn(EMAIL, PASSWORD, CLIENT))
        .isInstanceOf(AccountService.SignInFailed.class);
    assertThat(service.signIn(EMAIL, "a new long password", CLIENT).secret()).isNotBlank();
  }

  @Test
  void aWeakNewPasswordIsRefusedBeforeAnyCheck() {
    service.signUp(EMAIL, PASSWORD, CLIENT);
    String accountId = accountIdOf(service.signIn(EMAIL, PASSWORD, CLIENT));
    int checksBefore = hasher.verifications.get();

    assertThatThrownBy(
            () -> service.changePassword(accountId, PASSWORD, "short", Optional.empty(), CLIENT))
        .isInstanceOfSatisfying(
            InvalidInput.class,
            invalid ->
                assertThat(invalid.errors())
                    .extracting(FieldError::field)
                    .containsExactly("newPassword"));
    assertThat(hasher.verifications.get()).isEqualTo(checksBefore);
  }

  @Test
  void deletingTheAccountNeedsItsPasswordAndRemovesIt() {
    service.signUp(EMAIL, PASSWORD, CLIENT);
    String accountId = accountIdOf(service.signIn(EMAIL, PASSWORD, CLIENT));

    assertThatThrownBy(() -> service.deleteAccount(accountId, "wrong password here", CLIENT))
        .isInstanceOf(AccountService.SignInFailed.class);
    assertThat(accounts.find(accountId)).isPresent();

    service.deleteAccount(accountId, PASSWORD, CLIENT);

    assertThat(accounts.find(accountId)).isEmpty();
    assertThatThrownBy(() -> service.session(accountId, Optional.empty()))
        .isInstanceOf(AccountService.AccountGone.class);
    assertThatThrownBy(() -> service.deleteAccount(accountId, PASSWORD, CLIENT))
        .isInstanceOf(AccountService.AccountGone.class);
  }

  @Test
  void aBrowserSessionGetsAFreshCsrfTokenAndATokenCallerNone() {
    service.signUp(EMAIL, PASSWORD, CLIENT);
    AccountService.SignedIn signedIn = service.signIn(EMAIL, PASSWORD, CLIENT);
    String accountId = accountIdOf(signedIn);
    String secretHash = Secrets.hash(signedIn.secret());

    AccountService.SessionInfo browser = service.session(accountId, Optional.of(secretHash));
    AccountService.SessionInfo viaToken = service.session(accountId, Optional.empty());

    assertThat(browser.account().email()).isEqualTo(EMAIL);
    assertThat(browser.csrfToken()).isPresent().isNotEqualTo(Optional.of(signedIn.csrfToken()));
    assertThat(accounts.findSession(secretHash, NOW).orElseThrow().csrfToken())
        .isEqualTo(browser.csrfToken().get());
    assertThat(viaToken.csrfToken()).isEmpty();
  }

  @Test
  void tokensAreCappedListedAndRevokedOnlyByTheirOwner() {
    service.signUp(EMAIL, PASSWORD, CLIENT);
    String accountId = accountIdOf(service.signIn(EMAIL, PASSWORD, CLIENT));
    service.signUp("bob@example.org", PASSWORD, CLIENT);
    String otherId = accountIdOf(service.signIn("bob@example.org", PASSWORD, CLIENT));
    AccountService.CreatedToken first = service.createToken(accountId, Optional.empty());
    for (int i = 1; i < ApiToken.MAX_PER_ACCOUNT; i++) {
      service.createToken(accountId, Optional.of("token " + i));
    }

    assertThat(first.token().name()).isEqualTo(AccountService.DEFAULT_TOKEN_NAME);
    assertThat(first.secret()).startsWith("lbr_");
    assertThat(accounts.findToken(Secrets.hash(first.secret()))).isPresent();
    assertThatThrownBy(() -> service.createToken(accountId, Optional.of("one too many")))
        .isInstanceOf(AccountService.TooManyTokens.class);
    assertThat(service.tokens(accountId)).hasSize(ApiToken.MAX_PER_ACCOUNT);
    assertThatThrownBy(() -> service.revokeToken(otherId, first.token().id()))
        .isInstanceOf(AccountService.NoSuchToken.class);

    service.revokeToken(accountId, first.token().id());

    assertThat(service.tokens(accountId)).hasSize(ApiToken.MAX_PER_ACCOUNT - 1);
    assertThatThrownBy(() -> service.revokeToken(accountId, first.token().id()))
        .isInstanceOf(AccountService.NoSuchToken.class);
  }

  @Test
  void aTokenNameTooLongIsRefusedAndNothingIsStored() {
    service.signUp(EMAIL, PASSWORD, CLIENT);
    String accountId = accountIdOf(service.signIn(EMAIL, PASSWORD, CLIENT));

    assertThatThrownBy(
            () ->
                service.createToken(
                    accountId, Optional.of("x".repeat(ApiToken.MAX_NAME_LENGTH + 1))))
        .isInstanceOfSatisfying(
            InvalidInput.class,
            invalid ->
                assertThat(invalid.errors()).extracting(FieldError::field).containsExactly("name"));
    assertThat(service.tokens(accountId)).isEmpty();
  }

  private String accountIdOf(AccountService.SignedIn signedIn) {
    return accounts.findSession(Secrets.hash(signedIn.secret()), NOW).orElseThrow().accountId();
  }

  /** A salted SHA-256 stand-in for Argon2id that counts its calls. */
  private static final class CountingHasher implements PasswordHasher {
    final AtomicInteger hashes = new AtomicInteger();
    final AtomicInteger verifications = new AtomicInteger();

    @Override
    public String hash(String password) {
      hashes.incrementAndGet();
      String salt = Secrets.generate();
      return "cheap$" + salt + "$" + Secrets.hash(salt + password);
    }

    @Override
    public boolean verify(String password, String hash) {
      verifications.incrementAndGet();
      String[] parts = hash.split("\\$");
      return parts.length == 3
          && parts[0].equals("cheap")
          && Secrets.matches(parts[2], Secrets.hash(parts[1] + password));
    }
  }
}

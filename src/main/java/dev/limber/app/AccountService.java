package dev.limber.app;

import dev.limber.account.Account;
import dev.limber.account.Accounts;
import dev.limber.account.ApiToken;
import dev.limber.account.Attempts;
import dev.limber.account.EmailAddress;
import dev.limber.account.LoginSession;
import dev.limber.account.PasswordHasher;
import dev.limber.account.PasswordPolicy;
import dev.limber.account.Secrets;
import dev.limber.account.Throttle;
import dev.limber.json.FieldError;
import dev.limber.json.StoredText;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Accounts for every face, and the one place account rules live: signing up and in (throttled),
 * sessions, changing the password and deleting the account (both only with the current password
 * again), and personal API tokens. No answer tells whether an e-mail address has an account.
 * Refusals are {@link InvalidInput} for bad fields, {@link Throttled}, {@link SignInFailed}, {@link
 * AccountGone}, {@link TooManyTokens} and {@link NoSuchToken}; a full hashing pool throws {@link
 * dev.limber.account.HashingBusyException}. Thread-safe.
 */
public final class AccountService {
  /** How long a sign-in lasts. */
  public static final Duration SESSION_LENGTH = Duration.ofDays(14);

  /** The name a token gets when none is given. */
  public static final String DEFAULT_TOKEN_NAME = "API token";

  /** The longest contact line a clinician may share (the column holds 200). */
  public static final int MAX_CONTACT_LINE_LENGTH = 160;

  private static final String TOO_LONG = "is longer than any password";

  private final Accounts accounts;
  private final PasswordHasher hasher;
  private final Attempts attempts;
  private final Clock clock;
  private final PasswordCheck passwordCheck;

  public AccountService(Accounts accounts, PasswordHasher hasher, Attempts attempts, Clock clock) {
    this.accounts = accounts;
    this.hasher = hasher;
    this.attempts = attempts;
    this.clock = clock;
    this.passwordCheck = new PasswordCheck(accounts, hasher, attempts, clock);
  }

  /** Which throttle refused. */
  public enum ThrottledAction {
    SIGN_UP,
    SIGN_IN
  }

  /** Too many attempts from this address or at this account: try again after {@code retryAfter}. */
  public static final class Throttled extends RuntimeException {
    private final ThrottledAction action;
    private final transient Duration retryAfter;

    Throttled(ThrottledAction action, Duration retryAfter) {
      super(action + " throttled for " + retryAfter);
      this.action = action;
      this.retryAfter = retryAfter;
    }

    public ThrottledAction action() {
      return action;
    }

    public Duration retryAfter() {
      return retryAfter;
    }
  }

  /** The e-mail address or the password is wrong; which one is never told. */
  public static final class SignInFailed extends RuntimeException {
    SignInFailed() {
      super("the e-mail address or password is wrong");
    }
  }

  /** The signed-in account no longer exists. */
  public static final class AccountGone extends RuntimeException {
    AccountGone() {
      super("the account no longer exists");
    }
  }

  /** The account already has {@link ApiToken#MAX_PER_ACCOUNT} API tokens. */
  public static final class TooManyTokens extends RuntimeException {
    TooManyTokens() {
      super(
          "an account may have "
              + ApiToken.MAX_PER_ACCOUNT
              + " API tokens; revoke one before making another");
    }
  }

  /** The account has no API token with that id. */
  public static final class NoSuchToken extends RuntimeException {
    NoSuchToken() {
      super("no API token with that id");
    }
  }

  /** A new sign-in: the session secret (for the cookie), its CSRF token, and when it ends. */
  public record SignedIn(String secret, String csrfToken, Instant expires) {}

  /** Who is signed in; a browser session also gets a fresh CSRF token. */
  public record SessionInfo(Account account, Optional<String> csrfToken) {}

  /** A new API token and its secret, shown this once. */
  public record CreatedToken(ApiToken token, String secret) {}

  /**
   * Makes an account unless the address has one; the caller cannot tell which happened. The
   * password is hashed either way, so the timing reveals nothing either.
   */
  public void signUp(String email, String password, String clientAddress) {
    refuseIfAny(required("email", email, "password", password), signUpProblems(email, password));
    Throttle.Admission admission = Throttle.SIGN_UP.admit(attempts, clientAddress, clock.instant());
    if (admission.refused()) {
      throw new Throttled(ThrottledAction.SIGN_UP, admission.refusal().get());
    }
    Account account = new Account(UUID.randomUUID().toString(), EmailAddress.normalise(email));
    accounts.add(account, hasher.hash(PasswordPolicy.normalise(password)), clock.instant());
  }

  /**
   * Makes an account as {@link #signUp} does and opens a login session with the same address and
   * password; empty when they do not sign in (the address had an account with another password),
   * which tells the caller no more than a failed sign-in would.
   */
  public Optional<SignedIn> signUpAndSignIn(String email, String password, String clientAddress) {
    signUp(email, password, clientAddress);
    try {
      return Optional.of(signIn(email, password, clientAddress));
    } catch (SignInFailed failed) {
      return Optional.empty();
    }
  }

  /** Opens a login session when the address and password match. */
  public SignedIn signIn(String email, String password, String clientAddress) {
    refuseIfAny(required("email", email, "password", password), signInProblems(email, password));
    Account account = passwordCheck.check(email, password, clientAddress);
    String secret = Secrets.generate();
    String csrfToken = Secrets.generate();
    Instant expires = clock.instant().plus(SESSION_LENGTH);
    accounts.openSession(new LoginSession(Secrets.hash(secret), account.id(), csrfToken, expires));
    return new SignedIn(secret, csrfToken, expires);
  }

  /** Ends the login session with this secret hash, if the caller came with one. */
  public void signOut(Optional<String> sessionSecretHash) {
    sessionSecretHash.ifPresent(accounts::closeSession);
  }

  /** The signed-in account; a session (not a token) gets a fresh CSRF token, ending the old. */
  public SessionInfo session(String accountId, Optional<String> sessionSecretHash) {
    Account account = requireAccount(accountId);
    Optional<String> csrfToken = Optional.empty();
    if (sessionSecretHash.isPresent()) {
      String fresh = Secrets.generate();
      accounts.renewCsrfToken(sessionSecretHash.get(), fresh);
      csrfToken = Optional.of(fresh);
    }
    return new SessionInfo(account, csrfToken);
  }

  /**
   * Changes the password after checking the current one (throttled like a sign-in); every other
   * session and every token of the account ends, {@code keptSessionHash} stays.
   */
  public void changePassword(
      String accountId,
      String currentPassword,
      String newPassword,
      Optional<String> keptSessionHash,
      String clientAddress) {
    refuseIfAny(
        required("currentPassword", currentPassword, "newPassword", newPassword),
        passwordChangeProblems(currentPassword, newPassword));
    Account account = requireAccount(accountId);
    passwordCheck.check(account.email(), currentPassword, clientAddress);
    String hash = hasher.hash(PasswordPolicy.normalise(newPassword));
    accounts.changePassword(account.id(), hash, keptSessionHash);
  }

  /** The time zone the person set, empty for the server's (spec/screening.md §2.2). */
  public Optional<java.time.ZoneId> timeZone(String accountId) {
    return accounts.timeZone(accountId);
  }

  /**
   * Sets the person's time zone from an IANA region id such as {@code Europe/London}; blank clears
   * it (the server's zone then applies). Refused, changing nothing, naming {@code timeZone}.
   */
  public Optional<java.time.ZoneId> setTimeZone(String accountId, String zoneText) {
    Optional<java.time.ZoneId> zone = timeZoneOf(zoneText);
    requireAccount(accountId);
    accounts.setTimeZone(accountId, zone);
    return zone;
  }

  /** A region id as a zone, empty for blank; {@link InvalidInput} naming {@code timeZone}. */
  public static Optional<java.time.ZoneId> timeZoneOf(String zoneText) {
    if (zoneText == null || zoneText.isBlank()) {
      return Optional.empty();
    }
    String trimmed = zoneText.strip();
    // Region ids only: a fixed offset such as +02:00 would miss the change to summer time.
    if (trimmed.length() > 64 || !java.time.ZoneId.getAvailableZoneIds().contains(trimmed)) {
      throw InvalidInput.of(
          "timeZone",
          "must be a time zone such as Europe/London or America/New_York, found \""
              + (trimmed.length() > 64 ? trimmed.substring(0, 64) + "…" : trimmed)
              + "\"");
    }
    return Optional.of(java.time.ZoneId.of(trimmed));
  }

  /** The contact line the account shares with the people who follow it, empty for none. */
  public Optional<String> contactLine(String accountId) {
    requireAccount(accountId);
    return accounts.contactLine(accountId);
  }

  /**
   * Sets the contact line a clinician shares with the people who follow their program (a clinic, a
   * phone number or an e-mail address), trimmed; blank clears it. Refused, changing nothing, naming
   * {@code contactLine}.
   */
  public Optional<String> setContactLine(String accountId, String lineText) {
    Optional<String> line = contactLineOf(lineText);
    requireAccount(accountId);
    accounts.setContactLine(accountId, line);
    return line;
  }

  /** A typed contact line, trimmed, empty for blank; {@link InvalidInput} naming the field. */
  public static Optional<String> contactLineOf(String lineText) {
    if (lineText == null || lineText.isBlank()) {
      return Optional.empty();
    }
    String trimmed = lineText.strip().replaceAll("\\s+", " ");
    if (trimmed.length() > MAX_CONTACT_LINE_LENGTH) {
      throw InvalidInput.of(
          "contactLine",
          "is "
              + trimmed.length()
              + " characters long: a contact line holds at most "
              + MAX_CONTACT_LINE_LENGTH);
    }
    return Optional.of(trimmed);
  }

  /** Deletes the account and everything it owns, after checking its password once more. */
  public void deleteAccount(String accountId, String password, String clientAddress) {
    refuseIfAny(required("password", password), deletionProblems(password));
    Account account = requireAccount(accountId);
    passwordCheck.check(account.email(), password, clientAddress);
    accounts.remove(account.id());
  }

  /** Makes a named API token ({@link #DEFAULT_TOKEN_NAME} when {@code name} is empty). */
  public CreatedToken createToken(String accountId, Optional<String> name) {
    String named = name.orElse(DEFAULT_TOKEN_NAME);
    refuseIfAny(List.of(), tokenProblems(named));
    String secret = "lbr_" + Secrets.generate();
    ApiToken token =
        new ApiToken(
            UUID.randomUUID().toString(), accountId, named, Secrets.hash(secret), clock.instant());
    if (!accounts.addToken(token)) {
      throw new TooManyTokens();
    }
    return new CreatedToken(token, secret);
  }

  /** The account's API tokens, without their secrets. */
  public List<ApiToken> tokens(String accountId) {
    return accounts.tokens(accountId);
  }

  /** Revokes one of the account's API tokens. */
  public void revokeToken(String accountId, String tokenId) {
    if (!accounts.revokeToken(accountId, tokenId)) {
      throw new NoSuchToken();
    }
  }

  private Account requireAccount(String accountId) {
    return accounts.find(accountId).orElseThrow(AccountGone::new);
  }

  /**
   * What is wrong with the fields of a sign-up. A face that reads the fields itself adds these to
   * its own errors, so one answer names every bad field; a {@code null} field is left to it.
   */
  public static List<FieldError> signUpProblems(String email, String password) {
    List<FieldError> errors = new ArrayList<>();
    reject(errors, "email", email == null ? null : EmailAddress.problem(email));
    reject(errors, "password", password == null ? null : PasswordPolicy.problem(password));
    return errors;
  }

  /** As {@link #signUpProblems}, for a sign-in: only what could never match is refused. */
  public static List<FieldError> signInProblems(String email, String password) {
    List<FieldError> errors = new ArrayList<>();
    reject(
        errors,
        "email",
        email == null
            ? null
            : StoredText.problem(EmailAddress.normalise(email), EmailAddress.MAX_LENGTH));
    reject(errors, "password", passwordToCheckProblem(password));
    return errors;
  }

  /** As {@link #signUpProblems}, for a password change. */
  public static List<FieldError> passwordChangeProblems(
      String currentPassword, String newPassword) {
    List<FieldError> errors = new ArrayList<>();
    reject(errors, "currentPassword", passwordToCheckProblem(currentPassword));
    reject(errors, "newPassword", newPassword == null ? null : PasswordPolicy.problem(newPassword));
    return errors;
  }

  /** As {@link #signUpProblems}, for deleting an account. */
  public static List<FieldError> deletionProblems(String password) {
    List<FieldError> errors = new ArrayList<>();
    reject(errors, "password", passwordToCheckProblem(password));
    return errors;
  }

  /** As {@link #signUpProblems}, for a new API token's name. */
  public static List<FieldError> tokenProblems(String name) {
    List<FieldError> errors = new ArrayList<>();
    reject(
        errors, "name", name == null ? null : StoredText.problem(name, ApiToken.MAX_NAME_LENGTH));
    return errors;
  }

  private static String passwordToCheckProblem(String password) {
    return password != null && PasswordPolicy.tooLongToCheck(password) ? TOO_LONG : null;
  }

  /** "is required" for each null value among {@code field, value} pairs. */
  private static List<FieldError> required(String... fieldsAndValues) {
    List<FieldError> errors = new ArrayList<>();
    for (int i = 0; i < fieldsAndValues.length; i += 2) {
      if (fieldsAndValues[i + 1] == null) {
        errors.add(new FieldError(fieldsAndValues[i], "is required"));
      }
    }
    return errors;
  }

  private static void reject(List<FieldError> errors, String field, String problem) {
    if (problem != null) {
      errors.add(new FieldError(field, problem));
    }
  }

  private static void refuseIfAny(List<FieldError> missing, List<FieldError> problems) {
    if (!missing.isEmpty() || !problems.isEmpty()) {
      List<FieldError> all = new ArrayList<>(missing);
      all.addAll(problems);
      throw new InvalidInput(all);
    }
  }
}

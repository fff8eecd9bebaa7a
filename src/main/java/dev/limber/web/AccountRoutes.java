package dev.limber.web;

import dev.limber.account.Account;
import dev.limber.account.Accounts;
import dev.limber.account.ApiToken;
import dev.limber.account.EmailAddress;
import dev.limber.account.LoginSession;
import dev.limber.account.PasswordHasher;
import dev.limber.account.PasswordPolicy;
import dev.limber.account.Secrets;
import dev.limber.account.SignInThrottle;
import dev.limber.json.FieldError;
import dev.limber.json.Fields;
import dev.limber.json.StoredText;
import io.javalin.Javalin;
import io.javalin.http.Context;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Sign-up, sign-in and out, who is signed in, changing the password, deleting an account with all
 * its data, and personal API tokens. Answers never tell whether an e-mail address has an account:
 * sign-up answers the same either way, and a wrong address or password is one answer. Deleting the
 * account and changing the password need the current password again.
 */
final class AccountRoutes {
  private final Accounts accounts;
  private final PasswordHasher hasher;
  private final SignInThrottle throttle;
  private final Authentication authentication;
  private final ClientAddress clientAddress;
  private final Clock clock;
  private final String decoyHash;

  AccountRoutes(
      Accounts accounts,
      PasswordHasher hasher,
      SignInThrottle throttle,
      Authentication authentication,
      ClientAddress clientAddress,
      Clock clock) {
    this.accounts = accounts;
    this.hasher = hasher;
    this.throttle = throttle;
    this.authentication = authentication;
    this.clientAddress = clientAddress;
    this.clock = clock;
    // Checked when the address is unknown, so both answers take the time of one Argon2 check.
    this.decoyHash = hasher.hash(Secrets.generate());
  }

  void register(Javalin app) {
    app.post("/api/account", this::signUp);
    app.delete("/api/account", this::deleteAccount);
    app.post("/api/login", this::signIn);
    app.post("/api/logout", this::signOut);
    app.get("/api/session", this::session);
    app.post("/api/password", this::changePassword);
    app.post("/api/tokens", this::createToken);
    app.get("/api/tokens", this::listTokens);
    app.delete("/api/tokens/{id}", this::revokeToken);
  }

  private void signUp(Context context) {
    EmailAndPassword given = readEmailAndPassword(context, true);
    SignInThrottle.Admission admission = throttle.admitSignUp(clientAddress.of(context));
    if (admission.refused()) {
      throw tooMany(
          context,
          admission.refusal().get(),
          "too-many-sign-ups",
          "Too many sign-ups",
          "this network address has signed up too many accounts in the last hour");
    }
    String email = EmailAddress.normalise(given.email());
    Account account = new Account(UUID.randomUUID().toString(), email);
    // Hashed even when the address is taken, so the answer's timing reveals nothing either.
    accounts.add(account, hasher.hash(given.password()), clock.instant());
    Bodies.answer(
        context,
        202,
        Map.of(
            "message",
            "If this address had no account, it has one now: sign in with it and the password."));
  }

  private void signIn(Context context) {
    EmailAndPassword given = readEmailAndPassword(context, false);
    Account account = checkPassword(context, given.email(), given.password());
    String secret = Secrets.generate();
    String csrfToken = Secrets.generate();
    Instant expires = clock.instant().plus(Authentication.SESSION_LENGTH);
    accounts.openSession(new LoginSession(Secrets.hash(secret), account.id(), csrfToken, expires));
    authentication.setCookie(context, secret, Authentication.SESSION_LENGTH);
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("csrfToken", csrfToken);
    json.put("expires", expires.toString());
    Bodies.answer(context, json);
  }

  /**
   * The account when the password is right; 401 otherwise, and 429 unseen when the throttle says
   * so. The attempt is recorded before the password is checked, so parallel guesses are counted.
   */
  private Account checkPassword(Context context, String email, String password) {
    SignInThrottle.Admission admission = throttle.admitSignIn(email, clientAddress.of(context));
    if (admission.refused()) {
      throw tooMany(
          context,
          admission.refusal().get(),
          "too-many-sign-ins",
          "Too many failed sign-ins",
          "wait " + admission.refusal().get().toMinutes() + " minutes before trying again");
    }
    Optional<Accounts.Credentials> credentials =
        accounts.findCredentials(EmailAddress.normalise(email));
    boolean matches =
        hasher.verify(
            PasswordPolicy.normalise(password),
            credentials.map(Accounts.Credentials::passwordHash).orElse(decoyHash));
    if (credentials.isEmpty() || !matches) {
      throw Problem.of(
              401, "sign-in-failed", "Sign-in failed", "the e-mail address or password is wrong")
          .exception();
    }
    throttle.succeeded(admission, email);
    return credentials.get().account();
  }

  private void signOut(Context context) {
    Caller caller = authentication.require(context);
    caller.sessionSecretHash().ifPresent(accounts::closeSession);
    authentication.clearCookie(context);
    context.status(204);
  }

  /** Who is signed in; a signed-in browser also gets a fresh CSRF token, the old one then ends. */
  private void session(Context context) {
    Caller caller = authentication.require(context);
    Account account = requireAccount(caller);
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("accountId", account.id());
    json.put("email", account.email());
    json.put("via", caller.bySessionCookie() ? "session" : "token");
    if (caller.sessionSecretHash().isPresent()) {
      String csrfToken = Secrets.generate();
      accounts.renewCsrfToken(caller.sessionSecretHash().get(), csrfToken);
      json.put("csrfToken", csrfToken);
    }
    Bodies.answer(context, json);
  }

  private void changePassword(Context context) {
    Caller caller = authentication.require(context);
    List<FieldError> errors = new ArrayList<>();
    Fields fields =
        Fields.root(Bodies.readJson(context, WebServer.BODY_LIMIT_BYTES), "(body)", errors);
    fields.allowOnly("currentPassword", "newPassword");
    String current = fields.string("currentPassword");
    String fresh = fields.string("newPassword");
    if (current != null && PasswordPolicy.tooLongToCheck(current)) {
      fields.reject("currentPassword", "is longer than any password");
    }
    if (fresh != null) {
      String problem = PasswordPolicy.problem(fresh);
      if (problem != null) {
        fields.reject("newPassword", problem);
      }
    }
    if (!errors.isEmpty()) {
      throw Problem.invalidFields(errors).exception();
    }
    Account account = requireAccount(caller);
    checkPassword(context, account.email(), current);
    String hash = hasher.hash(PasswordPolicy.normalise(fresh));
    accounts.changePassword(account.id(), hash, caller.sessionSecretHash());
    context.status(204);
  }

  private void deleteAccount(Context context) {
    Caller caller = authentication.require(context);
    List<FieldError> errors = new ArrayList<>();
    Fields fields =
        Fields.root(Bodies.readJson(context, WebServer.BODY_LIMIT_BYTES), "(body)", errors);
    fields.allowOnly("password");
    String password = fields.string("password");
    if (password != null && PasswordPolicy.tooLongToCheck(password)) {
      fields.reject("password", "is longer than any password");
    }
    if (!errors.isEmpty()) {
      throw Problem.invalidFields(errors).exception();
    }
    Account account = requireAccount(caller);
    checkPassword(context, account.email(), password);
    accounts.remove(account.id());
    authentication.clearCookie(context);
    context.status(204);
  }

  private void createToken(Context context) {
    Caller caller = authentication.require(context);
    Object body = Bodies.readJson(context, WebServer.BODY_LIMIT_BYTES, true);
    List<FieldError> errors = new ArrayList<>();
    Fields fields = Fields.root(body == null ? Map.of() : body, "(body)", errors);
    fields.allowOnly("name");
    String name = fields.optionalString("name").orElse("API token");
    if (name != null) {
      String problem = StoredText.problem(name, ApiToken.MAX_NAME_LENGTH);
      if (problem != null) {
        fields.reject("name", problem);
      }
    }
    if (!errors.isEmpty()) {
      throw Problem.invalidFields(errors).exception();
    }
    String secret = "lbr_" + Secrets.generate();
    ApiToken token =
        new ApiToken(
            UUID.randomUUID().toString(),
            caller.accountId(),
            name,
            Secrets.hash(secret),
            clock.instant());
    if (!accounts.addToken(token)) {
      throw Problem.of(
              409,
              "too-many-tokens",
              "Too many API tokens",
              "an account may have "
                  + ApiToken.MAX_PER_ACCOUNT
                  + " API tokens; revoke one before making another")
          .exception();
    }
    Map<String, Object> json = new LinkedHashMap<>();
    @SuppressWarnings("unchecked")
    Map<String, Object> shown = (Map<String, Object>) token.toJson();
    json.putAll(shown);
    json.put("token", secret);
    Bodies.answer(context, 201, json);
  }

  private void listTokens(Context context) {
    Caller caller = authentication.require(context);
    Bodies.answer(context, accounts.tokens(caller.accountId()));
  }

  private void revokeToken(Context context) {
    Caller caller = authentication.require(context);
    String id = context.pathParam("id");
    if (!accounts.revokeToken(caller.accountId(), id)) {
      throw Problem.notFound("no API token with that id").exception();
    }
    context.status(204);
  }

  private Account requireAccount(Caller caller) {
    return accounts
        .find(caller.accountId())
        .orElseThrow(() -> Authentication.unauthenticated("the account no longer exists"));
  }

  private EmailAndPassword readEmailAndPassword(Context context, boolean signingUp) {
    Object body = Bodies.readJson(context, WebServer.BODY_LIMIT_BYTES);
    List<FieldError> errors = new ArrayList<>();
    Fields fields = Fields.root(body, "(body)", errors);
    fields.allowOnly("email", "password");
    String email = fields.string("email");
    String password = fields.string("password");
    if (email != null) {
      String problem =
          signingUp
              ? EmailAddress.problem(email)
              : StoredText.problem(EmailAddress.normalise(email), EmailAddress.MAX_LENGTH);
      if (problem != null) {
        fields.reject("email", problem);
      }
    }
    if (password != null) {
      String problem =
          signingUp
              ? PasswordPolicy.problem(password)
              : PasswordPolicy.tooLongToCheck(password) ? "is longer than any password" : null;
      if (problem != null) {
        fields.reject("password", problem);
      }
    }
    if (!errors.isEmpty()) {
      throw Problem.invalidFields(errors).exception();
    }
    return new EmailAndPassword(email, PasswordPolicy.normalise(password));
  }

  private static ProblemException tooMany(
      Context context, Duration wait, String slug, String title, String detail) {
    context.header("Retry-After", Long.toString(wait.toSeconds()));
    return Problem.of(429, slug, title, detail).exception();
  }

  private record EmailAndPassword(String email, String password) {}
}

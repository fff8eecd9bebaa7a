package dev.limber.web;

import dev.limber.account.Account;
import dev.limber.account.Accounts;
import dev.limber.account.ApiToken;
import dev.limber.account.EmailAddress;
import dev.limber.account.LoginSession;
import dev.limber.account.PasswordHasher;
import dev.limber.account.Secrets;
import dev.limber.account.SignInThrottle;
import dev.limber.json.FieldError;
import dev.limber.json.Fields;
import io.javalin.Javalin;
import io.javalin.http.Context;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;

/**
 * Sign-up, sign-in and out, deleting an account with all its data, and personal API tokens. Answers
 * never tell whether an e-mail address has an account: sign-up answers the same either way, and a
 * wrong address or password is one answer.
 */
final class AccountRoutes {
  static final int MIN_PASSWORD_LENGTH = 10;
  static final int MAX_PASSWORD_LENGTH = 1000;
  static final int MAX_TOKEN_NAME_LENGTH = 100;

  private final Accounts accounts;
  private final PasswordHasher hasher;
  private final SignInThrottle throttle;
  private final Authentication authentication;
  private final Consumer<String> forgetJournal;
  private final Clock clock;
  private final String decoyHash;

  AccountRoutes(
      Accounts accounts,
      PasswordHasher hasher,
      SignInThrottle throttle,
      Authentication authentication,
      Consumer<String> forgetJournal,
      Clock clock) {
    this.accounts = accounts;
    this.hasher = hasher;
    this.throttle = throttle;
    this.authentication = authentication;
    this.forgetJournal = forgetJournal;
    this.clock = clock;
    // Checked when the address is unknown, so both answers take the time of one Argon2 check.
    this.decoyHash = hasher.hash(Secrets.generate());
  }

  void register(Javalin app) {
    app.post("/api/account", this::signUp);
    app.delete("/api/account", this::deleteAccount);
    app.post("/api/login", this::signIn);
    app.post("/api/logout", this::signOut);
    app.post("/api/tokens", this::createToken);
    app.get("/api/tokens", this::listTokens);
    app.delete("/api/tokens/{id}", this::revokeToken);
  }

  private void signUp(Context context) {
    EmailAndPassword given = readEmailAndPassword(context, true);
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
    String address = context.req().getRemoteAddr();
    Optional<Duration> refusal = throttle.refusal(given.email(), address);
    if (refusal.isPresent()) {
      context.header("Retry-After", Long.toString(refusal.get().toSeconds()));
      throw Problem.of(
              429,
              "too-many-sign-ins",
              "Too many failed sign-ins",
              "wait " + refusal.get().toMinutes() + " minutes before trying again")
          .exception();
    }
    Optional<Accounts.Credentials> credentials =
        accounts.findCredentials(EmailAddress.normalise(given.email()));
    boolean matches =
        hasher.verify(
            given.password(),
            credentials.map(Accounts.Credentials::passwordHash).orElse(decoyHash));
    if (credentials.isEmpty() || !matches) {
      throttle.failed(given.email(), address);
      throw Problem.of(
              401, "sign-in-failed", "Sign-in failed", "the e-mail address or password is wrong")
          .exception();
    }
    throttle.succeeded(given.email());
    String secret = Secrets.generate();
    String csrfToken = Secrets.generate();
    Instant expires = clock.instant().plus(Authentication.SESSION_LENGTH);
    accounts.openSession(
        new LoginSession(
            Secrets.hash(secret), credentials.get().account().id(), csrfToken, expires));
    Authentication.setCookie(context, secret, Authentication.SESSION_LENGTH);
    Bodies.answer(context, Map.of("csrfToken", csrfToken, "expires", expires.toString()));
  }

  private void signOut(Context context) {
    Caller caller = authentication.require(context);
    caller.sessionSecretHash().ifPresent(accounts::closeSession);
    Authentication.clearCookie(context);
    context.status(204);
  }

  private void deleteAccount(Context context) {
    Caller caller = authentication.require(context);
    forgetJournal.accept(caller.accountId());
    accounts.remove(caller.accountId());
    Authentication.clearCookie(context);
    context.status(204);
  }

  private void createToken(Context context) {
    Caller caller = authentication.require(context);
    Object body = Bodies.readJson(context, WebServer.BODY_LIMIT_BYTES, true);
    List<FieldError> errors = new ArrayList<>();
    Fields fields = Fields.root(body == null ? Map.of() : body, "(body)", errors);
    fields.allowOnly("name");
    String name = fields.optionalString("name").orElse("API token");
    if (name != null && name.length() > MAX_TOKEN_NAME_LENGTH) {
      fields.reject("name", "must be at most " + MAX_TOKEN_NAME_LENGTH + " characters");
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
    accounts.addToken(token);
    Map<String, Object> json = new java.util.LinkedHashMap<>();
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
      throw Problem.notFound("no API token with id \"" + id + "\"").exception();
    }
    context.status(204);
  }

  private EmailAndPassword readEmailAndPassword(Context context, boolean signingUp) {
    Object body = Bodies.readJson(context, WebServer.BODY_LIMIT_BYTES);
    List<FieldError> errors = new ArrayList<>();
    Fields fields = Fields.root(body, "(body)", errors);
    fields.allowOnly("email", "password");
    String email = fields.string("email");
    String password = fields.string("password");
    if (email != null && signingUp) {
      String problem = EmailAddress.problem(email);
      if (problem != null) {
        fields.reject("email", problem);
      }
    }
    if (password != null
        && (password.length() > MAX_PASSWORD_LENGTH
            || (signingUp && password.length() < MIN_PASSWORD_LENGTH))) {
      fields.reject(
          "password",
          "must be from "
              + MIN_PASSWORD_LENGTH
              + " to "
              + MAX_PASSWORD_LENGTH
              + " characters long");
    }
    if (!errors.isEmpty()) {
      throw Problem.invalidFields(errors).exception();
    }
    return new EmailAndPassword(email, password);
  }

  private record EmailAndPassword(String email, String password) {}
}

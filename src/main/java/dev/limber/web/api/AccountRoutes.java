package dev.limber.web.api;

import dev.limber.app.AccountService;
import dev.limber.json.FieldError;
import dev.limber.json.Fields;
import dev.limber.web.http.Authentication;
import dev.limber.web.http.Bodies;
import dev.limber.web.http.Caller;
import dev.limber.web.http.ClientAddress;
import dev.limber.web.http.Problem;
import io.javalin.Javalin;
import io.javalin.http.Context;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiFunction;

/**
 * Sign-up, sign-in and out, who is signed in, changing the password, deleting an account with all
 * its data, and personal API tokens, over HTTP: each route reads the request, calls one {@link
 * AccountService} method (where the account rules live) and writes the answer, the cookie and the
 * status. Answers never tell whether an e-mail address has an account.
 */
public final class AccountRoutes {
  private final AccountService service;
  private final Authentication authentication;
  private final ClientAddress clientAddress;

  public AccountRoutes(
      AccountService service, Authentication authentication, ClientAddress clientAddress) {
    this.service = service;
    this.authentication = authentication;
    this.clientAddress = clientAddress;
  }

  public void register(Javalin app) {
    app.post("/api/account", this::signUp);
    app.delete("/api/account", this::deleteAccount);
    app.post("/api/login", this::signIn);
    app.post("/api/logout", this::signOut);
    app.get("/api/session", this::session);
    app.post("/api/password", this::changePassword);
    app.put("/api/account/time-zone", this::setTimeZone);
    app.delete("/api/account/time-zone", this::clearTimeZone);
    app.post("/api/tokens", this::createToken);
    app.get("/api/tokens", this::listTokens);
    app.delete("/api/tokens/{id}", this::revokeToken);
  }

  private void signUp(Context context) {
    EmailAndPassword given = readEmailAndPassword(context, AccountService::signUpProblems);
    service.signUp(given.email(), given.password(), clientAddress.of(context));
    Bodies.answer(
        context,
        202,
        Map.of(
            "message",
            "If this address had no account, it has one now: sign in with it and the password."));
  }

  private void signIn(Context context) {
    EmailAndPassword given = readEmailAndPassword(context, AccountService::signInProblems);
    AccountService.SignedIn signedIn =
        service.signIn(given.email(), given.password(), clientAddress.of(context));
    authentication.setCookie(context, signedIn.secret(), AccountService.SESSION_LENGTH);
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("csrfToken", signedIn.csrfToken());
    json.put("expires", signedIn.expires().toString());
    Bodies.answer(context, json);
  }

  private void signOut(Context context) {
    Caller caller = authentication.require(context);
    service.signOut(caller.sessionSecretHash());
    authentication.clearCookie(context);
    context.status(204);
  }

  /** Who is signed in; a signed-in browser also gets a fresh CSRF token, the old one then ends. */
  private void session(Context context) {
    Caller caller = authentication.require(context);
    AccountService.SessionInfo session =
        service.session(caller.accountId(), caller.sessionSecretHash());
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("accountId", session.account().id());
    json.put("email", session.account().email());
    json.put("via", caller.bySessionCookie() ? "session" : "token");
    session.csrfToken().ifPresent(token -> json.put("csrfToken", token));
    json.put("timeZone", service.timeZone(caller.accountId()).map(Object::toString).orElse(null));
    Bodies.answer(context, json);
  }

  /** Goes back to the server's zone. */
  private void clearTimeZone(Context context) {
    Caller caller = authentication.require(context);
    service.setTimeZone(caller.accountId(), null);
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("timeZone", null);
    Bodies.answer(context, json);
  }

  /** {@code {"timeZone": "Europe/London"}}: an IANA region id. */
  private void setTimeZone(Context context) {
    Caller caller = authentication.require(context);
    List<FieldError> errors = new ArrayList<>();
    Fields fields = Fields.root(Bodies.readJson(context, Bodies.LIMIT_BYTES), "(body)", errors);
    fields.allowOnly("timeZone");
    String zone = fields.string("timeZone");
    refuseIfAny(errors);
    Optional<java.time.ZoneId> set = service.setTimeZone(caller.accountId(), zone);
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("timeZone", set.map(Object::toString).orElse(null));
    Bodies.answer(context, json);
  }

  private void changePassword(Context context) {
    Caller caller = authentication.require(context);
    List<FieldError> errors = new ArrayList<>();
    Fields fields = Fields.root(Bodies.readJson(context, Bodies.LIMIT_BYTES), "(body)", errors);
    fields.allowOnly("currentPassword", "newPassword");
    String current = fields.string("currentPassword");
    String fresh = fields.string("newPassword");
    errors.addAll(AccountService.passwordChangeProblems(current, fresh));
    refuseIfAny(errors);
    service.changePassword(
        caller.accountId(), current, fresh, caller.sessionSecretHash(), clientAddress.of(context));
    context.status(204);
  }

  private void deleteAccount(Context context) {
    Caller caller = authentication.require(context);
    List<FieldError> errors = new ArrayList<>();
    Fields fields = Fields.root(Bodies.readJson(context, Bodies.LIMIT_BYTES), "(body)", errors);
    fields.allowOnly("password");
    String password = fields.string("password");
    errors.addAll(AccountService.deletionProblems(password));
    refuseIfAny(errors);
    service.deleteAccount(caller.accountId(), password, clientAddress.of(context));
    authentication.clearCookie(context);
    context.status(204);
  }

  private void createToken(Context context) {
    Caller caller = authentication.require(context);
    Object body = Bodies.readJson(context, Bodies.LIMIT_BYTES, true);
    List<FieldError> errors = new ArrayList<>();
    Fields fields = Fields.root(body == null ? Map.of() : body, "(body)", errors);
    fields.allowOnly("name");
    Optional<String> name = fields.givenString("name");
    errors.addAll(AccountService.tokenProblems(name.orElse(null)));
    refuseIfAny(errors);
    AccountService.CreatedToken created = service.createToken(caller.accountId(), name);
    Map<String, Object> json = new LinkedHashMap<>();
    @SuppressWarnings("unchecked")
    Map<String, Object> shown = (Map<String, Object>) created.token().toJson();
    json.putAll(shown);
    json.put("token", created.secret());
    Bodies.answer(context, 201, json);
  }

  private void listTokens(Context context) {
    Caller caller = authentication.require(context);
    Bodies.answer(context, service.tokens(caller.accountId()));
  }

  private void revokeToken(Context context) {
    Caller caller = authentication.require(context);
    service.revokeToken(caller.accountId(), context.pathParam("id"));
    context.status(204);
  }

  private static EmailAndPassword readEmailAndPassword(
      Context context, BiFunction<String, String, List<FieldError>> problems) {
    Object body = Bodies.readJson(context, Bodies.LIMIT_BYTES);
    List<FieldError> errors = new ArrayList<>();
    Fields fields = Fields.root(body, "(body)", errors);
    fields.allowOnly("email", "password");
    String email = fields.string("email");
    String password = fields.string("password");
    errors.addAll(problems.apply(email, password));
    refuseIfAny(errors);
    return new EmailAndPassword(email, password);
  }

  private static void refuseIfAny(List<FieldError> errors) {
    if (!errors.isEmpty()) {
      throw Problem.invalidFields(errors).exception();
    }
  }

  private record EmailAndPassword(String email, String password) {}
}

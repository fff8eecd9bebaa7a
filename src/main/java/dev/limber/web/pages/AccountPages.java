package dev.limber.web.pages;

import dev.limber.app.AccountService;
import dev.limber.app.InvalidInput;
import dev.limber.json.FieldError;
import dev.limber.render.html.Form;
import dev.limber.render.html.PageChrome;
import dev.limber.web.http.Authentication;
import dev.limber.web.http.Caller;
import dev.limber.web.http.ClientAddress;
import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The account page and its forms: change the password, the time zone, personal API tokens, delete
 * the account (signing up, in and out are {@link SignInPages}). Each form post parses its fields,
 * calls one {@link AccountService} method, as {@code AccountRoutes} does, and redirects; a refusal
 * shows the form again naming the field.
 */
public final class AccountPages {
  private static final Map<String, String> PASSWORD_LABELS =
      Map.of("currentPassword", "Current password", "newPassword", "New password");
  private static final Map<String, String> TOKEN_LABELS = Map.of("name", "Token name");
  private static final Map<String, String> ZONE_LABELS = Map.of("timeZone", "Your time zone");
  private static final Map<String, String> DELETION_LABELS =
      Map.of(
          "password",
          "Password",
          "confirm",
          "I understand that this deletes my account and my whole journal for good");
  private static final Map<String, String> NOTICES =
      Map.of(
          "password",
          "The password is changed. Other devices and API tokens have been signed out.",
          "revoked",
          "The token is revoked: it no longer works.",
          "time-zone",
          "Your time zone is saved.");

  private final Pages pages;
  private final AccountService service;
  private final Authentication authentication;
  private final ClientAddress clientAddress;
  private final Clock clock;

  public AccountPages(
      Pages pages,
      AccountService service,
      Authentication authentication,
      ClientAddress clientAddress,
      Clock clock) {
    this.pages = pages;
    this.service = service;
    this.authentication = authentication;
    this.clientAddress = clientAddress;
    this.clock = clock;
  }

  public void register(Javalin app) {
    app.get("/account", context -> accountPage(context, Forms.none(), 200));
    app.post("/account/password", this::changePassword);
    app.post("/account/time-zone", this::setTimeZone);
    app.post("/account/tokens", this::createToken);
    app.post("/account/tokens/{id}/revoke", this::revokeToken);
    app.post("/account/delete", this::deleteAccount);
  }

  private void changePassword(Context context) {
    Caller caller = signedInPost(context);
    String current = context.formParam("currentPassword");
    String fresh = context.formParam("newPassword");
    Form form = Form.blank(PASSWORD_LABELS);
    try {
      service.changePassword(
          caller.accountId(),
          current,
          fresh,
          caller.sessionSecretHash(),
          clientAddress.of(context));
    } catch (InvalidInput refused) {
      accountPage(context, Forms.none().password(form.with(Map.of(), refused.errors())), 400);
      return;
    } catch (AccountService.SignInFailed failed) {
      accountPage(
          context,
          Forms.none()
              .password(
                  form.with(
                      Map.of(),
                      List.of(new FieldError("currentPassword", "is not your password")))),
          401);
      return;
    } catch (AccountService.Throttled throttled) {
      context.header("Retry-After", Long.toString(throttled.retryAfter().toSeconds()));
      accountPage(
          context,
          Forms.none().password(form.with(Map.of(), List.of(SignInPages.tooMany(throttled)))),
          429);
      return;
    }
    context.redirect("/account?done=password", HttpStatus.SEE_OTHER);
  }

  private void setTimeZone(Context context) {
    Caller caller = signedInPost(context);
    String zone = context.formParam("timeZone");
    try {
      service.setTimeZone(caller.accountId(), zone);
    } catch (InvalidInput refused) {
      accountPage(
          context,
          Forms.none().zone(Form.blank(ZONE_LABELS).with(sent("timeZone", zone), refused.errors())),
          400);
      return;
    }
    context.redirect("/account?done=time-zone", HttpStatus.SEE_OTHER);
  }

  private void createToken(Context context) {
    Caller caller = signedInPost(context);
    String name = context.formParam("name");
    Optional<String> named = Optional.ofNullable(name).filter(given -> !given.isBlank());
    Form form = Form.blank(TOKEN_LABELS);
    AccountService.CreatedToken created;
    try {
      created = service.createToken(caller.accountId(), named);
    } catch (InvalidInput refused) {
      accountPage(
          context, Forms.none().token(form.with(sent("name", name), refused.errors())), 400);
      return;
    } catch (AccountService.TooManyTokens tooMany) {
      accountPage(
          context,
          Forms.none()
              .token(
                  form.with(
                      sent("name", name), List.of(new FieldError("name", tooMany.getMessage())))),
          409);
      return;
    }
    // The secret is shown in this answer only: never in a redirect, never cached.
    context.header("Cache-Control", "no-store");
    accountPage(context, Forms.none().created(created.token().name(), created.secret()), 201);
  }

  private void revokeToken(Context context) {
    Caller caller = signedInPost(context);
    service.revokeToken(caller.accountId(), context.pathParam("id"));
    context.redirect("/account?done=revoked", HttpStatus.SEE_OTHER);
  }

  private void deleteAccount(Context context) {
    Caller caller = signedInPost(context);
    String password = context.formParam("password");
    Form form = Form.blank(DELETION_LABELS);
    List<FieldError> problems = new ArrayList<>();
    if (!"yes".equals(context.formParam("confirm"))) {
      problems.add(new FieldError("confirm", "tick this box to confirm the deletion"));
    }
    if (password == null || password.isEmpty()) {
      problems.add(new FieldError("password", "is required"));
    }
    problems.addAll(AccountService.deletionProblems(password));
    if (!problems.isEmpty()) {
      accountPage(context, Forms.none().deletion(form.with(Map.of(), problems)), 400);
      return;
    }
    try {
      service.deleteAccount(caller.accountId(), password, clientAddress.of(context));
    } catch (InvalidInput refused) {
      accountPage(context, Forms.none().deletion(form.with(Map.of(), refused.errors())), 400);
      return;
    } catch (AccountService.SignInFailed failed) {
      accountPage(
          context,
          Forms.none()
              .deletion(
                  form.with(Map.of(), List.of(new FieldError("password", "is not your password")))),
          401);
      return;
    } catch (AccountService.Throttled throttled) {
      context.header("Retry-After", Long.toString(throttled.retryAfter().toSeconds()));
      accountPage(
          context,
          Forms.none().deletion(form.with(Map.of(), List.of(SignInPages.tooMany(throttled)))),
          429);
      return;
    }
    authentication.clearCookie(context);
    context.redirect("/sign-in?done=deleted", HttpStatus.SEE_OTHER);
  }

  /** The signed-in caller of a form post, after its form token is checked. */
  private Caller signedInPost(Context context) {
    pages.signedIn(context);
    return pages.posted(context).caller().orElseThrow();
  }

  private void accountPage(Context context, Forms forms, int status) {
    Visitor visitor = pages.signedIn(context);
    String accountId = visitor.caller().orElseThrow().accountId();
    context.status(status);
    Map<String, Object> params = new HashMap<>();
    params.put("tokens", service.tokens(accountId));
    params.put("passwordForm", forms.password().orElse(Form.blank(PASSWORD_LABELS)));
    params.put("tokenForm", forms.token().orElse(Form.blank(TOKEN_LABELS)));
    params.put("deletionForm", forms.deletion().orElse(Form.blank(DELETION_LABELS)));
    params.put("notice", notice(context));
    params.put("createdName", forms.createdName());
    params.put("createdSecret", forms.createdSecret());
    java.util.Optional<java.time.ZoneId> personal = service.timeZone(accountId);
    params.put("zone", personal.orElse(clock.getZone()));
    params.put("serverZone", clock.getZone().getId());
    params.put(
        "zoneForm",
        forms
            .zone()
            .orElse(
                Form.blank(ZONE_LABELS)
                    .with(
                        Map.of("timeZone", personal.map(Object::toString).orElse("")), List.of())));
    // Posts answer at their own path; the page (and its theme form) belongs to /account.
    PageChrome chrome = pages.chrome(context, "Your account");
    chrome =
        new PageChrome(
            chrome.title(),
            chrome.csrfToken(),
            chrome.signedInAs(),
            "/account",
            chrome.theme(),
            chrome.scripts(),
            chrome.stylesheets());
    pages.render(context, "account/account.jte", chrome, params);
  }

  private static String notice(Context context) {
    String done = context.queryParam("done");
    return done == null || !"GET".equals(context.method().name()) ? null : NOTICES.get(done);
  }

  private static Map<String, String> sent(String field, String value) {
    return value == null ? Map.of() : Map.of(field, value);
  }

  /** Which of the account page's forms shows a problem, or the secret of a token just made. */
  private record Forms(
      Optional<Form> password,
      Optional<Form> token,
      Optional<Form> deletion,
      Optional<Form> zone,
      String createdName,
      String createdSecret) {
    static Forms none() {
      return new Forms(
          Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), null, null);
    }

    Forms password(Form form) {
      return new Forms(Optional.of(form), token, deletion, zone, null, null);
    }

    Forms token(Form form) {
      return new Forms(password, Optional.of(form), deletion, zone, null, null);
    }

    Forms deletion(Form form) {
      return new Forms(password, token, Optional.of(form), zone, null, null);
    }

    Forms zone(Form form) {
      return new Forms(password, token, deletion, Optional.of(form), null, null);
    }

    Forms created(String name, String secret) {
      return new Forms(password, token, deletion, zone, name, secret);
    }
  }
}

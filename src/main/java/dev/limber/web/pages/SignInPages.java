package dev.limber.web.pages;

import dev.limber.app.AccountService;
import dev.limber.app.InvalidInput;
import dev.limber.json.FieldError;
import dev.limber.render.html.Form;
import dev.limber.render.html.JournalWords;
import dev.limber.web.http.Authentication;
import dev.limber.web.http.ClientAddress;
import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Signing up (which signs you in), signing in and signing out. Each form post parses its fields,
 * calls one {@link AccountService} method, as {@code AccountRoutes} does, and redirects; a refusal
 * shows the form again naming the field.
 */
public final class SignInPages {
  private static final Map<String, String> SIGN_IN_LABELS =
      Map.of("email", "E-mail address", "password", "Password");
  private static final Map<String, String> NOTICES =
      Map.of(
          "signed-up",
          "If this address had no account, it has one now: sign in with it and the password.",
          "deleted",
          "Your account and its whole journal are deleted.",
          "signed-out",
          "You are signed out.");

  private final Pages pages;
  private final AccountService service;
  private final Authentication authentication;
  private final ClientAddress clientAddress;

  public SignInPages(
      Pages pages,
      AccountService service,
      Authentication authentication,
      ClientAddress clientAddress) {
    this.pages = pages;
    this.service = service;
    this.authentication = authentication;
    this.clientAddress = clientAddress;
  }

  public void register(Javalin app) {
    app.get("/sign-in", context -> signInPage(context, Form.blank(SIGN_IN_LABELS), 200));
    app.post("/sign-in", this::signIn);
    app.get("/sign-up", context -> signUpPage(context, Form.blank(SIGN_IN_LABELS), 200));
    app.post("/sign-up", this::signUp);
    app.post("/sign-out", this::signOut);
  }

  private void signIn(Context context) {
    Visitor before = pages.posted(context);
    String email = context.formParam("email");
    String password = context.formParam("password");
    Form form = Form.blank(SIGN_IN_LABELS);
    Map<String, String> sent = sent("email", email);
    List<FieldError> problems = new ArrayList<>(AccountService.signInProblems(email, password));
    if (!problems.isEmpty()) {
      signInPage(context, form.with(sent, problems), 400);
      return;
    }
    AccountService.SignedIn signedIn;
    try {
      signedIn = service.signIn(email, password, clientAddress.of(context));
    } catch (InvalidInput refused) {
      signInPage(context, form.with(sent, refused.errors()), 400);
      return;
    } catch (AccountService.SignInFailed failed) {
      signInPage(
          context,
          form.with(
              sent, List.of(new FieldError("password", "the e-mail address or password is wrong"))),
          401);
      return;
    } catch (AccountService.Throttled throttled) {
      context.header("Retry-After", Long.toString(throttled.retryAfter().toSeconds()));
      signInPage(context, form.with(sent, List.of(tooMany(throttled))), 429);
      return;
    }
    // Signing in again on this browser ends the login session it had, not just its cookie.
    before.caller().ifPresent(previous -> service.signOut(previous.sessionSecretHash()));
    authentication.setCookie(context, signedIn.secret(), AccountService.SESSION_LENGTH);
    String then = context.formParam("then");
    // Without a page to go back to, the landing route sends a clinician to their desk.
    context.redirect(then == null ? "/signed-in" : Pages.localPath(then), HttpStatus.SEE_OTHER);
  }

  private void signUp(Context context) {
    Visitor before = pages.posted(context);
    String email = context.formParam("email");
    String password = context.formParam("password");
    Form form = Form.blank(SIGN_IN_LABELS);
    Map<String, String> sent = sent("email", email);
    Optional<AccountService.SignedIn> signedIn;
    try {
      signedIn = service.signUpAndSignIn(email, password, clientAddress.of(context));
    } catch (InvalidInput refused) {
      signUpPage(context, form.with(sent, refused.errors()), 400);
      return;
    } catch (AccountService.Throttled throttled) {
      context.header("Retry-After", Long.toString(throttled.retryAfter().toSeconds()));
      signUpPage(context, form.with(sent, List.of(tooMany(throttled))), 429);
      return;
    }
    String then = context.formParam("then");
    if (signedIn.isEmpty()) {
      // The address had an account with another password: say no more than sign-up always did.
      context.redirect(
          "/sign-in?done=signed-up"
              + (then == null
                  ? ""
                  : "&then=" + URLEncoder.encode(Pages.localPath(then), StandardCharsets.UTF_8)),
          HttpStatus.SEE_OTHER);
      return;
    }
    before.caller().ifPresent(previous -> service.signOut(previous.sessionSecretHash()));
    authentication.setCookie(context, signedIn.get().secret(), AccountService.SESSION_LENGTH);
    // Without a page to go back to, the landing route sends a clinician to their desk.
    context.redirect(then == null ? "/signed-in" : Pages.localPath(then), HttpStatus.SEE_OTHER);
  }

  private void signOut(Context context) {
    Visitor visitor = pages.posted(context);
    visitor.caller().ifPresent(caller -> service.signOut(caller.sessionSecretHash()));
    authentication.clearCookie(context);
    context.redirect("/sign-in?done=signed-out", HttpStatus.SEE_OTHER);
  }

  private void signInPage(Context context, Form form, int status) {
    context.status(status);
    pages.render(
        context,
        "account/sign-in.jte",
        pages.chrome(context, "Sign in"),
        params("form", form, "then", then(context), "notice", notice(context)));
  }

  private void signUpPage(Context context, Form form, int status) {
    context.status(status);
    pages.render(
        context,
        "account/sign-up.jte",
        pages.chrome(context, "Create an account"),
        params("form", form, "then", then(context)));
  }

  /** The {@code then} path carried through sign-in, kept only when it is on this site. */
  private static String then(Context context) {
    String then = context.formParam("then");
    if (then == null) {
      then = context.queryParam("then");
    }
    return then == null ? null : Pages.localPath(then);
  }

  private static String notice(Context context) {
    String done = context.queryParam("done");
    return done == null || !"GET".equals(context.method().name()) ? null : NOTICES.get(done);
  }

  /** The throttle's refusal, with the wait in words, as the form's problem. */
  static FieldError tooMany(AccountService.Throttled throttled) {
    String wait = JournalWords.wait(throttled.retryAfter());
    return switch (throttled.action()) {
      case SIGN_UP ->
          new FieldError(
              "email",
              "too many accounts were made from this network address in the last hour; try again in "
                  + wait);
      case SIGN_IN ->
          new FieldError(
              "password", "too many failed attempts; wait " + wait + " before trying again");
    };
  }

  private static Map<String, String> sent(String field, String value) {
    return value == null ? Map.of() : Map.of(field, value);
  }

  private static Map<String, Object> params(Object... namesAndValues) {
    Map<String, Object> params = new HashMap<>();
    for (int i = 0; i < namesAndValues.length; i += 2) {
      params.put((String) namesAndValues[i], namesAndValues[i + 1]);
    }
    return params;
  }
}

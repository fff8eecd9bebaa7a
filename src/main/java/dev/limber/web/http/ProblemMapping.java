package dev.limber.web.http;

import dev.limber.account.HashingBusyException;
import dev.limber.app.AccountService;
import dev.limber.app.Forbidden;
import dev.limber.app.InvalidInput;
import dev.limber.app.JoiningService;
import dev.limber.app.NotFound;
import dev.limber.journal.UnknownOwnerException;
import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.HandlerType;
import io.javalin.http.HttpResponseException;
import java.util.List;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one place an exception a route throws becomes an answer: problem+json for the API and
 * scripts, the error page for a person's browser on a page, 405 with {@code Allow} for a path that
 * answers other methods, and a logged 500 with a generic body for anything unexpected.
 */
public final class ProblemMapping {
  /** The methods a route answers; what a 405 lists. */
  public static final List<HandlerType> ROUTE_METHODS =
      List.of(
          HandlerType.GET,
          HandlerType.POST,
          HandlerType.PUT,
          HandlerType.PATCH,
          HandlerType.DELETE);

  private static final Logger LOG = LoggerFactory.getLogger(ProblemMapping.class);

  private final ClientAddress clientAddress;
  private final Predicate<String> pagePaths;
  private final ErrorPage errorPage;
  private Javalin app;

  /**
   * Answers with {@code errorPage} on the paths {@code pagePaths} accepts when the browser did not
   * ask for JSON.
   */
  public ProblemMapping(
      ClientAddress clientAddress, Predicate<String> pagePaths, ErrorPage errorPage) {
    this.clientAddress = clientAddress;
    this.pagePaths = pagePaths;
    this.errorPage = errorPage;
  }

  public void register(Javalin app) {
    this.app = app;
    app.exception(
        ProblemException.class, (failure, context) -> answerProblem(context, failure.problem()));
    app.exception(
        InvalidInput.class,
        (failure, context) -> answerProblem(context, Problem.invalidFields(failure.errors())));
    app.exception(
        HttpResponseException.class,
        (failure, context) -> {
          if (failure.getStatus() == 404) {
            notFoundOrNotAllowed(context);
          } else {
            answerProblem(context, fromJavalin(failure, context));
          }
        });
    // Jetty's own refusals met while reading a body (a body slower than the minimum data rate is
    // 408) are the client's, not a failure of the server.
    app.exception(
        org.eclipse.jetty.http.BadMessageException.class,
        (failure, context) ->
            answerProblem(
                context,
                failure.getCode() == 408
                    ? Problem.of(
                        408, "request-timeout", "Request timeout", "the body came too slowly")
                    : Problem.of(
                        failure.getCode(),
                        "bad-request",
                        "Bad request",
                        "the request is malformed: " + failure.getReason())));
    app.exception(
        HashingBusyException.class,
        (failure, context) -> {
          context.header("Retry-After", Long.toString(failure.retryAfter().toSeconds()));
          answerProblem(
              context,
              Problem.of(
                  503,
                  "busy",
                  "Busy",
                  "too many passwords are being checked right now; try again in a moment"));
        });
    app.exception(
        AccountService.Throttled.class,
        (failure, context) -> {
          context.header("Retry-After", Long.toString(failure.retryAfter().toSeconds()));
          answerProblem(context, tooMany(failure));
        });
    app.exception(
        AccountService.SignInFailed.class,
        (failure, context) ->
            answerProblem(
                context,
                Problem.of(
                    401,
                    "sign-in-failed",
                    "Sign-in failed",
                    "the e-mail address or password is wrong")));
    app.exception(
        AccountService.AccountGone.class,
        (failure, context) ->
            answerProblem(
                context, Authentication.unauthenticated("the account no longer exists").problem()));
    app.exception(
        AccountService.TooManyTokens.class,
        (failure, context) ->
            answerProblem(
                context,
                Problem.of(409, "too-many-tokens", "Too many API tokens", failure.getMessage())));
    app.exception(
        AccountService.NoSuchToken.class,
        (failure, context) -> answerProblem(context, Problem.notFound(failure.getMessage())));
    app.exception(
        UnknownOwnerException.class,
        (failure, context) ->
            answerProblem(
                context,
                Problem.of(401, "unauthenticated", "Not signed in", "the account was deleted")));
    registerProgramRefusals(app);
    app.exception(
        Exception.class,
        (failure, context) -> {
          String route = context.endpointHandlerPath();
          LOG.error(
              "{} {} failed: {}",
              context.method(),
              route == null || route.isEmpty() ? "(unmatched)" : route,
              LoggedFailure.describe(failure));
          answerProblem(
              context,
              Problem.of(
                  500,
                  "internal",
                  "Internal error",
                  "the server could not answer; it has been logged"));
        });
    app.error(404, this::notFoundOrNotAllowed);
  }

  /** The program use cases' refusals, for every program route and page. */
  private void registerProgramRefusals(Javalin app) {
    app.exception(
        NotFound.class,
        (failure, context) -> answerByPath(context, Problem.notFound(failure.getMessage())));
    app.exception(
        Forbidden.class,
        (failure, context) ->
            answerByPath(
                context,
                Problem.of(403, "not-a-clinician", "Not a clinician", failure.getMessage())));
    app.exception(
        JoiningService.Throttled.class,
        (failure, context) -> {
          context.header("Retry-After", Long.toString(failure.retryAfter().toSeconds()));
          answerByPath(
              context,
              Problem.of(429, "too-many-codes", "Too many join codes tried", failure.getMessage()));
        });
  }

  /** problem+json under /api; an HTML error page anywhere else. */
  private void answerByPath(Context context, Problem problem) {
    if (context.path().startsWith("/api/")) {
      Bodies.problem(context, problem);
    } else {
      errorPage.show(context, problem);
    }
  }

  /** 405 with {@code Allow} when the path exists for other methods; else 404. */
  private void notFoundOrNotAllowed(Context context) {
    String answered = context.res().getContentType();
    // A route that answered its own 404 (an API problem or a page's error page) keeps it.
    if (answered != null
        && (answered.startsWith(Problem.CONTENT_TYPE) || answered.startsWith("text/html"))) {
      return;
    }
    List<String> allowed =
        ROUTE_METHODS.stream()
            .filter(
                method ->
                    app.unsafeConfig()
                        .pvt
                        .internalRouter
                        .findHttpHandlerEntries(method, context.path())
                        .findAny()
                        .isPresent())
            .map(HandlerType::name)
            .toList();
    if (allowed.isEmpty()) {
      answerProblem(context, Problem.notFound("no resource at this path"));
      return;
    }
    context.header("Allow", allowed.stream().collect(Collectors.joining(", ")));
    answerProblem(
        context,
        Problem.of(
            405,
            "method-not-allowed",
            "Method not allowed",
            "this path answers " + String.join(", ", allowed)));
  }

  private static Problem fromJavalin(HttpResponseException failure, Context context) {
    return switch (failure.getStatus()) {
      case 404 -> Problem.notFound("no resource at this path");
      case 413 ->
          Problem.of(413, "body-too-large", "Request body too large", "the body is over the limit");
      default ->
          Problem.of(
              failure.getStatus(),
              "http-" + failure.getStatus(),
              "Request failed",
              "the server answered " + failure.getStatus());
    };
  }

  /** 429 naming the throttle that refused. */
  private static Problem tooMany(AccountService.Throttled failure) {
    return switch (failure.action()) {
      case SIGN_UP ->
          Problem.of(
              429,
              "too-many-sign-ups",
              "Too many sign-ups",
              "this network address has signed up too many accounts in the last hour");
      case SIGN_IN ->
          Problem.of(
              429,
              "too-many-sign-ins",
              "Too many failed sign-ins",
              "wait " + failure.retryAfter().toMinutes() + " minutes before trying again");
    };
  }

  private void answerProblem(Context context, Problem problem) {
    SecurityHeaders.apply(context.path(), clientAddress.isHttps(context), context::header);
    if (wantsHtml(context)) {
      try {
        errorPage.show(context, problem);
        return;
      } catch (RuntimeException failure) {
        // An error page that cannot be drawn falls back to problem+json, never to itself.
        LOG.error("the error page failed: {}", LoggedFailure.describe(failure));
      }
    }
    if (problem.status() == 401) {
      context.header("WWW-Authenticate", "Bearer realm=\"limber\"");
    }
    Bodies.problem(context, problem);
  }

  /** A person's browser on a page, not a script asking for JSON. */
  private boolean wantsHtml(Context context) {
    String accept = context.header("Accept");
    return pagePaths.test(context.path()) && (accept == null || !accept.contains("json"));
  }
}

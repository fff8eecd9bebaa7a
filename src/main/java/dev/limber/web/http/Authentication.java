package dev.limber.web.http;

import dev.limber.account.Accounts;
import dev.limber.account.ApiToken;
import dev.limber.account.LoginSession;
import dev.limber.account.Secrets;
import io.javalin.http.Context;
import io.javalin.http.HandlerType;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;

/**
 * Finds the caller of a request from a personal API token ({@code Authorization: Bearer}) or the
 * session cookie, and holds cookie-authenticated writes to the CSRF token. Every lookup goes to the
 * store, so any server instance recognises any session.
 */
public final class Authentication {
  public static final String COOKIE = "limber_session";
  public static final String CSRF_HEADER = "X-CSRF-Token";

  private final Accounts accounts;
  private final ClientAddress clientAddress;
  private final Clock clock;

  public Authentication(Accounts accounts, ClientAddress clientAddress, Clock clock) {
    this.accounts = accounts;
    this.clientAddress = clientAddress;
    this.clock = clock;
  }

  /** The caller when the request carries credentials (which must then be valid), else empty. */
  public Optional<Caller> optional(Context context) {
    if (context.header("Authorization") == null && context.cookie(COOKIE) == null) {
      return Optional.empty();
    }
    return Optional.of(require(context));
  }

  /** The caller, or 401; 403 for a cookie-authenticated write without the right CSRF token. */
  public Caller require(Context context) {
    String authorization = context.header("Authorization");
    if (authorization != null) {
      return bearer(authorization);
    }
    String secret = context.cookie(COOKIE);
    if (secret == null || secret.isBlank()) {
      throw unauthenticated("sign in first, or send a personal API token as a Bearer token");
    }
    String secretHash = Secrets.hash(secret);
    LoginSession session =
        accounts
            .findSession(secretHash, clock.instant())
            .orElseThrow(() -> unauthenticated("the session has ended; sign in again"));
    if (isWrite(context) && !Secrets.matches(session.csrfToken(), context.header(CSRF_HEADER))) {
      throw Problem.of(
              403,
              "csrf",
              "Missing or wrong CSRF token",
              "send the csrfToken from sign-in as the " + CSRF_HEADER + " header")
          .exception();
    }
    return new Caller(session.accountId(), Optional.of(secretHash));
  }

  /**
   * The signed-in account behind the session cookie, with its CSRF token, for a page; empty when
   * the cookie is missing or its session has ended. Pages check the token themselves (a form field
   * or the header), so this never refuses.
   */
  public Optional<SignedInPage> page(Context context) {
    String secret = context.cookie(COOKIE);
    if (secret == null || secret.isBlank()) {
      return Optional.empty();
    }
    String secretHash = Secrets.hash(secret);
    return accounts
        .findSession(secretHash, clock.instant())
        .flatMap(
            session ->
                accounts
                    .find(session.accountId())
                    .map(
                        account ->
                            new SignedInPage(
                                new Caller(session.accountId(), Optional.of(secretHash)),
                                account.email(),
                                session.csrfToken())));
  }

  /** A page's signed-in caller, their address and their session's CSRF token. */
  public record SignedInPage(Caller caller, String email, String csrfToken) {}

  private Caller bearer(String authorization) {
    String prefix = "Bearer ";
    if (!authorization.regionMatches(true, 0, prefix, 0, prefix.length())) {
      throw unauthenticated("the Authorization header must be \"Bearer TOKEN\"");
    }
    String token = authorization.substring(prefix.length()).trim();
    ApiToken found =
        accounts
            .findToken(Secrets.hash(token))
            .orElseThrow(() -> unauthenticated("the API token is unknown or revoked"));
    return new Caller(found.accountId(), Optional.empty());
  }

  /** Sets the session cookie: HttpOnly, SameSite=Lax, and Secure when the client speaks HTTPS. */
  public void setCookie(Context context, String secret, Duration maxAge) {
    StringBuilder cookie = new StringBuilder();
    cookie.append(COOKIE).append('=').append(secret);
    cookie.append("; Path=/; Max-Age=").append(maxAge.toSeconds());
    cookie.append("; HttpOnly; SameSite=Lax");
    if (clientAddress.isHttps(context)) {
      cookie.append("; Secure");
    }
    context.res().addHeader("Set-Cookie", cookie.toString());
  }

  public void clearCookie(Context context) {
    setCookie(context, "", Duration.ZERO);
  }

  private static boolean isWrite(Context context) {
    HandlerType method = context.method();
    return method != HandlerType.GET && method != HandlerType.HEAD && method != HandlerType.OPTIONS;
  }

  /** 401; the answer carries {@code WWW-Authenticate: Bearer} (WebServer adds it to every 401). */
  static ProblemException unauthenticated(String detail) {
    return Problem.of(401, "unauthenticated", "Not signed in", detail).exception();
  }
}

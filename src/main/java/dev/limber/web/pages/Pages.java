package dev.limber.web.pages;

import dev.limber.account.Secrets;
import dev.limber.json.FieldError;
import dev.limber.render.html.PageChrome;
import dev.limber.render.html.Templates;
import dev.limber.web.http.Authentication;
import dev.limber.web.http.ClientAddress;
import dev.limber.web.http.Problem;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What every HTML page shares: the compiled templates ({@link Templates}), who the visitor is, the
 * form token every form and fetch sends back, the theme, and the HTML error page. Page routes
 * parse, call one application service and render; they decide no safety fact.
 */
public final class Pages {
  /**
   * The form field that carries the CSRF token; fetches send {@link Authentication#CSRF_HEADER}.
   */
  static final String CSRF_FIELD = "_csrf";

  /** An anonymous visitor's form token: HttpOnly, SameSite=Strict, compared with the form field. */
  public static final String FORM_COOKIE = "limber_form";

  static final String THEME_COOKIE = "limber_theme";

  static final String HTML = "text/html; charset=utf-8";

  private static final String VISITOR = "limber.visitor";
  private static final List<String> THEMES = List.of("auto", "light", "dark");

  private final Authentication authentication;
  private final ClientAddress clientAddress;

  public Pages(Authentication authentication, ClientAddress clientAddress) {
    this.authentication = authentication;
    this.clientAddress = clientAddress;
  }

  /** True for the paths that answer HTML (everything but the API, the assets and management). */
  public static boolean isPage(String path) {
    return path == null
        || !(path.startsWith("/api/")
            || path.startsWith("/assets/")
            || path.equals("/health")
            || path.equals("/health/ready")
            || path.equals("/backup")
            || path.equals("/metrics"));
  }

  /** The visitor of this request, found once; an anonymous one gets a form cookie when missing. */
  Visitor visitor(Context context) {
    Visitor known = context.attribute(VISITOR);
    if (known != null) {
      return known;
    }
    Visitor visitor =
        authentication
            .page(context)
            .map(
                page ->
                    new Visitor(
                        Optional.of(page.caller()), Optional.of(page.email()), page.csrfToken()))
            .orElseGet(() -> anonymous(context));
    context.attribute(VISITOR, visitor);
    return visitor;
  }

  /**
   * The visitor of a form post or page fetch, after checking its CSRF token (the form field, or the
   * header for a fetch); 403 when it is missing or wrong.
   */
  Visitor posted(Context context) {
    Visitor visitor = visitor(context);
    String sent = context.header(Authentication.CSRF_HEADER);
    if (sent == null && isForm(context)) {
      sent = context.formParam(CSRF_FIELD);
    }
    if (!Secrets.matches(visitor.csrfToken(), sent)) {
      throw Problem.of(
              403,
              "csrf",
              "This form has expired",
              "reload the page and send the form again; it must come from this site")
          .exception();
    }
    return visitor;
  }

  /** The signed-in visitor, or a redirect to the sign-in page that comes back here. */
  Visitor signedIn(Context context) {
    Visitor visitor = visitor(context);
    if (!visitor.signedIn()) {
      context.redirect(
          "/sign-in?then=" + URLEncoder.encode(context.path(), StandardCharsets.UTF_8),
          HttpStatus.SEE_OTHER);
      throw new Redirected();
    }
    return visitor;
  }

  /** The layout's part of a page titled {@code title}. */
  PageChrome chrome(Context context, String title) {
    Visitor visitor = visitor(context);
    return new PageChrome(
        title,
        visitor.csrfToken(),
        visitor.email(),
        context.path(),
        theme(context),
        List.of(),
        List.of());
  }

  /** Renders {@code template} ({@code home.jte}) with {@code params} as this request's answer. */
  void render(Context context, String template, Map<String, Object> params) {
    context.contentType(HTML).result(html(template, params));
  }

  /** Renders {@code template} with the page chrome as its {@code page} parameter. */
  void render(Context context, String template, PageChrome page, Map<String, Object> params) {
    Map<String, Object> all = new LinkedHashMap<>(params);
    all.put("page", page);
    render(context, template, all);
  }

  String html(String template, Map<String, Object> params) {
    return Templates.render(template, params);
  }

  /** The HTML error page for a problem met on a page; a 404 reads as a site's 404 does. */
  public void problem(Context context, Problem problem) {
    context.status(problem.status());
    boolean notFound = problem.status() == 404;
    render(
        context,
        "error.jte",
        chrome(context, notFound ? "Page not found" : problem.title()),
        Map.of(
            "detail",
            notFound ? notFoundDetail(context.path(), problem.detail()) : problem.detail(),
            "errors",
            problem.errors(),
            "notFound",
            notFound));
  }

  /** A page's own reason (a session that is gone) stays; an unknown address reads plainly. */
  private static String notFoundDetail(String path, String detail) {
    if (path.startsWith("/techniques/")) {
      return "Limber has no technique at this address. The list of techniques has every one.";
    }
    return detail.startsWith("no resource") || detail.startsWith("no technique")
        ? "This page does not exist. The address may be mistyped, or the page may have moved."
        : capitalised(detail) + ".";
  }

  private static String capitalised(String text) {
    return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
  }

  /** The theme cookie's value, {@code auto} when unset or unknown. */
  static String theme(Context context) {
    String theme = context.cookie(THEME_COOKIE);
    return theme != null && THEMES.contains(theme) ? theme : "auto";
  }

  /** Keeps the chosen theme for a year and goes back to the page it was chosen on. */
  void chooseTheme(Context context) {
    posted(context);
    String theme = context.formParam("theme");
    if (theme == null || !THEMES.contains(theme)) {
      throw Problem.invalidFields(List.of(new FieldError("theme", "must be auto, light or dark")))
          .exception();
    }
    StringBuilder cookie = new StringBuilder(THEME_COOKIE + "=" + theme);
    cookie.append("; Path=/; Max-Age=31536000; SameSite=Lax");
    if (clientAddress.isHttps(context)) {
      cookie.append("; Secure");
    }
    context.res().addHeader("Set-Cookie", cookie.toString());
    context.redirect(localPath(context.formParam("back")), HttpStatus.SEE_OTHER);
  }

  /** {@code wanted} when it is a path on this site, else the home page (no open redirects). */
  static String localPath(String wanted) {
    if (wanted == null
        || !wanted.startsWith("/")
        || wanted.startsWith("//")
        || wanted.startsWith("/\\")
        || wanted.chars().anyMatch(c -> c < 0x21 || c == 0x7f)) {
      return "/";
    }
    return wanted;
  }

  private Visitor anonymous(Context context) {
    String token = context.cookie(FORM_COOKIE);
    if (token == null || token.length() < 32) {
      token = Secrets.generate();
      StringBuilder cookie = new StringBuilder(FORM_COOKIE + "=" + token);
      cookie.append("; Path=/; HttpOnly; SameSite=Strict");
      if (clientAddress.isHttps(context)) {
        cookie.append("; Secure");
      }
      context.res().addHeader("Set-Cookie", cookie.toString());
    }
    return new Visitor(Optional.empty(), Optional.empty(), token);
  }

  private static boolean isForm(Context context) {
    String type = context.contentType();
    return type != null
        && (type.startsWith("application/x-www-form-urlencoded")
            || type.startsWith("multipart/form-data"));
  }

  /** Thrown after a redirect has been set, to end the handler. */
  static final class Redirected extends RuntimeException {
    Redirected() {
      super(null, null, false, false);
    }
  }
}

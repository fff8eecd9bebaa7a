package dev.limber.web.http;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.BiConsumer;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * The headers every answer carries, Limber's own and Jetty's alike: no framing, no sniffing, no
 * referrer, no storing of anything but the web app's assets and the pages that show nothing private
 * ({@link #showsNothingPrivate}), and HSTS when the request came over HTTPS.
 */
final class SecurityHeaders {
  static final String CONTENT_SECURITY_POLICY =
      "default-src 'self'; frame-ancestors 'none'; base-uri 'none'; object-src 'none';"
          + " form-action 'self'";

  /** A year, as browsers' preload lists ask; sent only over HTTPS (RFC 6797 section 7.2). */
  static final String STRICT_TRANSPORT_SECURITY = "max-age=31536000";

  private static final Predicate<String> SHOWS_NOTHING_PRIVATE =
      Pattern.compile("/|/techniques(/[a-z0-9-]+)?|/check").asMatchPredicate();

  /**
   * Whether a request reads a page that shows nothing private (home, the techniques, the questions'
   * empty start): such a page may stay in the back/forward cache, revalidated on each visit.
   */
  static boolean showsNothingPrivate(String method, String path) {
    return ("GET".equals(method) || "HEAD".equals(method))
        && path != null
        && SHOWS_NOTHING_PRIVATE.test(path);
  }

  private SecurityHeaders() {}

  /** Every header for an answer to {@code path}; {@code https} adds HSTS. */
  static Map<String, String> of(String path, boolean https) {
    Map<String, String> headers = new LinkedHashMap<>();
    headers.put("Content-Security-Policy", CONTENT_SECURITY_POLICY);
    headers.put("X-Content-Type-Options", "nosniff");
    headers.put("Referrer-Policy", "no-referrer");
    headers.put("X-Frame-Options", "DENY");
    if (path == null || !path.startsWith("/assets/")) {
      headers.put("Cache-Control", "no-store");
    }
    if (https) {
      headers.put("Strict-Transport-Security", STRICT_TRANSPORT_SECURITY);
    }
    return headers;
  }

  static void apply(String path, boolean https, BiConsumer<String, String> header) {
    of(path, https).forEach(header);
  }
}

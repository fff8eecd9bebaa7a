package dev.limber.web.http;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.BiConsumer;

/**
 * The headers every answer carries, Limber's own and Jetty's alike: no framing, no sniffing, no
 * referrer, no caching of anything but the web app's assets, and HSTS when the request came over
 * HTTPS.
 */
final class SecurityHeaders {
  static final String CONTENT_SECURITY_POLICY =
      "default-src 'self'; frame-ancestors 'none'; base-uri 'none'; object-src 'none';"
          + " form-action 'self'";

  /** A year, as browsers' preload lists ask; sent only over HTTPS (RFC 6797 section 7.2). */
  static final String STRICT_TRANSPORT_SECURITY = "max-age=31536000";

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

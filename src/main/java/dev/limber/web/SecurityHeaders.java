package dev.limber.web;

import io.javalin.http.Context;

/**
 * The headers every answer carries: no framing, no sniffing, no referrer, no caching of the API.
 */
final class SecurityHeaders {
  static final String CONTENT_SECURITY_POLICY =
      "default-src 'self'; frame-ancestors 'none'; base-uri 'none'; object-src 'none';"
          + " form-action 'self'";

  private SecurityHeaders() {}

  static void apply(Context context) {
    context.header("Content-Security-Policy", CONTENT_SECURITY_POLICY);
    context.header("X-Content-Type-Options", "nosniff");
    context.header("Referrer-Policy", "no-referrer");
    context.header("X-Frame-Options", "DENY");
    if (context.path().startsWith("/api/")) {
      context.header("Cache-Control", "no-store");
    }
  }
}

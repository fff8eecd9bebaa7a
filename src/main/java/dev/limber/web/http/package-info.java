/**
 * HTTP plumbing under the API and the pages: Jetty's set-up, problem mapping, security headers,
 * assets, JSON bodies, authentication, client addresses, limits, idempotency and management.
 * Depends on the core, {@code app} and Javalin/Jetty; never on {@code api} or {@code pages}.
 */
package dev.limber.web.http;

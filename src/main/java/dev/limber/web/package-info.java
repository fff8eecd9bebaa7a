/**
 * The HTTP API: routes, JSON bodies, accounts, sessions and security headers, on Javalin. Adapter:
 * depends on the core; never on another adapter.
 */
package dev.limber.web;

/**
 * The application services every face calls — command line, HTTP API, web app, handouts, calendars:
 * screening with the journal's fill and pain flags, planning, sessions, journal views, and accounts
 * ({@link dev.limber.app.AccountService}, the one place account rules live). Imports only the JDK
 * and the core, so each face parses, calls one service, and writes the answer.
 */
package dev.limber.app;

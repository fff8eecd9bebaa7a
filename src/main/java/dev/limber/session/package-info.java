/**
 * A session: the timeline a routine expands to, and the player state machine that walks it on a
 * {@link java.time.Clock} and produces the session record. Core: JDK and core only.
 */
package dev.limber.session;

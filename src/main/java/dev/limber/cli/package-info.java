/**
 * The command line: argument parsing, the {@code limber} commands, and the terminal player.
 * Adapter: depends on the core; never on another adapter.
 */
package dev.limber.cli;

/**
 * The web face: {@link dev.limber.web.WebServer} builds the server from {@code http}, {@code api}
 * and {@code pages} and starts and stops it; {@link dev.limber.web.WebServices} is what it serves.
 * Adapter: depends on the core, the application services and its three sub-packages.
 */
package dev.limber.web;

/**
 * The web app's HTML pages and plain forms, one class per page family, rendered with the shared
 * templates of {@code render.html}. Depends on {@code http}, {@code app}, the core and {@code
 * render.html}; never on {@code api}.
 */
package dev.limber.web.pages;

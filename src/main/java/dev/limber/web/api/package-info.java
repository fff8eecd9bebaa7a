/**
 * The JSON API under {@code /api}: one routes class per area, each parse → one service → write, and
 * the OpenAPI document beside them. Depends on {@code http}, {@code app}, the core and (for the
 * reminder week) {@code render.html}; never on {@code pages}.
 */
package dev.limber.web.api;

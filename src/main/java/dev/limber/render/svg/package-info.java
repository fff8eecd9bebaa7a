/**
 * SVG illustrations of the catalog's poses: projection of the posed figure and props, depth order,
 * stills per step and side, and animations. Adapter: depends on the JDK and the core catalog only.
 */
package dev.limber.render.svg;

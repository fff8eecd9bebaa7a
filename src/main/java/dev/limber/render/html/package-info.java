/**
 * The HTML every face that speaks HTML renders: the web app's pages and the printed handouts come
 * from the same compiled JTE templates (src/main/jte), so their wording exists once. Adapter:
 * depends on app and the core; the web adapter renders its pages through {@link Templates}.
 */
package dev.limber.render.html;

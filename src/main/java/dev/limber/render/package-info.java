/**
 * Renderings for people away from the terminal: SVG illustrations, PDF handouts and iCalendar
 * reminders. Adapter: depends on the core; never on another adapter.
 */
package dev.limber.render;

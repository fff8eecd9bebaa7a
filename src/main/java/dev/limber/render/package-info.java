/**
 * Renderings for people away from the terminal: shared HTML templates, SVG illustrations, PDF
 * handouts and iCalendar reminders. Adapter: depends on app and the core; within render, pdf lays
 * out html's templates; never on the store, web or cli adapters.
 */
package dev.limber.render;

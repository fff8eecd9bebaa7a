/**
 * Desk-break calendars as RFC 5545 iCalendar text, built with ical4j: one weekly event per break
 * with its time zone and a display alarm. Adapter: depends on app and the core; ical4j lives only
 * here.
 */
package dev.limber.render.ical;

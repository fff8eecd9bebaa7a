package dev.limber.app;

/** Writes a desk-break feed as calendar text (the port an iCalendar renderer implements). */
public interface CalendarWriter {
  /** The feed as RFC 5545 text. */
  String write(CalendarFeed feed);
}

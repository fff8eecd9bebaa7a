package dev.limber.app;

import dev.limber.journal.ReminderSettings;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;

/**
 * A desk-break calendar as a writer needs it: one recurring event per slot of the settings from
 * {@code since}, each titled {@code summary} and described by {@code description} (today's routine,
 * or the advice to see a professional), with a display alarm at its start.
 *
 * @param uidBase what makes each event's UID stable and unique: the slot's time is added to it
 * @param sequence the RFC 5545 SEQUENCE, raised whenever the settings change
 * @param stamp the DTSTAMP: when this feed was made
 * @param link the web app's address of today's plan, when there is one
 */
public record CalendarFeed(
    ReminderSettings settings,
    LocalDate since,
    String summary,
    String description,
    String uidBase,
    int sequence,
    Instant stamp,
    Optional<String> link) {
  public CalendarFeed {
    if (settings == null || since == null || summary == null || description == null) {
      throw new IllegalArgumentException("settings, since, summary and description are required");
    }
    if (uidBase == null || uidBase.isBlank() || sequence < 0 || stamp == null) {
      throw new IllegalArgumentException("a feed needs a uid base, a sequence >= 0 and a stamp");
    }
  }
}

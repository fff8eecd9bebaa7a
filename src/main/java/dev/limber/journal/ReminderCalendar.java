package dev.limber.journal;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A person's desk-break calendar: the settings, the secret of its private subscription address, the
 * sequence number that rises with every change of the settings (RFC 5545 SEQUENCE), the day its
 * events start from, and when it last changed.
 */
public record ReminderCalendar(
    ReminderSettings settings, String secret, int sequence, LocalDate since, Instant updated) {
  public ReminderCalendar {
    if (settings == null || since == null || updated == null) {
      throw new IllegalArgumentException("settings, since and updated are required");
    }
    if (secret == null || secret.length() < 32) {
      throw new IllegalArgumentException("the secret must be at least 32 characters");
    }
    if (sequence < 0) {
      throw new IllegalArgumentException("sequence < 0: " + sequence);
    }
  }
}

package dev.limber.journal;

import dev.limber.json.JsonValue;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A professional review the person recorded (spec/screening.md §2.1): a physiotherapist, doctor or
 * other professional saw them on {@code date} and advised exercise. It closes the pain flags opened
 * before it was recorded and, for the review window from its date, lets the screening answer {@code
 * professionalReview = EXERCISE_ADVISED}. {@code recordedAt} is when it was written down.
 */
public record Review(LocalDate date, Reviewer by, String note, Instant recordedAt)
    implements JsonValue {
  public static final int MAX_NOTE_LENGTH = CheckIn.MAX_NOTE_LENGTH;
  public static final LocalDate EARLIEST = LocalDate.of(1900, 1, 1);

  public Review {
    if (date == null || by == null || recordedAt == null) {
      throw new IllegalArgumentException("date, by and recordedAt are required");
    }
    if (date.isBefore(EARLIEST)) {
      throw new IllegalArgumentException("date before " + EARLIEST + ": " + date);
    }
    recordedAt = recordedAt.truncatedTo(ChronoUnit.MICROS);
    if (note != null && note.isBlank()) {
      note = null;
    }
    if (note != null && note.length() > MAX_NOTE_LENGTH) {
      throw new IllegalArgumentException(
          "note longer than " + MAX_NOTE_LENGTH + " characters: " + note.length());
    }
  }

  @Override
  public Object toJson() {
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("date", date.toString());
    json.put("by", by);
    json.put("note", note);
    json.put("recordedAt", recordedAt.toString());
    return json;
  }
}

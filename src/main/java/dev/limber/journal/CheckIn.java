package dev.limber.journal;

import dev.limber.json.JsonValue;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A check-in: at a moment, the pain score (0–10), whether the person cracked their back outside a
 * guided session, and an optional note. {@code at} is kept to the microsecond, as every store can.
 */
public record CheckIn(Instant at, int pain, boolean cracked, String note) implements JsonValue {
  public static final int MAX_NOTE_LENGTH = 1000;

  public CheckIn {
    if (at == null) {
      throw new IllegalArgumentException("at is required");
    }
    at = at.truncatedTo(ChronoUnit.MICROS);
    if (pain < 0 || pain > 10) {
      throw new IllegalArgumentException("pain outside 0–10: " + pain);
    }
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
    json.put("at", at.toString());
    json.put("pain", pain);
    json.put("cracked", cracked);
    json.put("note", note);
    return json;
  }
}

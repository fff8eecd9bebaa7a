package dev.limber.app;

import dev.limber.journal.CheckIn;
import dev.limber.journal.PainFlag;
import dev.limber.journal.Review;
import dev.limber.journal.ScreeningRecord;
import dev.limber.json.Json;
import dev.limber.json.JsonValue;
import dev.limber.session.SessionRecord;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The journal's last {@code days} days, today included, as {@code limber history} and {@code GET
 * /api/journal} both show it: from the start of the first day on, each list oldest first, with the
 * reviews recorded and the pain flags still open (whenever they opened).
 */
public record HistoryView(
    int days,
    Instant from,
    List<CheckIn> checkIns,
    List<SessionRecord> sessions,
    List<ScreeningRecord> screenings,
    List<Review> reviews,
    List<PainFlag> openFlags)
    implements JsonValue {
  public static final int DEFAULT_DAYS = 30;
  public static final int MAX_DAYS = 3650;

  /**
   * The number of days a request asks for, as text ({@code ?days=N} on the API and the pages; null:
   * {@link #DEFAULT_DAYS}); the range is checked where the history is read.
   */
  public static int days(String text) {
    if (text == null) {
      return DEFAULT_DAYS;
    }
    try {
      return Integer.parseInt(text.trim());
    } catch (NumberFormatException e) {
      throw InvalidInput.of(
          "days", "must be a whole number from 1 to " + MAX_DAYS + ", found " + Json.quote(text));
    }
  }

  public HistoryView {
    checkIns = List.copyOf(checkIns);
    sessions = List.copyOf(sessions);
    screenings = List.copyOf(screenings);
    reviews = List.copyOf(reviews);
    openFlags = List.copyOf(openFlags);
  }

  public boolean isEmpty() {
    return checkIns.isEmpty() && sessions.isEmpty() && screenings.isEmpty() && reviews.isEmpty();
  }

  @Override
  public Object toJson() {
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("days", days);
    json.put("from", from.toString());
    json.put("checkIns", checkIns);
    json.put("sessions", sessions);
    json.put("screenings", screenings);
    json.put("reviews", reviews);
    json.put("painFlags", openFlags);
    return json;
  }
}

package dev.limber.render.html;

import dev.limber.app.HistoryView;
import dev.limber.journal.CheckIn;
import dev.limber.journal.Review;
import dev.limber.journal.ScreeningRecord;
import dev.limber.session.SessionRecord;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * One entry of the journal's history as the journal page lists it: when, what kind of entry, and
 * its details in plain words.
 *
 * @param at when it happened (a review: when it was recorded)
 * @param when {@code at} as a person reads it, in the journal's time zone
 * @param kind check-in, session, screening or review
 * @param details what it held, in plain words
 */
public record HistoryLine(Instant at, String when, String kind, String details) {
  private static final DateTimeFormatter WHEN =
      DateTimeFormatter.ofPattern("EEE d MMM yyyy, HH:mm", Locale.ENGLISH);

  /**
   * Every entry of {@code history}, newest first; {@code names} gives technique ids their names.
   */
  public static List<HistoryLine> of(HistoryView history, ZoneId zone, Map<String, String> names) {
    List<HistoryLine> lines = new ArrayList<>();
    for (CheckIn checkIn : history.checkIns()) {
      lines.add(
          line(
              checkIn.at(),
              zone,
              "Check-in",
              "Pain "
                  + checkIn.pain()
                  + " of 10"
                  + (checkIn.cracked() ? "; cracked the back" : "")
                  + (checkIn.note() == null ? "" : ". Note: " + checkIn.note())));
    }
    for (SessionRecord session : history.sessions()) {
      lines.add(line(session.started(), zone, "Session", describe(session, names)));
    }
    for (ScreeningRecord screening : history.screenings()) {
      lines.add(line(screening.at(), zone, "Screening", JournalWords.verdict(screening.verdict())));
    }
    for (Review review : history.reviews()) {
      lines.add(
          line(
              review.recordedAt(),
              zone,
              "Review",
              JournalWords.reviewer(review.by())
                  + " seen on "
                  + JournalWords.date(review.date())
                  + ", exercise advised"
                  + (review.note() == null ? "" : ". Note: " + review.note())));
    }
    lines.sort(Comparator.comparing(HistoryLine::at).reversed());
    return lines;
  }

  private static HistoryLine line(Instant at, ZoneId zone, String kind, String details) {
    return new HistoryLine(at, WHEN.format(at.atZone(zone)), kind, details);
  }

  private static String describe(SessionRecord session, Map<String, String> names) {
    long seconds = session.duration().getSeconds();
    StringBuilder text = new StringBuilder();
    if (seconds >= 60) {
      text.append(seconds / 60).append(" min");
    }
    if (seconds % 60 != 0 || seconds == 0) {
      text.append(seconds >= 60 ? " " : "").append(seconds % 60).append(" s");
    }
    String techniques =
        session.techniquesReached().stream()
            .map(id -> names.getOrDefault(id, id))
            .collect(Collectors.joining(", "));
    if (!techniques.isEmpty()) {
      text.append(": ").append(techniques);
    }
    if (session.painBefore() != null || session.painAfter() != null) {
      text.append(". Pain ")
          .append(session.painBefore() == null ? "not given" : session.painBefore())
          .append(" before, ")
          .append(session.painAfter() == null ? "not given" : session.painAfter())
          .append(" after");
    }
    text.append(". ").append(JournalWords.ending(session.ending()));
    if (session.painStop() != null) {
      text.append(" (pain ").append(session.painStop().painScore()).append(")");
    }
    if (session.pops() > 0) {
      text.append("; ").append(session.pops()).append(session.pops() == 1 ? " crack" : " cracks");
    }
    return text.append('.').toString();
  }
}

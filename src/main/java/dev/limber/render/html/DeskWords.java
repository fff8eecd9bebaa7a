package dev.limber.render.html;

import dev.limber.program.AlertKind;
import dev.limber.program.Caseload;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import java.util.Optional;

/** Plain words for the clinician's desk: alert kinds, times, days since, and the sort links. */
public final class DeskWords {
  private static final DateTimeFormatter WHEN =
      DateTimeFormatter.ofPattern("EEE d MMM, HH:mm", Locale.ENGLISH);

  private DeskWords() {}

  /** The kind of an alert as a short label: "Stopped for pain". */
  public static String kind(AlertKind kind) {
    return switch (kind) {
      case STOPPED_FOR_PAIN -> "Stopped for pain";
      case PAIN_NOTED -> "Mild stop";
      case PAIN_NOT_SETTLED -> "Pain not settled";
      case WORSENING -> "Pain rising in a session";
      case NEW_SYMPTOM -> "New symptom";
      case HIGH_PAIN -> "High pain";
      case NO_SESSION -> "No session";
    };
  }

  /** An instant as a day and time in {@code zone}: "Mon 7 Dec, 08:30". */
  public static String when(Instant at, ZoneId zone) {
    return WHEN.format(at.atZone(zone));
  }

  /** How long ago a day was: "today", "yesterday", "8 days ago"; "never" when empty. */
  public static String daysAgo(Optional<Instant> at, Instant now, ZoneId zone) {
    if (at.isEmpty()) {
      return "never";
    }
    long days =
        ChronoUnit.DAYS.between(
            LocalDate.ofInstant(at.get(), zone), LocalDate.ofInstant(now, zone));
    if (days <= 0) {
      return "today";
    }
    return days == 1 ? "yesterday" : days + " days ago";
  }

  /** What the list is sorted by, after "sorted by": "highest pain". */
  public static String order(Caseload.Order order) {
    return switch (order) {
      case NAME -> "address, A to Z";
      case LAST_SESSION -> "longest without a session";
      case PAIN -> "highest pain";
      case ATTENTION -> "most to look at";
    };
  }

  /** The desk's address sorted by {@code order}, keeping the filter. */
  public static String sortLink(Caseload.Order order, boolean attentionOnly) {
    return "/clinician?sort="
        + order.word()
        + (attentionOnly ? "&filter=attention" : "")
        + "#people-heading";
  }

  /** The desk's address filtered or not, keeping the order. */
  public static String filterLink(Caseload.Order order, boolean attentionOnly) {
    return "/clinician?sort=" + order.word() + (attentionOnly ? "&filter=attention" : "");
  }

  /** The {@code aria-sort} of a column: its direction when the list is sorted by it, else none. */
  public static String ariaSort(Caseload caseload, Caseload.Order column) {
    if (caseload.order() != column) {
      return "none";
    }
    return column.ascending() ? "ascending" : "descending";
  }
}

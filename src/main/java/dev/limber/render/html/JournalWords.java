package dev.limber.render.html;

import dev.limber.catalog.SourceTitles;
import dev.limber.journal.Reviewer;
import dev.limber.screening.SafetyWords;
import dev.limber.screening.Verdict;
import dev.limber.session.Ending;
import java.time.Duration;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

/** Plain words for the journal's codes on a page: verdicts, reviewers, endings, dates, sources. */
public final class JournalWords {
  private static final DateTimeFormatter DATE =
      DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH);
  private static SourceTitles titles;

  private JournalWords() {}

  /** The verdict's one name, from the word table, as every face shows it. */
  public static String verdict(Verdict verdict) {
    return SafetyWords.bundled().name(verdict);
  }

  public static String reviewer(Reviewer by) {
    return switch (by) {
      case PHYSIOTHERAPIST -> "Physiotherapist";
      case DOCTOR -> "Doctor";
      case OTHER -> "Another professional";
    };
  }

  public static String ending(Ending ending) {
    return switch (ending) {
      case FINISHED -> "Finished";
      case STOPPED_FOR_PAIN -> "Stopped because it hurt";
      case QUIT -> "Stopped early";
      case ENDED_FOR_SYMPTOMS -> "Ended for a new symptom";
    };
  }

  public static String date(LocalDate date) {
    return DATE.format(date);
  }

  /** A source as a person reads it: the title of a seed article rather than its file name. */
  public static synchronized String source(String document) {
    if (titles == null) {
      titles = SourceTitles.bundled();
    }
    return titles.title(document);
  }

  public static synchronized List<String> sources(List<String> documents) {
    if (titles == null) {
      titles = SourceTitles.bundled();
    }
    return titles.strongestFirst(documents);
  }

  /** A wait as a person reads it: {@code 40 seconds}, {@code 1 minute}, {@code 15 minutes}. */
  public static String wait(Duration duration) {
    long seconds = Math.max(1, duration.toSeconds());
    if (seconds < 60) {
      return seconds == 1 ? "1 second" : seconds + " seconds";
    }
    long minutes = (seconds + 59) / 60;
    if (minutes < 120) {
      return minutes == 1 ? "1 minute" : minutes + " minutes";
    }
    long hours = (minutes + 59) / 60;
    return hours + " hours";
  }
}

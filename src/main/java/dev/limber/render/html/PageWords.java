package dev.limber.render.html;

import dev.limber.catalog.Source;
import dev.limber.catalog.SourceTitles;
import dev.limber.catalog.Tag;
import dev.limber.planning.RoutineStep;
import dev.limber.screening.SafetyWords;
import dev.limber.screening.Urgency;
import dev.limber.screening.Verdict;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The plain words pages and handouts show for the engine's codes: verdicts, doses, durations, and
 * sources by their readable titles (catalog/sources.json), never by file name.
 */
public final class PageWords {
  private static final SourceTitles TITLES = SourceTitles.bundled();
  private static final SafetyWords WORDS = SafetyWords.bundled();

  private PageWords() {}

  /** The verdict's one name, from the word table: "Stretches only". */
  public static String verdictName(Verdict verdict) {
    return WORDS.name(verdict);
  }

  /** What the verdict means for today; for URGENT the urgency's wording, emergency first. */
  public static String headline(Verdict verdict, Optional<Urgency> urgency) {
    return WORDS.headline(verdict, urgency);
  }

  /** A sentence about safety from the word table. */
  public static String sentence(SafetyWords.Sentence sentence) {
    return WORDS.sentence(sentence);
  }

  /** A label from the word table, without its colon: "In an emergency". */
  public static String label(SafetyWords.Label label) {
    return WORDS.label(label);
  }

  /** The notice style of a verdict: {@code ok}, {@code warn} or {@code stop}. */
  public static String tone(Verdict verdict) {
    return switch (verdict) {
      case CLEAR -> "ok";
      case STRETCH_ONLY -> "warn";
      case SEE_PROFESSIONAL, URGENT -> "stop";
    };
  }

  /** A source document by its readable title. */
  public static String source(String document) {
    return TITLES.title(document);
  }

  /** Sources joined for one line of prose, by title, strongest first. */
  public static String sources(List<String> documents) {
    return String.join("; ", TITLES.strongestFirst(documents));
  }

  /** A technique's sources in the order {@link #sources} names them: guideline before article. */
  public static List<Source> strongestFirst(List<Source> sources) {
    List<String> order = TITLES.strongestFirst(sources.stream().map(Source::document).toList());
    return sources.stream()
        .sorted(
            java.util.Comparator.comparingInt(source -> order.indexOf(source(source.document()))))
        .toList();
  }

  public static String modality(Tag modality) {
    return switch (modality) {
      case SELF_CRACK -> "self-crack";
      case SELF_MASSAGE -> "self-massage";
      default -> "stretch";
    };
  }

  /** A step's dose: {@code 20 s × 3 each side}. */
  public static String dose(RoutineStep step) {
    String each = step.sides() == 2 ? " each side" : "";
    return switch (step.kind()) {
      case HOLD -> step.holdSeconds() + " s hold × " + step.reps() + each;
      case REPETITIONS -> step.reps() + " slow repetitions" + each;
      case CONTINUOUS -> step.holdSeconds() + " s" + each;
      case CRACK_ATTEMPT -> "one slow attempt, " + step.holdSeconds() + " s";
    };
  }

  /** {@code 95} → {@code 1:35}. */
  public static String clock(long seconds) {
    return seconds / 60 + ":" + String.format(Locale.ROOT, "%02d", seconds % 60);
  }

  /**
   * A technique's mean change in pain in words: {@code -1.0} over 10 sessions → {@code pain 1.0
   * points lower after the session, on average over 10 sessions}.
   */
  public static String painChange(java.math.BigDecimal change, int sessions) {
    String over = ", on average over " + sessions + (sessions == 1 ? " session" : " sessions");
    if (change.signum() == 0) {
      return "no change in pain" + over;
    }
    String points = change.abs().toPlainString();
    return "pain "
        + points
        + (change.abs().compareTo(java.math.BigDecimal.ONE) == 0 ? " point " : " points ")
        + (change.signum() < 0 ? "lower" : "higher")
        + " after the session"
        + over;
  }

  /** {@code 95} → {@code 1 min 35 s}, for reading aloud. */
  public static String duration(long seconds) {
    long minutes = seconds / 60;
    long rest = seconds % 60;
    return (minutes > 0 ? minutes + " min" + (rest > 0 ? " " : "") : "")
        + (rest > 0 || minutes == 0 ? rest + " s" : "");
  }

  /** {@code FOAM_ROLLER} → {@code foam roller}. */
  public static String words(Enum<?> code) {
    return code.name().toLowerCase(Locale.ROOT).replace('_', ' ');
  }
}

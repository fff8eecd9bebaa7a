package dev.limber.cli;

import dev.limber.catalog.Technique;
import dev.limber.json.FieldError;
import dev.limber.screening.InvalidAnswers;
import dev.limber.screening.Reason;
import dev.limber.screening.SafetyWords;
import dev.limber.screening.ScreeningResult;
import dev.limber.screening.Verdict;
import java.io.PrintStream;

/** Screening results and rejections as people read them in a terminal. */
final class VerdictReport {
  private static final SafetyWords WORDS = SafetyWords.bundled();

  private VerdictReport() {}

  static void print(ScreeningResult result, PrintStream out) {
    out.println(WORDS.verdictLine(result.verdict(), result.urgency()));
    out.println();
    if (result.reasons().isEmpty()) {
      out.println("Why: " + WORDS.sentence(SafetyWords.Sentence.noReasons));
    } else {
      out.println("Why:");
      // Rev. 3 §6: no rule ids in people's words (--json keeps them).
      for (Reason reason : result.reasons()) {
        out.println("  - " + reason.message());
        out.println("    Sources: " + Words.sources(reason.sources()));
      }
    }
    out.println();
    if (result.techniques().isEmpty()) {
      out.println("Techniques for today: none.");
    } else {
      out.println("Techniques for today (stretches first, any self-crack last):");
      int number = 1;
      for (Technique technique : result.techniques()) {
        out.printf(
            "  %2d. %s (%s), %s%n",
            number++, technique.name(), technique.id(), Words.modality(technique.modality()));
      }
      out.println("  Details of each: limber technique ID");
    }
    out.println();
    out.println("Advice:");
    result.advisories().forEach(advice -> out.println("  - " + advice));
    out.println();
    out.println(WORDS.emergencyLine(result.emergencyNotice()));
  }

  /** The errors, under the name of the command that was typed ({@code limber go: ...}). */
  static void printRejection(InvalidAnswers rejection, Io io) {
    PrintStream err = io.wrappedErr();
    int count = rejection.errors().size();
    err.println(
        io.command()
            + ": the answers were rejected ("
            + count
            + (count == 1 ? " problem" : " problems")
            + "); nothing was screened:");
    for (FieldError error : rejection.errors()) {
      err.println("  " + error.field() + ": " + error.message());
    }
    err.println(WORDS.emergencyLine(rejection.emergencyNotice()));
  }

  /** The verdict in words; for URGENT, the urgency's wording, the emergency one winning (§6). */
  static String headline(ScreeningResult result) {
    return WORDS.headline(result.verdict(), result.urgency());
  }

  /** The verdict's name and what it means, for the rule book's listing. */
  static String meaning(Verdict verdict) {
    return WORDS.name(verdict) + ". " + WORDS.headline(verdict, java.util.Optional.empty());
  }
}

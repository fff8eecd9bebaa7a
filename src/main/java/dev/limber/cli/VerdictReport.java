package dev.limber.cli;

import dev.limber.catalog.Technique;
import dev.limber.json.FieldError;
import dev.limber.screening.EmergencyNotice;
import dev.limber.screening.InvalidAnswers;
import dev.limber.screening.Reason;
import dev.limber.screening.ScreeningResult;
import dev.limber.screening.Urgency;
import dev.limber.screening.Verdict;
import java.io.PrintStream;

/** Screening results and rejections as people read them in a terminal. */
final class VerdictReport {
  private VerdictReport() {}

  static void print(ScreeningResult result, PrintStream out) {
    out.println("Verdict: " + result.verdict() + " — " + headline(result));
    out.println();
    if (result.reasons().isEmpty()) {
      out.println("Why: none of the screening rules applies to your answers.");
    } else {
      out.println("Why:");
      int width = result.reasons().stream().mapToInt(r -> r.rule().length()).max().orElse(0);
      for (Reason reason : result.reasons()) {
        out.printf("  %-" + width + "s  %s%n", reason.rule(), reason.message());
        out.printf("  %-" + width + "s  Sources: %s%n", "", Words.sources(reason.sources()));
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
    out.println("In an emergency: " + result.emergencyNotice());
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
    err.println("In an emergency: " + rejection.emergencyNotice());
  }

  /** The verdict in words; for URGENT, the urgency's wording, the emergency one winning (§6). */
  static String headline(ScreeningResult result) {
    return result
        .urgency()
        .map(
            urgency ->
                urgency == Urgency.EMERGENCY
                    ? "call emergency services on " + EmergencyNotice.number() + " now."
                    : "get medical help today.")
        .orElseGet(() -> meaning(result.verdict()));
  }

  static String meaning(Verdict verdict) {
    return switch (verdict) {
      case CLEAR -> "self-care is fine; a gentle self-crack is allowed after a warm-up.";
      case STRETCH_ONLY -> "no self-cracking today; gentle stretches are fine.";
      case SEE_PROFESSIONAL -> "no session today; book a physiotherapist or doctor.";
      case URGENT -> "get medical help today.";
    };
  }
}

package dev.limber.cli;

import dev.limber.catalog.Guidance;
import dev.limber.planning.LeftOut;
import dev.limber.planning.Plan;
import dev.limber.planning.Routine;
import dev.limber.planning.RoutineStep;
import dev.limber.screening.EmergencyNotice;
import dev.limber.screening.NewSymptom;
import dev.limber.screening.Reason;
import dev.limber.screening.SafetyWords;
import dev.limber.screening.Verdict;
import dev.limber.session.Ending;
import dev.limber.session.SessionAdvice;
import dev.limber.session.SessionRecord;
import java.io.PrintStream;
import java.util.Optional;

/** A plan and a finished session in plain words for the terminal. */
final class PlanReport {
  private PlanReport() {}

  static void print(Plan plan, PrintStream out) {
    SafetyWords words = SafetyWords.bundled();
    out.println(words.verdictLine(plan.verdict(), plan.urgency()));
    for (Reason reason : plan.reasons()) {
      out.println("  - " + reason.message());
    }
    if (plan.routine() == null) {
      out.println();
      out.println(
          plan.verdict().allowsSession()
              ? "No routine today: nothing suits your answers, place, equipment and time."
              : "No routine today.");
      plan.advisories().forEach(advice -> out.println("  - " + advice));
      if (plan.verdict() == Verdict.URGENT && plan.emergencyNotice() != null) {
        out.println();
        out.println(plan.emergencyNotice());
      }
      printLeftOut(plan, out);
      return;
    }
    Routine routine = plan.routine();
    out.println();
    out.println("Your routine, " + clock(routine.totalSeconds()) + " in all:");
    Table table = new Table("#", "TECHNIQUE", "DOSE", "TIME");
    int number = 1;
    for (RoutineStep step : routine.steps()) {
      table.row(
          Integer.toString(number++), step.technique().name(), dose(step), clock(step.seconds()));
    }
    table.print(out);
    out.println("(a pain check before and after; rests and side switches included)");
    printLeftOut(plan, out);
    out.println();
    out.println("Keep in mind:");
    plan.advisories().forEach(advice -> out.println("  - " + advice));
    for (Guidance guidance : plan.guidance()) {
      out.println("  - " + guidance.text());
    }
  }

  private static void printLeftOut(Plan plan, PrintStream out) {
    if (plan.leftOut().isEmpty()) {
      return;
    }
    out.println();
    out.println("Left out today:");
    for (LeftOut entry : plan.leftOut()) {
      out.println("  " + entry.name() + ": " + entry.detail());
    }
  }

  static String dose(RoutineStep step) {
    String each = step.sides() == 2 ? " each side" : "";
    return switch (step.kind()) {
      case HOLD -> step.holdSeconds() + " s × " + step.reps() + each;
      case REPETITIONS -> step.reps() + " slow reps" + each;
      case CONTINUOUS -> step.holdSeconds() + " s" + each;
      case CRACK_ATTEMPT -> "one slow attempt, " + step.holdSeconds() + " s";
    };
  }

  /** {@code 95} → {@code 1:35}. */
  static String clock(long seconds) {
    return seconds / 60 + ":" + String.format("%02d", seconds % 60);
  }

  /** The one-line summary after a session, then its advice. */
  static void printSummary(SessionRecord record, boolean kept, PrintStream out) {
    printSummary(record, kept, false, out);
  }

  /** As above; {@code escalated} when the player graded the ending stop as not mild. */
  static void printSummary(SessionRecord record, boolean kept, boolean escalated, PrintStream out) {
    out.println(record.summary() + (kept ? " Recorded in your journal." : " Not recorded."));
    for (SessionAdvice advice : record.advice(escalated)) {
      String howToRecord =
          advice.liftedByReview() ? " Once you have been seen, record it with limber review." : "";
      out.println("  ! " + advice.message() + howToRecord);
    }
  }

  /**
   * After a session ended for a new symptom: the number to call first, then the symptom the person
   * confirmed, what to do now and the emergency notice.
   */
  static void printEmergency(SessionRecord record, Optional<NewSymptom> symptom, PrintStream out) {
    if (record.ending() != Ending.ENDED_FOR_SYMPTOMS) {
      return;
    }
    // The number to call leads, on the first line; then the symptom named and what to do now.
    symptom.ifPresent(
        reported -> {
          out.println(reported.callLine());
          out.println(reported.ended() + " " + reported.advice());
        });
    out.println(SafetyWords.bundled().emergencyLine(EmergencyNotice.text()));
    out.println();
  }
}

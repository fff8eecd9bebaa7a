package dev.limber.app;

import dev.limber.catalog.Guidance;
import dev.limber.catalog.Illustrator;
import dev.limber.catalog.Laterality;
import dev.limber.catalog.SourceTitles;
import dev.limber.catalog.Technique;
import dev.limber.planning.Plan;
import dev.limber.planning.Preferences;
import dev.limber.planning.Routine;
import dev.limber.planning.RoutineStep;
import dev.limber.screening.InvalidAnswers;
import dev.limber.screening.RuleBook;
import dev.limber.screening.SafetyWords;
import dev.limber.session.PlannedSession;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Printed handouts for every face: screens and plans through {@link PlanningService} exactly as a
 * plan does, gathers the safety texts from the rule book and the catalog, draws each step through
 * the {@link Illustrator} port and prints through the {@link HandoutPrinter} port. Thread-safe.
 */
public final class HandoutService {
  private final PlanningService planning;
  private final Illustrator illustrator;
  private final HandoutPrinter printer;
  private final SourceTitles titles;
  private final String limberVersion;
  private final Clock clock;

  public HandoutService(
      PlanningService planning,
      Illustrator illustrator,
      HandoutPrinter printer,
      String limberVersion,
      Clock clock) {
    this.planning = planning;
    this.illustrator = illustrator;
    this.printer = printer;
    this.titles = SourceTitles.bundled();
    this.limberVersion = limberVersion;
    this.clock = clock;
  }

  /** The planning service whose plans are printed. */
  public PlanningService planning() {
    return planning;
  }

  /** A document, or the answers that were rejected (then nothing was screened or kept). */
  public record Printed(Optional<byte[]> document, Optional<InvalidAnswers> rejection) {
    public Printed {
      if (document.isPresent() == rejection.isPresent()) {
        throw new IllegalArgumentException("a handout is printed or its answers rejected");
      }
    }
  }

  /**
   * Screens the answers, plans as {@code POST /api/plans} does, and prints the handout; {@code
   * link} is the routine's address in the web app (printed with its QR code), when served.
   */
  public Printed print(
      Person person, Object answers, Preferences preferences, Paper paper, Optional<String> link) {
    PlanningService.PlanOutcome outcome = planning.plan(person, answers, preferences);
    if (outcome.rejection().isPresent()) {
      return new Printed(Optional.empty(), outcome.rejection());
    }
    PlannedSession planned = outcome.planned().orElseThrow();
    return new Printed(Optional.of(print(planned, paper, link)), Optional.empty());
  }

  /** Prints a plan already made through {@link PlanningService} (the command line's path). */
  public byte[] print(PlannedSession planned, Paper paper, Optional<String> link) {
    return printer.print(handout(planned, paper, link));
  }

  /** The handout's content for a plan. */
  public Handout handout(PlannedSession planned, Paper paper, Optional<String> link) {
    Plan plan = planned.plan();
    RuleBook rules = planning.screening().rules();
    SafetyWords words = SafetyWords.bundled();
    List<String> documents = new ArrayList<>();
    List<Handout.Reason> reasons = new ArrayList<>();
    for (dev.limber.screening.Reason reason : plan.reasons()) {
      reasons.add(
          new Handout.Reason(
              reason.rule(), reason.message(), titles.strongestFirst(reason.sources())));
      documents.addAll(reason.sources());
    }
    documents.addAll(words.sources(plan.verdict()));
    documents.addAll(words.sources(SafetyWords.Sentence.whenToGetHelp));
    List<Handout.Step> steps = new ArrayList<>();
    Set<String> stopRules = new LinkedHashSet<>();
    Optional<Routine> routine = plan.findRoutine();
    if (routine.isPresent()) {
      int number = 1;
      for (RoutineStep step : routine.get().steps()) {
        Technique technique = step.technique();
        int last = technique.steps().size();
        steps.add(
            new Handout.Step(
                number++,
                technique.name(),
                dose(step),
                sides(step),
                step.seconds(),
                technique.steps(),
                technique.cues(),
                illustrator.still(technique, last, Optional.empty()),
                "Drawing of the position reached at the end: " + technique.steps().get(last - 1)));
        stopRules.addAll(technique.stopRules());
        technique.sources().forEach(source -> documents.add(source.document()));
      }
    }
    List<String> guidance =
        plan.verdict().allowsSession()
            ? plan.guidance().stream().map(Guidance::text).toList()
            : List.of();
    if (plan.verdict().allowsSession()) {
      plan.guidance()
          .forEach(item -> item.sources().forEach(source -> documents.add(source.document())));
    }
    Set<String> shownAbove = new LinkedHashSet<>();
    if (!plan.verdict().allowsSession()) {
      // A session verdict's advice adds to its headline; the others restate it.
      shownAbove.add(rules.adviceFor(plan.verdict()));
    }
    plan.urgency().map(rules::adviceFor).ifPresent(shownAbove::add);
    LocalDate today = LocalDate.now(clock);
    return new Handout(
        plan.verdict(),
        words.name(plan.verdict()),
        plan.urgency(),
        words.headline(plan.verdict(), plan.urgency()),
        plan.urgency().map(rules::adviceFor),
        reasons,
        steps,
        routine.map(Routine::totalSeconds).orElse(0),
        List.copyOf(stopRules),
        plan.advisories().stream().filter(advice -> !shownAbove.contains(advice)).toList(),
        guidance,
        titles.strongestFirst(documents),
        // Rev. 3 §6: when to get help as conditions, never today's URGENT headline (it printed
        // "Get medical help today … until you have been checked" on a CLEAR routine).
        words.sentence(SafetyWords.Sentence.whenToGetHelp),
        plan.emergencyNotice(),
        today,
        limberVersion,
        planning.catalog().version(),
        paper,
        link,
        Optional.empty());
  }

  /**
   * Prints a clinician's program session (today's, or the clinician's printout from the person's
   * latest screening): the handout of its plan, headed by the program and listing what the
   * screening held back.
   */
  public byte[] print(ProgramDayService.Today session, Paper paper, Optional<String> link) {
    return printer.print(handout(session, paper, link));
  }

  /** The handout's content for a program session. */
  public Handout handout(ProgramDayService.Today session, Paper paper, Optional<String> link) {
    var version = session.mine().program();
    return handout(session.planned(), paper, link)
        .withPrescription(
            new Handout.Prescription(
                version.program().title(),
                version.version(),
                session.mine().clinicianEmail(),
                version.program().frequency().words(),
                version.program().notes(),
                LocalDate.ofInstant(session.screenedAt(), clock.getZone()),
                session.heldBack().stream()
                    .map(held -> new Handout.Held(held.name(), held.reason()))
                    .toList(),
                session.lifted()));
  }

  /** The dose in words: how long each hold or how many repetitions. */
  static String dose(RoutineStep step) {
    return switch (step.kind()) {
      case HOLD ->
          "hold "
              + step.holdSeconds()
              + " s, "
              + step.reps()
              + (step.reps() == 1 ? " time" : " times");
      case REPETITIONS -> step.reps() + " slow repetitions";
      case CONTINUOUS -> step.holdSeconds() + " s of slow, continuous movement";
      case CRACK_ATTEMPT -> "one slow attempt, " + step.holdSeconds() + " s at most";
    };
  }

  static String sides(RoutineStep step) {
    return step.technique().laterality() == Laterality.EACH_SIDE ? "on each side in turn" : "";
  }
}

package dev.limber.program;

import dev.limber.catalog.Catalog;
import dev.limber.catalog.Technique;
import dev.limber.planning.LeftOut;
import dev.limber.planning.Plan;
import dev.limber.planning.Routine;
import dev.limber.planning.RoutineStep;
import dev.limber.planning.SelfCrackRules;
import dev.limber.screening.Exclusion;
import dev.limber.screening.Reason;
import dev.limber.screening.RuleBook;
import dev.limber.screening.Screening;
import dev.limber.screening.ScreeningResult;
import dev.limber.screening.TechniqueDecision;
import dev.limber.screening.Verdict;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * Plans a person's program day under their own screening (rule P1): the program's items in the
 * clinician's order and doses, less every technique the screening excludes or F1 drops, and less
 * every self-crack with no stretch before it in that order (F8), by the planner's own {@link
 * SelfCrackRules}. Stateless and thread-safe.
 */
public final class ProgramDayPlanner {
  /**
   * What a program day with no session tells the person: their clinician is the professional they
   * already see, so they are sent back to them, never to book one (issue 24).
   */
  public static final String NO_SESSION =
      "No session of your program today. Tell your clinician what changed, and show them these"
          + " reasons, before you exercise again.";

  /** Why each item is held back on a day with no session at all, in the same spirit. */
  public static final String NO_SESSION_ITEM =
      "no session of the program today: your clinician needs to hear what changed first";

  private final Catalog catalog;
  private final RuleBook rules;

  public ProgramDayPlanner(Catalog catalog, RuleBook rules) {
    this.catalog = catalog;
    this.rules = rules;
  }

  /** The day's plan from a screening given with rule P1; every item must be in the catalog. */
  public ProgramDay plan(Program program, Screening screening) {
    List<HeldBack> heldBack = new ArrayList<>(heldBack(program, screening));
    Set<String> held = new HashSet<>(heldBack.stream().map(HeldBack::techniqueId).toList());
    List<RoutineStep> steps = new ArrayList<>();
    boolean stretchBefore = false;
    for (ProgramItem item : program.items()) {
      Technique technique =
          catalog
              .find(item.techniqueId())
              .orElseThrow(
                  () ->
                      new IllegalArgumentException(
                          "a program item is not in the catalog: " + item.techniqueId()));
      if (held.contains(item.techniqueId())) {
        continue;
      }
      if (technique.isSelfCrack() && !stretchBefore) {
        heldBack.add(
            new HeldBack(
                technique.id(), technique.name(), "warm-up", LeftOut.REASONS.get("warm-up")));
        continue;
      }
      stretchBefore |= SelfCrackRules.warmsUp(technique);
      steps.add(new RoutineStep(technique, item.holdSeconds(), item.reps(), item.sides()));
    }
    ScreeningResult result = screening.result();
    Routine routine =
        result.verdict().allowsSession() && !steps.isEmpty() ? new Routine(steps) : null;
    Plan plan =
        new Plan(
            result.verdict(),
            result.urgency(),
            reasonsThatStand(result),
            routine,
            heldBack.stream()
                .map(
                    each ->
                        new LeftOut(each.techniqueId(), each.rule(), each.reason(), each.name()))
                .toList(),
            result.advisories(),
            catalog.guidanceFor(routine != null && routine.holdsSelfCrack()),
            result.emergencyNotice());
    return new ProgramDay(plan, heldBack, lifted(plan));
  }

  /**
   * The screening's reasons as the program day shows them: on a day with no session, only the
   * reasons that stop it. A reason about self-cracking or stretches only (such as the review's "a
   * professional has seen your back and advised exercise") would read as permission beside "no
   * session" (spec rev. 3, §6: words never contradict the verdict).
   */
  private List<Reason> reasonsThatStand(ScreeningResult result) {
    if (result.verdict().allowsSession()) {
      return result.reasons();
    }
    return result.reasons().stream()
        .filter(
            reason ->
                rules.rules().stream()
                    .filter(rule -> rule.id().equals(reason.rule()))
                    .noneMatch(rule -> rule.verdict().allowsSession()))
        .toList();
  }

  /**
   * The program's items the screening itself holds back, in the program's order: each technique it
   * excludes (with the first exclusion's rule) and, when the verdict is not CLEAR, each self-crack
   * (F1). Items the screening did not decide on are not held back here.
   */
  public List<HeldBack> heldBack(Program program, Screening screening) {
    List<HeldBack> held = new ArrayList<>();
    for (ProgramItem item : program.items()) {
      Optional<TechniqueDecision> decision =
          screening.decisions().stream()
              .filter(each -> each.technique().id().equals(item.techniqueId()))
              .findFirst();
      if (decision.isEmpty()) {
        continue;
      }
      Technique technique = decision.get().technique();
      if (!decision.get().allowed()) {
        Exclusion first = decision.get().exclusions().get(0);
        String reason =
            screening.result().verdict() == Verdict.SEE_PROFESSIONAL
                ? NO_SESSION_ITEM
                : first.reason();
        held.add(new HeldBack(technique.id(), technique.name(), first.rule(), reason));
      } else if (SelfCrackRules.droppedByVerdict(technique, screening.result().verdict())) {
        held.add(
            new HeldBack(technique.id(), technique.name(), "F1", LeftOut.FILTER_WORDS.get("F1")));
      }
    }
    return held;
  }

  /**
   * The reasons rule P1 set aside: each would send the person to a professional, yet the session
   * goes ahead because their clinician counts as that review.
   */
  private Set<String> lifted(Plan plan) {
    if (!plan.verdict().allowsSession()) {
      return Set.of();
    }
    Set<String> lifted = new TreeSet<>();
    for (Reason reason : plan.reasons()) {
      rules.rules().stream()
          .filter(rule -> rule.id().equals(reason.rule()))
          .filter(rule -> rule.verdict() == Verdict.SEE_PROFESSIONAL)
          .forEach(rule -> lifted.add(rule.id()));
    }
    return lifted;
  }
}

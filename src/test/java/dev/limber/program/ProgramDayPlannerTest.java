package dev.limber.program;

import static org.assertj.core.api.Assertions.assertThat;

import dev.limber.catalog.Catalog;
import dev.limber.catalog.Technique;
import dev.limber.planning.Plan;
import dev.limber.planning.RoutineStep;
import dev.limber.planning.Screenings;
import dev.limber.screening.Exclusion;
import dev.limber.screening.Reason;
import dev.limber.screening.RuleBook;
import dev.limber.screening.Screening;
import dev.limber.screening.ScreeningResult;
import dev.limber.screening.TechniqueDecision;
import dev.limber.screening.Verdict;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** A program day planned in the core, by the planner's own F1 and F8 decisions (rule P1). */
class ProgramDayPlannerTest {
  private static final Catalog CATALOG = Catalog.bundled();
  private static final RuleBook RULES = RuleBook.bundled();
  private static final ProgramDayPlanner PLANNER = new ProgramDayPlanner(CATALOG, RULES);

  private static final ProgramItem TWIST = new ProgramItem("armchair-twist", 20, 2, 2);
  private static final ProgramItem UPWARD = new ProgramItem("upward-stretch", 15, 2, 1);
  private static final ProgramItem CRACK = new ProgramItem("chair-back-extension", 20, 1, 1);

  private static Program program(ProgramItem... items) {
    return new Program("Desk back", List.of(items), new Frequency(1, 5), "Slowly.", true);
  }

  /** A screening that allows every technique but those in {@code excluded}, by their rule. */
  private static Screening screening(
      Verdict verdict, List<Reason> reasons, Map<String, Exclusion> excluded) {
    List<TechniqueDecision> decisions =
        CATALOG.techniques().stream()
            .map(
                technique ->
                    new TechniqueDecision(
                        technique,
                        Optional.ofNullable(excluded.get(technique.id()))
                            .map(List::of)
                            .orElse(List.of())))
            .toList();
    List<Technique> allowed =
        decisions.stream()
            .filter(TechniqueDecision::allowed)
            .map(TechniqueDecision::technique)
            .toList();
    Optional<dev.limber.screening.Urgency> noUrgency = Optional.empty();
    ScreeningResult clear = Screenings.clear();
    return new Screening(
        null,
        new ScreeningResult(
            verdict,
            noUrgency,
            reasons,
            verdict.allowsSession() ? allowed : List.of(),
            clear.advisories(),
            clear.emergencyNotice()),
        decisions);
  }

  private static List<String> steps(Plan plan) {
    return plan.findRoutine().orElseThrow().steps().stream()
        .map(step -> step.techniqueId() + " " + step.holdSeconds() + "s×" + step.reps())
        .toList();
  }

  @Test
  void keepsTheProgramsOrderAndDosesWhenTheScreeningIsClear() {
    ProgramDay day =
        PLANNER.plan(program(TWIST, UPWARD, CRACK), screening(Verdict.CLEAR, List.of(), Map.of()));

    assertThat(steps(day.plan()))
        .containsExactly(
            "armchair-twist 20s×2", "upward-stretch 15s×2", "chair-back-extension 20s×1");
    assertThat(day.heldBack()).isEmpty();
    assertThat(day.plan().leftOut()).isEmpty();
    assertThat(day.lifted()).isEmpty();
  }

  @Test
  void holdsBackASelfCrackWithNoStretchBeforeItInTheProgramsOrder() {
    ProgramDay day =
        PLANNER.plan(program(CRACK, UPWARD), screening(Verdict.CLEAR, List.of(), Map.of()));

    assertThat(steps(day.plan())).containsExactly("upward-stretch 15s×2");
    assertThat(day.heldBack())
        .extracting(held -> held.techniqueId() + " " + held.rule())
        .containsExactly("chair-back-extension warm-up");
    assertThat(day.plan().leftOut())
        .extracting(left -> left.techniqueId() + " " + left.reason())
        .containsExactly("chair-back-extension warm-up");
  }

  @Test
  void holdsBackEverySelfCrackWhenTheScreeningIsNotClear() {
    Reason moderate = new Reason("X4", "Moderate pain: stretches only today.", List.of("000"));

    ProgramDay day =
        PLANNER.plan(
            program(TWIST, UPWARD, CRACK),
            screening(Verdict.STRETCH_ONLY, List.of(moderate), Map.of()));

    assertThat(steps(day.plan())).containsExactly("armchair-twist 20s×2", "upward-stretch 15s×2");
    assertThat(day.heldBack())
        .extracting(held -> held.techniqueId() + " " + held.rule() + ": " + held.reason())
        .containsExactly(
            "chair-back-extension F1: no self-cracking today: your screening allows stretches only");
  }

  @Test
  void holdsBackWhatTheScreeningExcludesWithItsFirstExclusion() {
    Exclusion floor = new Exclusion("F2", "needs getting down to the floor");

    ProgramDay day =
        PLANNER.plan(
            program(TWIST, UPWARD),
            screening(Verdict.CLEAR, List.of(), Map.of("armchair-twist", floor)));

    assertThat(steps(day.plan())).containsExactly("upward-stretch 15s×2");
    String name = CATALOG.find("armchair-twist").orElseThrow().name();
    assertThat(day.heldBack())
        .containsExactly(new HeldBack("armchair-twist", name, "F2", floor.reason()));
  }

  @Test
  void theScreeningsOwnHeldBackIsWhatItExcludesOrF1DropsNotTheWarmUp() {
    Program crackFirst = program(CRACK, UPWARD);

    List<HeldBack> clear =
        PLANNER.heldBack(crackFirst, screening(Verdict.CLEAR, List.of(), Map.of()));
    List<HeldBack> stretchOnly =
        PLANNER.heldBack(crackFirst, screening(Verdict.STRETCH_ONLY, List.of(), Map.of()));

    assertThat(clear).isEmpty();
    assertThat(stretchOnly).extracting(HeldBack::rule).containsExactly("F1");
  }

  @Test
  void aVerdictWithoutASessionCarriesNoRoutineButSaysWhatWasHeldBack() {
    Reason severe = new Reason("S3", "Severe pain: see a professional first.", List.of("000"));

    ProgramDay day =
        PLANNER.plan(
            program(TWIST, CRACK), screening(Verdict.SEE_PROFESSIONAL, List.of(severe), Map.of()));

    assertThat(day.plan().verdict()).isEqualTo(Verdict.SEE_PROFESSIONAL);
    assertThat(day.plan().findRoutine()).isEmpty();
    assertThat(day.heldBack()).extracting(HeldBack::rule).containsExactly("F1");
    assertThat(day.lifted()).as("nothing is lifted when no session goes ahead").isEmpty();
  }

  @Test
  void liftsTheReasonsThatWouldSendThePersonToAProfessionalWhenTheSessionGoesAhead() {
    assertThat(RULES.requireRule("S1").verdict()).isEqualTo(Verdict.SEE_PROFESSIONAL);
    assertThat(RULES.requireRule("X4").verdict()).isEqualTo(Verdict.STRETCH_ONLY);
    List<Reason> reasons =
        List.of(
            new Reason("S1", "A disc problem: a professional first.", List.of("000")),
            new Reason("X4", "Moderate pain: stretches only today.", List.of("000")));

    ProgramDay day =
        PLANNER.plan(program(TWIST), screening(Verdict.STRETCH_ONLY, reasons, Map.of()));

    assertThat(day.lifted()).isEqualTo(Set.of("S1"));
    assertThat(day.plan().findRoutine().orElseThrow().steps())
        .extracting(RoutineStep::techniqueId)
        .containsExactly("armchair-twist");
  }

  @Test
  void aDayWithNoSessionSendsThePersonToTheirClinicianAndDropsTheReviewsPermission() {
    // The demo's last check-in (7, after the last session) opened a pain flag after the join: S6,
    // which P1 never lifts, so no session; the join still filled the review, so X9 fired too.
    Reason flag = new Reason("S6", "Stretching has hurt: no session today.", List.of("001"));
    Reason review = new Reason("X9", "A professional has seen your back.", List.of("001"));
    Exclusion noSession = new Exclusion("S6", "no session today: see a physiotherapist first");
    Map<String, Exclusion> everything = new java.util.HashMap<>();
    CATALOG.techniques().forEach(technique -> everything.put(technique.id(), noSession));

    ProgramDay day =
        PLANNER.plan(
            program(TWIST, UPWARD),
            screening(Verdict.SEE_PROFESSIONAL, List.of(flag, review), everything));

    assertThat(day.plan().findRoutine()).isEmpty();
    assertThat(day.plan().reasons()).extracting(Reason::rule).containsExactly("S6");
    assertThat(day.heldBack())
        .extracting(HeldBack::reason)
        .containsOnly(ProgramDayPlanner.NO_SESSION_ITEM)
        .noneMatch(reason -> reason.contains("physiotherapist"));
    assertThat(ProgramDayPlanner.NO_SESSION).contains("your clinician").doesNotContain("Book");
  }
}

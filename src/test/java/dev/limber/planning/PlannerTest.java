package dev.limber.planning;

import static org.assertj.core.api.Assertions.assertThat;

import dev.limber.catalog.Equipment;
import dev.limber.catalog.Guidance;
import dev.limber.catalog.Region;
import dev.limber.catalog.Setting;
import dev.limber.catalog.Tag;
import dev.limber.screening.Verdict;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class PlannerTest {
  private final Planner planner = new Planner(Screenings.CATALOG);

  private static Preferences preferences(
      int minutes, Setting place, Set<Equipment> equipment, boolean crack) {
    return new Preferences(minutes, place, equipment, crack, null, 7, Set.of());
  }

  @Test
  void seeProfessionalGetsReasonsAndAdviceButNoRoutine() {
    Plan plan =
        planner.plan(
            new PlanRequest(
                Screenings.seeProfessional(), Preferences.defaults(), RecentHistory.NONE));

    assertThat(plan.routine()).isNull();
    assertThat(plan.reasons()).extracting("rule").containsExactly("S3");
    assertThat(plan.advisories()).isNotEmpty();
  }

  @Test
  void putsTheOneSelfCrackLastAfterAStretch() {
    Plan plan =
        planner.plan(
            new PlanRequest(
                Screenings.clear(),
                preferences(10, Setting.DESK, EnumSet.of(Equipment.CHAIR), true),
                RecentHistory.NONE));

    List<RoutineStep> steps = plan.routine().steps();
    assertThat(steps.get(steps.size() - 1).isSelfCrack()).isTrue();
    assertThat(steps.stream().filter(RoutineStep::isSelfCrack)).hasSize(1);
    assertThat(steps.get(0).technique().has(Tag.STRETCH)).isTrue();
    assertThat(plan.leftOut()).filteredOn(entry -> entry.reason().equals("one-crack")).isNotEmpty();
  }

  @Test
  void aRoutineOfStretchesAloneCarriesNoGuidanceAboutCracking() {
    Plan plan =
        planner.plan(
            new PlanRequest(
                Screenings.clear(),
                preferences(10, Setting.DESK, EnumSet.of(Equipment.CHAIR), false),
                RecentHistory.NONE));

    assertThat(plan.routine().holdsSelfCrack()).isFalse();
    assertThat(plan.guidance()).isNotEmpty();
    assertThat(plan.guidance())
        .extracting(Guidance::text)
        .noneMatch(text -> text.toLowerCase(Locale.ROOT).contains("crack"));
  }

  @Test
  void aRoutineWithASelfCrackCarriesTheGuidanceAboutCracking() {
    Plan plan =
        planner.plan(
            new PlanRequest(
                Screenings.clear(),
                preferences(10, Setting.DESK, EnumSet.of(Equipment.CHAIR), true),
                RecentHistory.NONE));

    assertThat(plan.routine().holdsSelfCrack()).isTrue();
    assertThat(plan.guidance())
        .extracting(Guidance::text)
        .anyMatch(text -> text.startsWith("Do not crack your back often"))
        .anyMatch(text -> text.startsWith("Warm up first"));
    assertThat(plan.guidance()).isEqualTo(Screenings.CATALOG.generalGuidance());
  }

  @Test
  void leavesSelfCrackOutWhenTodaysSessionIsUsed() {
    Plan plan =
        planner.plan(
            new PlanRequest(
                Screenings.clear(),
                preferences(10, Setting.DESK, EnumSet.of(Equipment.CHAIR), true),
                new RecentHistory(true, Map.of())));

    assertThat(plan.routine().steps()).noneMatch(RoutineStep::isSelfCrack);
    assertThat(plan.leftOut())
        .filteredOn(entry -> entry.techniqueId().equals("chair-back-extension"))
        .extracting(LeftOut::reason)
        .containsExactly("X6");
  }

  @Test
  void leavesSelfCrackOutWhenNotAskedFor() {
    Plan plan =
        planner.plan(
            new PlanRequest(
                Screenings.clear(),
                preferences(10, Setting.DESK, EnumSet.of(Equipment.CHAIR), false),
                RecentHistory.NONE));

    assertThat(plan.routine().steps()).noneMatch(RoutineStep::isSelfCrack);
    assertThat(plan.leftOut())
        .filteredOn(entry -> entry.techniqueId().equals("chair-back-extension"))
        .extracting(LeftOut::reason)
        .containsExactly("crack-not-wanted");
  }

  @Test
  void namesFilterF1ForSelfCrackUnderStretchOnly() {
    Plan plan =
        planner.plan(
            new PlanRequest(
                Screenings.allowing(Verdict.STRETCH_ONLY, Set.of()),
                preferences(10, Setting.DESK, EnumSet.of(Equipment.CHAIR), true),
                RecentHistory.NONE));

    assertThat(plan.leftOut())
        .filteredOn(entry -> entry.techniqueId().equals("chair-back-extension"))
        .extracting(LeftOut::reason)
        .containsExactly("F1");
  }

  @Test
  void leavesOutWhatThePlaceAndEquipmentRuleOutWithTheirReasons() {
    Plan plan =
        planner.plan(
            new PlanRequest(
                Screenings.clear(),
                deskWithout(EnumSet.of(Equipment.WALL), 30),
                RecentHistory.NONE));

    assertThat(plan.routine().steps())
        .allSatisfy(
            step -> {
              assertThat(step.technique().settings()).contains(Setting.DESK);
              assertThat(step.technique().canBeDoneWith(EnumSet.of(Equipment.CHAIR))).isTrue();
            });
    Map<String, String> reasons =
        plan.leftOut().stream()
            .collect(java.util.stream.Collectors.toMap(LeftOut::techniqueId, LeftOut::reason));
    assertThat(reasons)
        .containsEntry("bridge", "place")
        .containsEntry("wall-slide", "equipment")
        .containsEntry("armchair-twist", "equipment");
  }

  @Test
  void aDeskHasAChairAndAWallAtHandUnlessTheWallIsNotThere() {
    Plan atDesk =
        planner.plan(
            new PlanRequest(
                Screenings.clear(),
                preferences(30, Setting.DESK, Set.of(), false),
                RecentHistory.NONE));

    assertThat(atDesk.routine().techniqueIds()).contains("sideways-chair-twist", "wall-slide");
    assertThat(atDesk.leftOut())
        .filteredOn(entry -> entry.reason().equals("equipment"))
        .extracting(LeftOut::techniqueId)
        .containsExactly("armchair-twist");
  }

  @Test
  void withNoFocusTheRoutineKeepsToTheUpperAndMidBack() {
    Plan plan =
        planner.plan(
            new PlanRequest(
                Screenings.clear(),
                preferences(10, Setting.HOME, Set.of(), false),
                RecentHistory.NONE));

    assertThat(plan.routine().steps())
        .extracting(step -> step.technique().region())
        .doesNotContain(Region.LOWER_BACK);
  }

  @Test
  void ordersTheRoutineByPositionFromStandingToTheFloor() {
    Plan plan =
        planner.plan(
            new PlanRequest(
                Screenings.clear(),
                preferences(30, Setting.HOME, Set.of(), false),
                RecentHistory.NONE));

    List<String> ids = plan.routine().techniqueIds();
    assertThat(ids.indexOf("upward-stretch")).isLessThan(ids.indexOf("bridge"));
    assertThat(ids.indexOf("bridge")).isLessThan(ids.indexOf("prone-forearm-extension"));
  }

  private static Preferences deskWithout(Set<Equipment> missing, int minutes) {
    return new Preferences(minutes, Setting.DESK, Set.of(), false, null, 7, Set.of(), missing);
  }

  @Test
  void leavesOutTechniquesOffByDefaultUnlessAskedFor() {
    Preferences atBed =
        new Preferences(30, Setting.BED, EnumSet.of(Equipment.BED), false, null, 1, Set.of());

    Plan plain = planner.plan(new PlanRequest(Screenings.clear(), atBed, RecentHistory.NONE));
    Plan asked =
        planner.plan(
            new PlanRequest(
                Screenings.clear(),
                new Preferences(
                    30,
                    Setting.BED,
                    EnumSet.of(Equipment.BED),
                    false,
                    null,
                    1,
                    Set.of("bed-edge-extension")),
                RecentHistory.NONE));

    assertThat(plain.routine()).isNull();
    assertThat(plain.leftOut())
        .filteredOn(entry -> entry.techniqueId().equals("bed-edge-extension"))
        .extracting(LeftOut::reason)
        .containsExactly("default-off");
    assertThat(asked.routine().techniqueIds()).containsExactly("bed-edge-extension");
  }

  @Test
  void answersNoRoutineWithAdviceWhenNothingFits() {
    Plan plan =
        planner.plan(
            new PlanRequest(
                Screenings.clear(),
                preferences(30, Setting.BED, Set.of(), false),
                RecentHistory.NONE));

    assertThat(plan.routine()).isNull();
    assertThat(plan.verdict()).isEqualTo(Verdict.CLEAR);
    assertThat(plan.advisories()).anyMatch(text -> text.contains("physiotherapist"));
    assertThat(plan.leftOut()).hasSize(Screenings.CATALOG.techniques().size());
  }

  @Test
  void oneMinuteStillGivesAShortRoutineWithinTheMinute() {
    Plan plan =
        planner.plan(
            new PlanRequest(
                Screenings.clear(),
                preferences(1, Setting.DESK, Set.of(), false),
                RecentHistory.NONE));

    assertThat(plan.routine().totalSeconds()).isLessThanOrEqualTo(60);
    assertThat(plan.routine().steps()).hasSize(1);
  }

  @Test
  void spendsSpareMinutesOnLongerDosesWithinTheCatalogRange() {
    Plan shortPlan =
        planner.plan(
            new PlanRequest(
                Screenings.clear(),
                preferences(5, Setting.DESK, Set.of(), false),
                RecentHistory.NONE));
    Plan longPlan =
        planner.plan(
            new PlanRequest(
                Screenings.clear(),
                preferences(20, Setting.DESK, Set.of(), false),
                RecentHistory.NONE));

    assertThat(longPlan.routine().totalSeconds()).isGreaterThan(shortPlan.routine().totalSeconds());
    assertThat(shortPlan.routine().totalSeconds()).isGreaterThan(4 * 60);
  }

  @Test
  void prefersTheFocusRegion() {
    Plan plan =
        planner.plan(
            new PlanRequest(
                Screenings.clear(),
                new Preferences(2, Setting.HOME, Set.of(), false, Region.LOWER_BACK, 3, Set.of()),
                RecentHistory.NONE));

    assertThat(plan.routine().steps().get(0).technique().region()).isEqualTo(Region.LOWER_BACK);
  }

  @Test
  void usesTechniquesDoneRecentlyLessAndSaysSo() {
    Preferences twoMinutesAtDesk = deskWithout(EnumSet.of(Equipment.WALL, Equipment.CHAIR), 2);
    Plan first =
        planner.plan(new PlanRequest(Screenings.clear(), twoMinutesAtDesk, RecentHistory.NONE));
    Map<String, Integer> done = new java.util.HashMap<>();
    first.routine().techniqueIds().forEach(id -> done.put(id, 1));

    Plan next =
        planner.plan(
            new PlanRequest(Screenings.clear(), twoMinutesAtDesk, new RecentHistory(false, done)));

    assertThat(next.routine().techniqueIds())
        .doesNotContainAnyElementsOf(first.routine().techniqueIds());
    assertThat(next.leftOut())
        .filteredOn(entry -> done.containsKey(entry.techniqueId()))
        .extracting(LeftOut::reason)
        .containsOnly("variety");
  }

  @Test
  void givesOneSidedStretchesBothSides() {
    Plan plan =
        planner.plan(
            new PlanRequest(
                Screenings.clear(),
                preferences(
                    60, Setting.DESK, EnumSet.of(Equipment.ARMCHAIR, Equipment.CHAIR), false),
                RecentHistory.NONE));

    assertThat(plan.routine().steps())
        .filteredOn(step -> step.techniqueId().equals("armchair-twist"))
        .extracting(RoutineStep::sides)
        .containsExactly(2);
  }

  @Test
  void namesTheFilterTheScreeningGaveForEachExclusion() {
    Plan plan =
        planner.plan(
            new PlanRequest(
                Screenings.allowing(Verdict.CLEAR, Set.of(Tag.FLOOR)),
                Map.of("bridge", "F2"),
                preferences(10, Setting.HOME, Set.of(), false),
                RecentHistory.NONE));

    assertThat(plan.leftOut())
        .filteredOn(entry -> entry.techniqueId().equals("bridge"))
        .extracting(LeftOut::reason)
        .containsExactly("F2");
    assertThat(plan.leftOut())
        .filteredOn(entry -> entry.techniqueId().equals("seated-floor-rotation"))
        .extracting(LeftOut::reason)
        .containsExactly("screening");
  }
}

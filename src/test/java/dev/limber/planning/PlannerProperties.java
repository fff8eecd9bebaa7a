package dev.limber.planning;

import static org.assertj.core.api.Assertions.assertThat;

import dev.limber.catalog.Equipment;
import dev.limber.catalog.Region;
import dev.limber.catalog.Setting;
import dev.limber.catalog.Tag;
import dev.limber.catalog.Technique;
import dev.limber.screening.ScreeningResult;
import dev.limber.screening.Verdict;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

class PlannerProperties {
  private static final Set<Tag> FILTERABLE =
      EnumSet.of(
          Tag.FLOOR,
          Tag.KNEELING,
          Tag.LYING,
          Tag.PRONE,
          Tag.REQUIRES_MIDBACK_REACH,
          Tag.CHALLENGING,
          Tag.MOMENTUM,
          Tag.LOADED_FLEXION);

  private final Planner planner = new Planner(Screenings.CATALOG);

  record Case(
      Verdict verdict, Set<Tag> excludedTags, Preferences preferences, RecentHistory history) {
    ScreeningResult screening() {
      return Screenings.allowing(verdict, excludedTags);
    }

    PlanRequest request() {
      return new PlanRequest(screening(), preferences, history);
    }
  }

  @Provide
  Arbitrary<Case> cases() {
    Arbitrary<Preferences> preferences =
        Combinators.combine(
                Arbitraries.integers().between(1, 60),
                Arbitraries.of(Setting.class),
                Arbitraries.of(Equipment.class).set(),
                Arbitraries.of(true, false),
                Arbitraries.of(Region.class).injectNull(0.3),
                Arbitraries.longs(),
                Arbitraries.of(Equipment.WALL, Equipment.CHAIR).set())
            .as(
                (minutes, place, equipment, crack, focus, seed, notAtHand) ->
                    new Preferences(
                        minutes, place, equipment, crack, focus, seed, Set.of(), notAtHand));
    Arbitrary<RecentHistory> history =
        Combinators.combine(
                Arbitraries.of(true, false),
                Arbitraries.of(Screenings.CATALOG.techniques().stream().map(Technique::id).toList())
                    .set()
                    .ofMaxSize(8),
                Arbitraries.integers().between(1, 3))
            .as(
                (usedToday, ids, times) -> {
                  Map<String, Integer> done = new HashMap<>();
                  ids.forEach(id -> done.put(id, times));
                  return new RecentHistory(usedToday, done);
                });
    return Combinators.combine(
            Arbitraries.of(Verdict.CLEAR, Verdict.STRETCH_ONLY),
            Arbitraries.of(FILTERABLE).set(),
            preferences,
            history)
        .as(Case::new);
  }

  @Property
  void neverRunsOverTheMinutes(@ForAll("cases") Case given) {
    Plan plan = planner.plan(given.request());

    plan.findRoutine()
        .ifPresent(
            routine ->
                assertThat(routine.totalSeconds())
                    .isLessThanOrEqualTo(given.preferences().minutes() * 60));
  }

  @Property
  void putsStretchesBeforeAnySelfCrack(@ForAll("cases") Case given) {
    Plan plan = planner.plan(given.request());

    plan.findRoutine()
        .ifPresent(
            routine -> {
              List<RoutineStep> steps = routine.steps();
              for (int index = 0; index < steps.size(); index++) {
                if (steps.get(index).isSelfCrack()) {
                  assertThat(index).isEqualTo(steps.size() - 1);
                  assertThat(steps.subList(0, index))
                      .anyMatch(step -> step.technique().has(Tag.STRETCH));
                }
              }
            });
  }

  @Property
  void neverIncludesATechniqueCarryingAnExcludedTag(@ForAll("cases") Case given) {
    Plan plan = planner.plan(given.request());

    plan.findRoutine()
        .ifPresent(
            routine ->
                assertThat(routine.steps())
                    .allSatisfy(
                        step ->
                            assertThat(step.technique().tags())
                                .noneMatch(given.excludedTags()::contains)));
  }

  @Property
  void offersSelfCrackOnlyWhenClearWantedAndNotUsedToday(@ForAll("cases") Case given) {
    Plan plan = planner.plan(given.request());

    boolean allowed =
        given.verdict() == Verdict.CLEAR
            && given.preferences().crackWanted()
            && !given.history().selfCrackUsedToday();
    if (!allowed) {
      plan.findRoutine()
          .ifPresent(routine -> assertThat(routine.steps()).noneMatch(RoutineStep::isSelfCrack));
    }
  }

  @Property
  void respectsPlaceEquipmentAndDefaults(@ForAll("cases") Case given) {
    Plan plan = planner.plan(given.request());

    plan.findRoutine()
        .ifPresent(
            routine ->
                assertThat(routine.steps())
                    .allSatisfy(
                        step -> {
                          Technique technique = step.technique();
                          assertThat(technique.settings()).contains(given.preferences().place());
                          assertThat(technique.canBeDoneWith(given.preferences().atHand()))
                              .isTrue();
                          assertThat(technique.enabledByDefault()).isTrue();
                        }));
  }

  @Property
  void accountsForEveryTechniqueOnceWithAReason(@ForAll("cases") Case given) {
    Plan plan = planner.plan(given.request());

    List<String> accounted = new ArrayList<>();
    plan.findRoutine().ifPresent(routine -> accounted.addAll(routine.techniqueIds()));
    plan.leftOut().forEach(entry -> accounted.add(entry.techniqueId()));
    assertThat(accounted)
        .containsExactlyInAnyOrderElementsOf(
            Screenings.CATALOG.techniques().stream().map(Technique::id).toList());
    assertThat(plan.leftOut()).allSatisfy(entry -> assertThat(entry.reason()).isNotBlank());
  }

  @Property
  void sameSeedGivesTheSameRoutine(@ForAll("cases") Case given) {
    Plan first = planner.plan(given.request());
    Plan second = planner.plan(given.request());

    assertThat(second.routine()).isEqualTo(first.routine());
    assertThat(second.leftOut()).isEqualTo(first.leftOut());
  }

  @Property
  void aDeskOffersAChairAndAWallUnlessSaidOtherwise(@ForAll("cases") Case given) {
    Preferences preferences = given.preferences();
    Plan plan = planner.plan(given.request());

    if (preferences.place() == Setting.DESK) {
      for (Equipment usual : List.of(Equipment.CHAIR, Equipment.WALL)) {
        assertThat(preferences.atHand().contains(usual))
            .isEqualTo(
                !preferences.notAtHand().contains(usual)
                    || preferences.equipment().contains(usual));
      }
    }
    plan.findRoutine()
        .ifPresent(
            routine ->
                assertThat(routine.steps())
                    .allSatisfy(
                        step ->
                            assertThat(step.technique().equipment())
                                .allMatch(
                                    item ->
                                        item == Equipment.NONE
                                            || preferences.equipment().contains(item)
                                            || (preferences.place() == Setting.DESK
                                                && Preferences.usuallyAt(Setting.DESK)
                                                    .contains(item)
                                                && !preferences.notAtHand().contains(item)))));
    assertThat(plan.leftOut())
        .filteredOn(entry -> entry.reason().equals("equipment"))
        .allSatisfy(
            entry ->
                assertThat(
                        Screenings.CATALOG
                            .require(entry.techniqueId())
                            .canBeDoneWith(preferences.atHand()))
                    .isFalse());
  }

  @Property
  void goesDownToTheFloorAtMostOnceAndNeverBackUp(@ForAll("cases") Case given) {
    Plan plan = planner.plan(given.request());

    plan.findRoutine()
        .ifPresent(
            routine -> {
              List<RoutineStep> steps = routine.steps();
              List<Integer> positions =
                  steps.stream()
                      .filter(step -> !step.isSelfCrack())
                      .map(step -> Planner.position(step.technique()))
                      .toList();
              assertThat(positions).isSorted();
              int floorBlocks = 0;
              boolean onFloor = false;
              for (RoutineStep step : steps) {
                boolean floor = Planner.position(step.technique()) >= 4;
                if (floor && !onFloor) {
                  floorBlocks++;
                }
                onFloor = floor;
              }
              assertThat(floorBlocks).isLessThanOrEqualTo(1);
            });
  }

  @Property
  void lowerBackStretchesOnlyWithTheLowerFocusOrAsFiller(@ForAll("cases") Case given) {
    Plan plan = planner.plan(given.request());

    boolean hasFiller =
        plan.findRoutine().stream()
            .flatMap(routine -> routine.steps().stream())
            .anyMatch(step -> Planner.isFiller(step.technique(), given.preferences().focus()));
    if (hasFiller) {
      // Filler comes in only after every upper and mid-back candidate found room.
      assertThat(plan.leftOut())
          .filteredOn(entry -> entry.reason().equals("time") || entry.reason().equals("variety"))
          .allSatisfy(
              entry ->
                  assertThat(
                          Planner.isFiller(
                                  Screenings.CATALOG.require(entry.techniqueId()),
                                  given.preferences().focus())
                              || Screenings.CATALOG.require(entry.techniqueId()).isSelfCrack())
                      .isTrue());
    }
  }
}

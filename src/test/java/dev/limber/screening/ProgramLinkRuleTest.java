package dev.limber.screening;

import static org.assertj.core.api.Assertions.assertThat;

import dev.limber.catalog.Technique;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Rule P1 on both sides of every rule it names: what a join lifts, and what it never does. */
class ProgramLinkRuleTest {
  private static final Screener SCREENER = Screener.bundled();

  static Stream<Arguments> liftedByTheJoin() {
    return Stream.of(
        Arguments.of(
            "S1",
            (Supplier<Documents>) () -> Documents.clear().withCondition(Condition.HERNIATED_DISC)),
        Arguments.of(
            "S2", (Supplier<Documents>) () -> Documents.clear().withCondition(Condition.PREGNANCY)),
        Arguments.of(
            "S4",
            (Supplier<Documents>) () -> Documents.clear().with("symptoms.painDurationWeeks", 6)),
        Arguments.of(
            "S9",
            (Supplier<Documents>)
                () ->
                    Documents.clear()
                        .with("history.ageYears", 55)
                        .with("history.firstEpisode", true)),
        Arguments.of(
            "S11",
            (Supplier<Documents>)
                () ->
                    Documents.clear()
                        .with("history.previousPainScore", 0)
                        .with("symptoms.painScore", 3)),
        Arguments.of(
            "S12",
            (Supplier<Documents>)
                () -> Documents.clear().withStartBack(5, Bothersomeness.SLIGHTLY)),
        Arguments.of(
            "S14",
            (Supplier<Documents>)
                () ->
                    Documents.clear()
                        .with("history.recentTrauma", "MINOR")
                        .withCondition(Condition.OSTEOPENIA)));
  }

  static Stream<Arguments> neverLifted() {
    return Stream.of(
        Arguments.of(
            "U5", (Supplier<Documents>) () -> Documents.clear().with("symptoms.chestPain", true)),
        Arguments.of(
            "S3", (Supplier<Documents>) () -> Documents.clear().with("symptoms.painScore", 7)),
        Arguments.of(
            "S5",
            (Supplier<Documents>) () -> Documents.clear().with("history.painDuringCracking", true)),
        Arguments.of(
            "S6",
            (Supplier<Documents>)
                () -> Documents.clear().with("history.painDuringStretching", true)),
        Arguments.of(
            "S7", (Supplier<Documents>) () -> Documents.clear().withNumbness(Numbness.ONE_ARM)),
        Arguments.of(
            "S8",
            (Supplier<Documents>)
                () ->
                    Documents.clear()
                        .with("history.crackingDaysPerWeek", 5)
                        .with("history.cracksToRelievePain", true)),
        Arguments.of(
            "S10", (Supplier<Documents>) () -> Documents.clear().with("history.ageYears", 16)),
        Arguments.of(
            "S3 with S1",
            (Supplier<Documents>)
                () ->
                    Documents.clear()
                        .withCondition(Condition.HERNIATED_DISC)
                        .with("symptoms.painScore", 8)));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("liftedByTheJoin")
  void withoutAJoinTheRuleSendsThePersonToAProfessional(String rule, Supplier<Documents> document) {
    Screening screening = SCREENER.assess(document.get().answers(), Set.of(), false);

    assertThat(screening.result().verdict()).isEqualTo(Verdict.SEE_PROFESSIONAL);
    assertThat(screening.result().ruleIds()).contains(rule).doesNotContain(ProgramLinkRule.ID);
    assertThat(screening.result().techniques()).isEmpty();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("liftedByTheJoin")
  void joinedToAClinicianTheRuleAllowsStretchesOnly(String rule, Supplier<Documents> document) {
    Screening screening = SCREENER.assess(document.get().answers(), Set.of(), true);

    assertThat(screening.result().verdict()).isEqualTo(Verdict.STRETCH_ONLY);
    assertThat(screening.result().techniques()).isNotEmpty().noneMatch(Technique::isSelfCrack);
    if (Set.of("S1", "S2").contains(rule)) {
      assertThat(screening.result().ruleIds()).contains(rule, ProgramLinkRule.ID);
      // The covered rule speaks for that case: no "no session today" beside a session.
      Screening alone = SCREENER.assess(document.get().answers(), Set.of(), false);
      assertThat(message(alone, rule)).contains("No session today");
      assertThat(message(screening, rule))
          .doesNotContain("No session today")
          .contains("self-cracking stays out")
          .contains("clinician");
    } else {
      assertThat(screening.result().ruleIds()).contains("X9").doesNotContain(rule);
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("neverLifted")
  void joinedOrNotTheRuleStopsEverything(String rule, Supplier<Documents> document) {
    Screening alone = SCREENER.assess(document.get().answers(), Set.of(), false);
    Screening joined = SCREENER.assess(document.get().answers(), Set.of(), true);

    assertThat(joined.result().verdict()).isEqualTo(alone.result().verdict());
    assertThat(joined.result().verdict().allowsSession()).isFalse();
    assertThat(joined.result().techniques()).isEmpty();
    assertThat(joined.result().ruleIds()).doesNotContain(ProgramLinkRule.ID);
    // Nothing is covered when everything stops: a rule P1 names keeps its own words.
    joined.result().reasons().stream()
        .filter(reason -> Set.of("S1", "S2").contains(reason.rule()))
        .forEach(reason -> assertThat(reason.message()).contains("No session today"));
  }

  private static String message(Screening screening, String rule) {
    return screening.result().reasons().stream()
        .filter(reason -> reason.rule().equals(rule))
        .findFirst()
        .orElseThrow()
        .message();
  }

  @org.junit.jupiter.api.Test
  void aClearPersonJoinedKeepsStretchesOnlyFromTheReview() {
    Screening joined = SCREENER.assess(Documents.clear().answers(), Set.of(), true);

    assertThat(joined.result().verdict()).isEqualTo(Verdict.STRETCH_ONLY);
    assertThat(joined.result().ruleIds()).containsExactly("X9");
  }
}

package dev.limber.screening;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every rule of spec/screening.md §4, on both sides of each of its boundaries. */
class RuleBoundaryTest {
  private static final Screener SCREENER = Screener.bundled();

  record Case(String rule, boolean fires, String given, UnaryOperator<Documents> change) {
    @Override
    public String toString() {
      return rule + (fires ? " fires when " : " stays silent when ") + given;
    }
  }

  static List<Case> cases() {
    List<Case> cases = new ArrayList<>();
    fires(
        cases, "U1", "bladder or bowel change", d -> d.with("symptoms.bladderOrBowelChange", true));
    silent(
        cases,
        "U1",
        "no bladder or bowel change",
        d -> d.with("symptoms.bladderOrBowelChange", false));
    fires(cases, "U2", "saddle numbness", d -> d.withNumbness(Numbness.SADDLE));
    silent(cases, "U2", "numbness in one arm only", d -> d.withNumbness(Numbness.ONE_ARM));
    fires(cases, "U3", "numbness in one leg", d -> d.withNumbness(Numbness.ONE_LEG));
    silent(
        cases,
        "U3",
        "numbness in both legs (U13 instead)",
        d -> d.withNumbness(Numbness.BOTH_LEGS));
    silent(cases, "U3", "arm weakness only", d -> d.withWeakness(Weakness.ARM));
    fires(cases, "U13", "numbness in both legs", d -> d.withNumbness(Numbness.BOTH_LEGS));
    fires(cases, "U13", "leg weakness", d -> d.withWeakness(Weakness.LEG));
    silent(cases, "U13", "numbness in one leg (U3 instead)", d -> d.withNumbness(Numbness.ONE_LEG));
    silent(cases, "U13", "arm weakness only", d -> d.withWeakness(Weakness.ARM));
    fires(cases, "U4", "arm weakness", d -> d.withWeakness(Weakness.ARM));
    fires(cases, "U4", "numbness in both arms", d -> d.withNumbness(Numbness.BOTH_ARMS));
    silent(cases, "U4", "numbness in one arm", d -> d.withNumbness(Numbness.ONE_ARM));
    fires(cases, "U5", "chest pain", d -> d.with("symptoms.chestPain", true));
    silent(cases, "U5", "no chest pain", d -> d.with("symptoms.chestPain", false));
    fires(cases, "U6", "major trauma", d -> d.with("history.recentTrauma", "MAJOR"));
    silent(cases, "U6", "minor trauma", d -> d.with("history.recentTrauma", "MINOR"));
    fires(
        cases,
        "U7",
        "minor trauma with osteoporosis",
        d -> d.with("history.recentTrauma", "MINOR").withCondition(Condition.OSTEOPOROSIS));
    fires(
        cases,
        "U7",
        "minor trauma with long-term steroids",
        d -> d.with("history.recentTrauma", "MINOR").withCondition(Condition.LONG_TERM_STEROIDS));
    silent(
        cases,
        "U7",
        "minor trauma with healthy bones",
        d -> d.with("history.recentTrauma", "MINOR"));
    silent(
        cases,
        "U7",
        "osteoporosis without trauma",
        d -> d.with("history.recentTrauma", "NONE").withCondition(Condition.OSTEOPOROSIS));
    fires(cases, "U8", "fever", d -> d.with("symptoms.fever", true));
    silent(cases, "U8", "no fever", d -> d.with("symptoms.fever", false));
    fires(cases, "U9", "weight loss", d -> d.with("symptoms.unexplainedWeightLoss", true));
    silent(cases, "U9", "no weight loss", d -> d.with("symptoms.unexplainedWeightLoss", false));
    fires(cases, "U10", "swelling", d -> d.with("symptoms.swelling", true));
    silent(cases, "U10", "no swelling", d -> d.with("symptoms.swelling", false));
    fires(cases, "U11", "night pain", d -> d.with("symptoms.nightPainOrUnrelievedByRest", true));
    silent(
        cases, "U11", "no night pain", d -> d.with("symptoms.nightPainOrUnrelievedByRest", false));
    fires(
        cases,
        "U12",
        "cough or sneeze pain",
        d -> d.with("symptoms.painWorseWithCoughSneeze", true));
    silent(cases, "U12", "no cough pain", d -> d.with("symptoms.painWorseWithCoughSneeze", false));

    for (Condition condition : SafetyRules.SELF_CRACKING_CAN_HARM) {
      fires(cases, "S1", condition.name(), d -> d.withCondition(condition));
    }
    silent(cases, "S1", "osteopenia only", d -> d.withCondition(Condition.OSTEOPENIA));
    for (Condition condition : SafetyRules.NEEDS_A_PROFESSIONAL_CHECK) {
      fires(cases, "S2", condition.name(), d -> d.withCondition(condition));
    }
    silent(cases, "S2", "hypermobility only", d -> d.withCondition(Condition.HYPERMOBILITY));
    fires(cases, "S3", "pain 7", d -> d.with("symptoms.painScore", 7));
    fires(cases, "S3", "pain 10", d -> d.with("symptoms.painScore", 10));
    silent(cases, "S3", "pain 6", d -> d.with("symptoms.painScore", 6));
    fires(cases, "S4", "pain 1 for 4 weeks", d -> pain(d, 1, 4));
    fires(cases, "S4", "pain 2 for 12 weeks", d -> pain(d, 2, 12));
    silent(cases, "S4", "pain 1 for 3 weeks", d -> pain(d, 1, 3));
    silent(cases, "S4", "pain 1 for 3.9 weeks", d -> pain(d, 1, 3.9));
    silent(cases, "S4", "stiffness only (pain 0) for 10 weeks", d -> pain(d, 0, 10));
    fires(cases, "S5", "painful cracking", d -> d.with("history.painDuringCracking", true));
    silent(cases, "S5", "painless cracking", d -> d.with("history.painDuringCracking", false));
    fires(cases, "S6", "painful stretching", d -> d.with("history.painDuringStretching", true));
    silent(cases, "S6", "painless stretching", d -> d.with("history.painDuringStretching", false));
    fires(cases, "S7", "numbness in one arm", d -> d.withNumbness(Numbness.ONE_ARM));
    silent(cases, "S7", "no numbness", d -> d);
    silent(
        cases,
        "S7",
        "numbness in one arm with arm weakness (U4 instead)",
        d -> d.withNumbness(Numbness.ONE_ARM).withWeakness(Weakness.ARM));
    fires(cases, "S8", "cracking 4 days a week for pain, pain 1", d -> cracking(d, 4, 0, true, 1));
    silent(cases, "S8", "cracking 3 days a week for pain, pain 1", d -> cracking(d, 3, 0, true, 1));
    fires(cases, "S8", "2 sessions today for pain, pain 1", d -> cracking(d, 0, 2, true, 1));
    silent(cases, "S8", "1 session today for pain, pain 1", d -> cracking(d, 0, 1, true, 1));
    silent(cases, "S8", "cracking 4 days a week, not for pain", d -> cracking(d, 4, 2, false, 1));
    silent(cases, "S8", "cracking 4 days a week for pain, pain 0", d -> cracking(d, 4, 2, true, 0));
    fires(cases, "S9", "first episode at 51 with pain", d -> firstEpisode(d, 51, true, 1));
    silent(cases, "S9", "first episode at 50 with pain", d -> firstEpisode(d, 50, true, 1));
    fires(cases, "S9", "first episode at 19 with pain", d -> firstEpisode(d, 19, true, 1));
    silent(cases, "S9", "first episode at 20 with pain", d -> firstEpisode(d, 20, true, 1));
    silent(cases, "S9", "a later episode at 51", d -> firstEpisode(d, 51, false, 1));
    silent(cases, "S9", "first episode at 51, stiffness only", d -> firstEpisode(d, 51, true, 0));
    fires(cases, "S10", "age 17", d -> d.with("history.ageYears", 17));
    silent(cases, "S10", "age 18", d -> d.with("history.ageYears", 18));
    fires(cases, "S11", "pain rose 2 points (3 to 5)", d -> rise(d, 3, 5));
    silent(cases, "S11", "pain rose 1 point (3 to 4)", d -> rise(d, 3, 4));
    silent(cases, "S11", "pain fell (5 to 2)", d -> rise(d, 5, 2));
    silent(cases, "S11", "no previous score", d -> d.without("history.previousPainScore"));
    fires(cases, "S12", "STarT Back 4 yes", d -> d.withStartBack(4, Bothersomeness.SLIGHTLY));
    silent(cases, "S12", "STarT Back 3 yes", d -> d.withStartBack(3, Bothersomeness.MODERATELY));
    fires(
        cases,
        "S12",
        "STarT Back 3 yes and very bothersome",
        d -> d.withStartBack(3, Bothersomeness.VERY_MUCH));
    fires(
        cases,
        "S12",
        "STarT Back 3 yes and extremely bothersome",
        d -> d.withStartBack(3, Bothersomeness.EXTREMELY));
    silent(cases, "S12", "no STarT Back", d -> d);

    for (Condition condition : SafetyRules.NEVER_CRACK) {
      fires(cases, "X1", condition.name(), d -> d.withCondition(condition));
    }
    fires(cases, "X2", "hypermobility", d -> d.withCondition(Condition.HYPERMOBILITY));
    fires(cases, "X3", "anticoagulants", d -> d.withCondition(Condition.ANTICOAGULANTS));
    fires(cases, "X3", "bleeding disorder", d -> d.withCondition(Condition.BLEEDING_DISORDER));
    silent(cases, "X1", "no condition", d -> d);
    silent(cases, "X2", "no condition", d -> d);
    silent(cases, "X3", "no condition", d -> d);
    silent(cases, "X4", "pain 3", d -> d.with("symptoms.painScore", 3));
    fires(cases, "X4", "pain 4", d -> d.with("symptoms.painScore", 4));
    fires(cases, "X4", "pain 6", d -> d.with("symptoms.painScore", 6));
    silent(cases, "X4", "pain 7", d -> d.with("symptoms.painScore", 7));
    fires(cases, "X5", "cracking 4 days a week", d -> d.with("history.crackingDaysPerWeek", 4));
    silent(cases, "X5", "cracking 3 days a week", d -> d.with("history.crackingDaysPerWeek", 3));
    silent(cases, "X6", "no crack session today", d -> d.with("history.crackSessionsToday", 0));
    fires(cases, "X6", "1 crack session today", d -> d.with("history.crackSessionsToday", 1));
    fires(cases, "X6", "2 crack sessions today", d -> d.with("history.crackSessionsToday", 2));
    fires(cases, "X7", "age 65", d -> d.with("history.ageYears", 65));
    silent(cases, "X7", "age 64", d -> d.with("history.ageYears", 64));
    fires(cases, "X8", "a minor knock", d -> d.with("history.recentTrauma", "MINOR"));
    silent(cases, "X8", "no knock", d -> d.with("history.recentTrauma", "NONE"));
    fires(
        cases,
        "X9",
        "a review that advised exercise",
        d -> d.with("history.professionalReview", "EXERCISE_ADVISED"));
    silent(cases, "X9", "no review", d -> d.with("history.professionalReview", "NONE"));
    fires(
        cases,
        "S14",
        "minor knock at 65",
        d -> d.with("history.recentTrauma", "MINOR").with("history.ageYears", 65));
    silent(
        cases,
        "S14",
        "minor knock at 64",
        d -> d.with("history.recentTrauma", "MINOR").with("history.ageYears", 64));
    fires(
        cases,
        "S14",
        "minor knock with osteopenia",
        d -> d.with("history.recentTrauma", "MINOR").withCondition(Condition.OSTEOPENIA));
    silent(
        cases,
        "S14",
        "osteopenia without a knock",
        d -> d.with("history.recentTrauma", "NONE").withCondition(Condition.OSTEOPENIA));
    silent(
        cases,
        "S14",
        "minor knock at 65, reviewed",
        d ->
            d.with("history.recentTrauma", "MINOR")
                .with("history.ageYears", 65)
                .with("history.professionalReview", "EXERCISE_ADVISED"));
    silent(
        cases,
        "S4",
        "pain 1 for 4 weeks, reviewed",
        d -> pain(d, 1, 4).with("history.professionalReview", "EXERCISE_ADVISED"));
    silent(
        cases,
        "S11",
        "pain rose 2 points, reviewed",
        d -> rise(d, 3, 5).with("history.professionalReview", "EXERCISE_ADVISED"));
    silent(
        cases,
        "S9",
        "first episode at 51, reviewed",
        d -> firstEpisode(d, 51, true, 1).with("history.professionalReview", "EXERCISE_ADVISED"));
    silent(
        cases,
        "S12",
        "STarT Back 4 yes, reviewed",
        d ->
            d.withStartBack(4, Bothersomeness.SLIGHTLY)
                .with("history.professionalReview", "EXERCISE_ADVISED"));
    fires(
        cases,
        "S3",
        "pain 7, reviewed (a review never lifts S3)",
        d ->
            d.with("symptoms.painScore", 7).with("history.professionalReview", "EXERCISE_ADVISED"));
    fires(
        cases,
        "S6",
        "stretching hurt, reviewed (stated pain stands)",
        d ->
            d.with("history.painDuringStretching", true)
                .with("history.professionalReview", "EXERCISE_ADVISED"));
    return cases;
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void ruleFiresExactlyOnItsSideOfTheBoundary(Case example) {
    Answers answers = example.change().apply(Documents.clear()).answers();

    ScreeningResult result = SCREENER.screen(answers);

    Rule rule = SCREENER.ruleBook().requireRule(example.rule());
    if (example.fires()) {
      assertThat(result.ruleIds()).contains(example.rule());
      assertThat(result.verdict().compareTo(rule.verdict())).isGreaterThanOrEqualTo(0);
    } else {
      assertThat(result.ruleIds()).doesNotContain(example.rule());
    }
  }

  @Test
  void everyRuleHasAFiringAndASilentCase() {
    List<Case> cases = cases();

    for (Rule rule : SCREENER.ruleBook().rules()) {
      if (GradedPainRulesTest.JOURNAL_ONLY.contains(rule.id())) {
        continue;
      }
      assertThat(cases)
          .as(rule.id())
          .anyMatch(c -> c.rule().equals(rule.id()) && c.fires())
          .anyMatch(c -> c.rule().equals(rule.id()) && !c.fires());
    }
  }

  @Test
  void baselineIsClearWithNoReason() {
    ScreeningResult result = SCREENER.screen(Documents.clear().answers());

    assertThat(result.verdict()).isEqualTo(Verdict.CLEAR);
    assertThat(result.reasons()).isEmpty();
  }

  @Test
  void painBandsGiveClearStretchOnlyAndSeeProfessional() {
    assertThat(verdictForPain(3)).isEqualTo(Verdict.CLEAR);
    assertThat(verdictForPain(4)).isEqualTo(Verdict.STRETCH_ONLY);
    assertThat(verdictForPain(6)).isEqualTo(Verdict.STRETCH_ONLY);
    assertThat(verdictForPain(7)).isEqualTo(Verdict.SEE_PROFESSIONAL);
  }

  @Test
  void mostSevereRuleDecidesAndEveryFiredRuleIsReportedInRuleOrder() {
    Answers answers =
        Documents.clear()
            .withCondition(Condition.OSTEOARTHRITIS)
            .with("history.painDuringStretching", true)
            .with("symptoms.fever", true)
            .answers();

    ScreeningResult result = SCREENER.screen(answers);

    assertThat(result.verdict()).isEqualTo(Verdict.URGENT);
    assertThat(result.ruleIds()).containsExactly("U8", "S6", "X1");
  }

  private static Verdict verdictForPain(int pain) {
    return SCREENER.screen(Documents.clear().with("symptoms.painScore", pain).answers()).verdict();
  }

  private static void fires(
      List<Case> cases, String rule, String given, UnaryOperator<Documents> change) {
    cases.add(new Case(rule, true, given, change));
  }

  private static void silent(
      List<Case> cases, String rule, String given, UnaryOperator<Documents> change) {
    cases.add(new Case(rule, false, given, change));
  }

  private static Documents pain(Documents document, int score, double weeks) {
    return document.with("symptoms.painScore", score).with("symptoms.painDurationWeeks", weeks);
  }

  private static Documents cracking(
      Documents document, int daysPerWeek, int sessionsToday, boolean forPain, int pain) {
    return document
        .with("history.crackingDaysPerWeek", daysPerWeek)
        .with("history.crackSessionsToday", sessionsToday)
        .with("history.cracksToRelievePain", forPain)
        .with("symptoms.painScore", pain);
  }

  private static Documents firstEpisode(Documents document, int age, boolean first, int pain) {
    return document
        .with("history.ageYears", age)
        .with("history.firstEpisode", first)
        .with("symptoms.painScore", pain);
  }

  private static Documents rise(Documents document, int before, int now) {
    return document.with("history.previousPainScore", before).with("symptoms.painScore", now);
  }
}

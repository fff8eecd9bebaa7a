package dev.limber.screening;

import java.math.BigDecimal;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

/**
 * The triggers of every U, S and X rule, in report order, each named for the sentence it enforces
 * (spec/screening.md §4). The words, messages and sources live in the rule data.
 */
final class SafetyRules {
  static final Set<Condition> SELF_CRACKING_CAN_HARM =
      EnumSet.of(
          Condition.SPINAL_FRACTURE,
          Condition.HERNIATED_DISC,
          Condition.RECENT_BACK_INJURY,
          Condition.OSTEOPOROSIS,
          Condition.SPINAL_INSTABILITY,
          Condition.PREVIOUS_SPINAL_INJURY);
  static final Set<Condition> NEEDS_A_PROFESSIONAL_CHECK =
      EnumSet.of(
          Condition.INFLAMMATORY_ARTHRITIS,
          Condition.SPINAL_SURGERY,
          Condition.CANCER_HISTORY,
          Condition.LONG_TERM_STEROIDS,
          Condition.IMMUNOSUPPRESSION,
          Condition.PREGNANCY);
  static final Set<Condition> NEVER_CRACK =
      EnumSet.of(Condition.OSTEOARTHRITIS, Condition.OSTEOPENIA, Condition.NEUROLOGICAL_CONDITION);
  static final Set<Condition> FRAGILE_BONES =
      EnumSet.of(Condition.OSTEOPOROSIS, Condition.LONG_TERM_STEROIDS);
  static final Set<Condition> BLEEDING_RISK =
      EnumSet.of(Condition.ANTICOAGULANTS, Condition.BLEEDING_DISORDER);

  private SafetyRules() {}

  /** Rule id to trigger, in the order reasons are reported (U1–U13, S1–S12, S14, S15, X1–X10). */
  static Map<String, Predicate<Answers>> triggers(Policy policy) {
    Map<String, Predicate<Answers>> triggers = new LinkedHashMap<>();
    triggers.put("U1", answers -> answers.symptoms().bladderOrBowelChange());
    triggers.put("U2", answers -> answers.symptoms().numbness().contains(Numbness.SADDLE));
    triggers.put("U3", answers -> answers.symptoms().numbness().contains(Numbness.ONE_LEG));
    triggers.put("U4", SafetyRules::weakArmOrBothArmsNumbNeedsHelpToday);
    triggers.put("U5", answers -> answers.symptoms().chestPain());
    triggers.put("U6", answers -> answers.history().recentTrauma() == Trauma.MAJOR);
    triggers.put("U7", SafetyRules::minorKnockOnFragileBonesNeedsHelpToday);
    triggers.put("U8", answers -> answers.symptoms().fever());
    triggers.put("U9", answers -> answers.symptoms().unexplainedWeightLoss());
    triggers.put("U10", answers -> answers.symptoms().swelling());
    triggers.put("U11", answers -> answers.symptoms().nightPainOrUnrelievedByRest());
    triggers.put("U12", answers -> answers.symptoms().painWorseWithCoughSneeze());
    triggers.put("U13", SafetyRules::bothLegsNumbOrALegWeakIsAnEmergency);
    triggers.put("S1", answers -> answers.hasAny(SELF_CRACKING_CAN_HARM));
    triggers.put("S2", answers -> answers.hasAny(NEEDS_A_PROFESSIONAL_CHECK));
    triggers.put("S3", answers -> answers.symptoms().painScore() >= policy.severePainMin());
    triggers.put("S4", answers -> !reviewed(answers) && painHasPersisted(answers, policy));
    triggers.put("S5", answers -> answers.history().painDuringCracking());
    triggers.put("S6", answers -> answers.history().painDuringStretching());
    triggers.put("S7", SafetyRules::oneNumbArmWithoutWeaknessNeedsACheck);
    triggers.put("S8", answers -> crackingOftenBecauseOfPain(answers, policy));
    triggers.put("S9", answers -> !reviewed(answers) && firstEpisodeAtARiskyAge(answers, policy));
    triggers.put("S10", answers -> answers.history().ageYears() < policy.adultAgeYears());
    triggers.put("S11", answers -> !reviewed(answers) && painRoseClinically(answers, policy));
    triggers.put("S12", answers -> !reviewed(answers) && startBackIsNotLowRisk(answers, policy));
    triggers.put(
        "S14",
        answers -> !reviewed(answers) && minorKnockOnThinnerBonesNeedsACheck(answers, policy));
    triggers.put("S15", answers -> answers.history().painNotes().newSymptomFlag());
    triggers.put("X1", answers -> answers.hasAny(NEVER_CRACK));
    triggers.put("X2", answers -> answers.has(Condition.HYPERMOBILITY));
    triggers.put("X3", answers -> answers.hasAny(BLEEDING_RISK));
    triggers.put("X4", answers -> policy.isModeratePain(answers.symptoms().painScore()));
    triggers.put(
        "X5",
        answers -> answers.history().crackingDaysPerWeek() >= policy.frequentCrackingDaysPerWeek());
    triggers.put(
        "X6", answers -> answers.history().crackSessionsToday() >= policy.dailySelfCrackSessions());
    triggers.put("X7", answers -> policy.isOlderAge(answers.history().ageYears()));
    triggers.put("X8", answers -> answers.history().recentTrauma() == Trauma.MINOR);
    triggers.put("X9", SafetyRules::reviewed);
    triggers.put("X10", answers -> answers.history().painNotes().recentMildStop());
    return triggers;
  }

  static boolean bothLegsNumbOrALegWeakIsAnEmergency(Answers answers) {
    Symptoms symptoms = answers.symptoms();
    return symptoms.numbness().contains(Numbness.BOTH_LEGS)
        || symptoms.weakness().contains(Weakness.LEG);
  }

  /**
   * A professional advised exercise within the review window (§2.1): S4, S9, S11, S12 and S14 are
   * answered by that assessment and X9 applies instead. Flags it closed no longer fill S5/S6.
   */
  static boolean reviewed(Answers answers) {
    return answers.history().professionalReview() == ProfessionalReview.EXERCISE_ADVISED;
  }

  static boolean minorKnockOnThinnerBonesNeedsACheck(Answers answers, Policy policy) {
    return answers.history().recentTrauma() == Trauma.MINOR
        && (answers.has(Condition.OSTEOPENIA) || policy.isOlderAge(answers.history().ageYears()));
  }

  static boolean weakArmOrBothArmsNumbNeedsHelpToday(Answers answers) {
    return answers.symptoms().weakness().contains(Weakness.ARM)
        || answers.symptoms().numbness().contains(Numbness.BOTH_ARMS);
  }

  /** With weakness as well, U3 or U4 applies instead (spec/screening.md §4). */
  static boolean oneNumbArmWithoutWeaknessNeedsACheck(Answers answers) {
    return answers.symptoms().numbness().contains(Numbness.ONE_ARM)
        && answers.symptoms().weakness().isEmpty();
  }

  static boolean minorKnockOnFragileBonesNeedsHelpToday(Answers answers) {
    return answers.history().recentTrauma() == Trauma.MINOR && answers.hasAny(FRAGILE_BONES);
  }

  static boolean painHasPersisted(Answers answers, Policy policy) {
    BigDecimal limit = BigDecimal.valueOf(policy.persistentPainWeeks());
    return answers.symptoms().painScore() >= 1
        && answers
            .symptoms()
            .painDurationWeeks()
            .filter(weeks -> weeks.compareTo(limit) >= 0)
            .isPresent();
  }

  static boolean crackingOftenBecauseOfPain(Answers answers, Policy policy) {
    History history = answers.history();
    boolean often =
        history.crackingDaysPerWeek() >= policy.frequentCrackingDaysPerWeek()
            || history.crackSessionsToday() >= policy.habitualCrackSessionsToday();
    return often && history.cracksToRelievePain() && answers.symptoms().painScore() >= 1;
  }

  static boolean firstEpisodeAtARiskyAge(Answers answers, Policy policy) {
    int age = answers.history().ageYears();
    return answers.history().firstEpisode()
        && answers.symptoms().painScore() >= 1
        && (age > policy.newPainAgeAbove() || age < policy.newPainAgeBelow());
  }

  static boolean painRoseClinically(Answers answers, Policy policy) {
    int now = answers.symptoms().painScore();
    return answers
        .history()
        .previousPainScore()
        .filter(before -> now - before >= policy.clinicallyImportantPainRise())
        .isPresent();
  }

  static boolean startBackIsNotLowRisk(Answers answers, Policy policy) {
    return answers
        .symptoms()
        .startBack()
        .filter(tool -> tool.totalScore() >= policy.startBackHighScore())
        .isPresent();
  }
}

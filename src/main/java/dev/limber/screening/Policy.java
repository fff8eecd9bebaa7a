package dev.limber.screening;

import java.util.List;
import java.util.Map;

/**
 * The thresholds the rules and filters compare against (rev. 3 adds the 7-day hold of a technique
 * after a mild stop and the 14 days within which a second mild stop is not mild), read from the
 * rule data by name so that no number lives in code (spec/screening.md §4: X5, X6, X7, S8, the
 * 12-week review window and the 4–6 band are product policy).
 */
public record Policy(
    int moderatePainMin,
    int moderatePainMax,
    int severePainMin,
    int persistentPainWeeks,
    int frequentCrackingDaysPerWeek,
    int habitualCrackSessionsToday,
    int dailySelfCrackSessions,
    int newPainAgeAbove,
    int newPainAgeBelow,
    int adultAgeYears,
    int clinicallyImportantPainRise,
    int startBackHighScore,
    int olderAgeYears,
    int professionalReviewWeeks,
    int painHoldDays,
    int mildStopRepeatDays) {

  /** Every threshold name, as the rule data spells it. */
  public static final List<String> NAMES =
      List.of(
          "moderatePainMin",
          "moderatePainMax",
          "severePainMin",
          "persistentPainWeeks",
          "frequentCrackingDaysPerWeek",
          "habitualCrackSessionsToday",
          "dailySelfCrackSessions",
          "newPainAgeAbove",
          "newPainAgeBelow",
          "adultAgeYears",
          "clinicallyImportantPainRise",
          "startBackHighScore",
          "olderAgeYears",
          "professionalReviewWeeks",
          "painHoldDays",
          "mildStopRepeatDays");

  public Policy {
    if (moderatePainMin < 1 || moderatePainMin > moderatePainMax) {
      throw new IllegalArgumentException(
          "moderate pain band is empty or starts at 0: " + moderatePainMin + "–" + moderatePainMax);
    }
    if (severePainMin <= moderatePainMax) {
      throw new IllegalArgumentException(
          "severe pain must start above the moderate band: " + severePainMin);
    }
    if (painHoldDays < 1 || mildStopRepeatDays < 1) {
      throw new IllegalArgumentException(
          "painHoldDays and mildStopRepeatDays must be at least 1: "
              + painHoldDays
              + ", "
              + mildStopRepeatDays);
    }
    if (dailySelfCrackSessions < 1 || habitualCrackSessionsToday < 1) {
      throw new IllegalArgumentException(
          "crack session thresholds must be at least 1: "
              + dailySelfCrackSessions
              + ", "
              + habitualCrackSessionsToday);
    }
  }

  /** Builds the policy from values by name; every name in {@link #NAMES} must be present. */
  public static Policy of(Map<String, Integer> values) {
    for (String name : NAMES) {
      if (!values.containsKey(name)) {
        throw new IllegalArgumentException("threshold missing: " + name);
      }
    }
    return new Policy(
        values.get("moderatePainMin"),
        values.get("moderatePainMax"),
        values.get("severePainMin"),
        values.get("persistentPainWeeks"),
        values.get("frequentCrackingDaysPerWeek"),
        values.get("habitualCrackSessionsToday"),
        values.get("dailySelfCrackSessions"),
        values.get("newPainAgeAbove"),
        values.get("newPainAgeBelow"),
        values.get("adultAgeYears"),
        values.get("clinicallyImportantPainRise"),
        values.get("startBackHighScore"),
        values.get("olderAgeYears"),
        values.get("professionalReviewWeeks"),
        values.get("painHoldDays"),
        values.get("mildStopRepeatDays"));
  }

  /** True from the age at which bones may be thinner than anyone knows (X7, S14, F6). */
  public boolean isOlderAge(int ageYears) {
    return ageYears >= olderAgeYears;
  }

  /** True when the pain score lies in the moderate band (X4, F7). */
  public boolean isModeratePain(int painScore) {
    return painScore >= moderatePainMin && painScore <= moderatePainMax;
  }
}

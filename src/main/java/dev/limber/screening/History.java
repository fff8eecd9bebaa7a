package dev.limber.screening;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * A person's background and recent cracking (spec/screening.md §2). The capabilities default to
 * false when unknown, so an unknown ability excludes the techniques that need it. {@code
 * professionalReview} is what the journal allows (§2.1), not always what was sent.
 */
public record History(
    int ageYears,
    Trauma recentTrauma,
    boolean firstEpisode,
    int crackSessionsToday,
    int crackingDaysPerWeek,
    boolean cracksToRelievePain,
    boolean painDuringCracking,
    boolean painDuringStretching,
    Optional<Integer> previousPainScore,
    boolean canGetDownToFloor,
    boolean canLieFlatWithoutBackDiscomfort,
    boolean canReachMidBack,
    ProfessionalReview professionalReview,
    PainNotes painNotes) {

  public static final int MAX_AGE_YEARS = 120;
  public static final int MAX_CRACK_SESSIONS_TODAY = 100;
  public static final int DAYS_PER_WEEK = 7;

  public History {
    if (ageYears < 0 || ageYears > MAX_AGE_YEARS) {
      throw new IllegalArgumentException("ageYears outside 0–120: " + ageYears);
    }
    if (recentTrauma == null || professionalReview == null || painNotes == null) {
      throw new IllegalArgumentException(
          "recentTrauma, professionalReview and painNotes are required");
    }
    if (crackSessionsToday < 0 || crackSessionsToday > MAX_CRACK_SESSIONS_TODAY) {
      throw new IllegalArgumentException("crackSessionsToday outside 0–100: " + crackSessionsToday);
    }
    if (crackingDaysPerWeek < 0 || crackingDaysPerWeek > DAYS_PER_WEEK) {
      throw new IllegalArgumentException("crackingDaysPerWeek outside 0–7: " + crackingDaysPerWeek);
    }
    previousPainScore.ifPresent(
        score -> {
          if (score < 0 || score > Symptoms.MAX_PAIN) {
            throw new IllegalArgumentException("previousPainScore outside 0–10: " + score);
          }
        });
  }

  /** A history with no journal behind it (no graded pain). */
  public History(
      int ageYears,
      Trauma recentTrauma,
      boolean firstEpisode,
      int crackSessionsToday,
      int crackingDaysPerWeek,
      boolean cracksToRelievePain,
      boolean painDuringCracking,
      boolean painDuringStretching,
      Optional<Integer> previousPainScore,
      boolean canGetDownToFloor,
      boolean canLieFlatWithoutBackDiscomfort,
      boolean canReachMidBack,
      ProfessionalReview professionalReview) {
    this(
        ageYears,
        recentTrauma,
        firstEpisode,
        crackSessionsToday,
        crackingDaysPerWeek,
        cracksToRelievePain,
        painDuringCracking,
        painDuringStretching,
        previousPainScore,
        canGetDownToFloor,
        canLieFlatWithoutBackDiscomfort,
        canReachMidBack,
        professionalReview,
        PainNotes.NONE);
  }

  /** The same history with another professional review (rule P1 counts the join as one). */
  History withProfessionalReview(ProfessionalReview review) {
    return new History(
        ageYears,
        recentTrauma,
        firstEpisode,
        crackSessionsToday,
        crackingDaysPerWeek,
        cracksToRelievePain,
        painDuringCracking,
        painDuringStretching,
        previousPainScore,
        canGetDownToFloor,
        canLieFlatWithoutBackDiscomfort,
        canReachMidBack,
        review,
        painNotes);
  }

  Map<String, Object> toJson() {
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("ageYears", ageYears);
    json.put("recentTrauma", recentTrauma);
    json.put("firstEpisode", firstEpisode);
    json.put("crackSessionsToday", crackSessionsToday);
    json.put("crackingDaysPerWeek", crackingDaysPerWeek);
    json.put("cracksToRelievePain", cracksToRelievePain);
    json.put("painDuringCracking", painDuringCracking);
    json.put("painDuringStretching", painDuringStretching);
    previousPainScore.ifPresent(score -> json.put("previousPainScore", score));
    json.put("canGetDownToFloor", canGetDownToFloor);
    json.put("canLieFlatWithoutBackDiscomfort", canLieFlatWithoutBackDiscomfort);
    json.put("canReachMidBack", canReachMidBack);
    json.put("professionalReview", professionalReview);
    painNotes.lastPainStopSettled().ifPresent(settled -> json.put("lastPainStopSettled", settled));
    return json;
  }
}

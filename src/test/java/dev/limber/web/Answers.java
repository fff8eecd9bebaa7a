package dev.limber.web;

/** Screening answers documents (spec/screening.md §2) for the web tests. */
public final class Answers {
  /** Mild stiffness in a healthy adult who can do everything: CLEAR. */
  public static final String CLEAR =
      """
      {"conditions": [],
       "symptoms": {"painScore": 2, "painDurationWeeks": 1, "numbness": [], "weakness": [],
                    "bladderOrBowelChange": false, "chestPain": false, "fever": false,
                    "unexplainedWeightLoss": false, "swelling": false,
                    "nightPainOrUnrelievedByRest": false, "painWorseWithCoughSneeze": false},
       "history": {"ageYears": 34, "recentTrauma": "NONE", "firstEpisode": false,
                   "canGetDownToFloor": true,
                   "canLieFlatWithoutBackDiscomfort": true, "canReachMidBack": true}}
      """;

  /** Chest pain: URGENT. */
  public static final String CHEST_PAIN =
      """
      {"conditions": [],
       "symptoms": {"painScore": 3, "painDurationWeeks": 1, "numbness": [], "weakness": [],
                    "bladderOrBowelChange": false, "chestPain": true, "fever": false,
                    "unexplainedWeightLoss": false, "swelling": false,
                    "nightPainOrUnrelievedByRest": false, "painWorseWithCoughSneeze": false},
       "history": {"ageYears": 45, "recentTrauma": "NONE", "firstEpisode": false}}
      """;

  /** A pain score of 11 and a misspelt field: rejected, both named. */
  public static final String INVALID =
      """
      {"conditions": [],
       "symptoms": {"painScore": 11, "chest_pain": true},
       "history": {"ageYears": 34}}
      """;

  private Answers() {}
}

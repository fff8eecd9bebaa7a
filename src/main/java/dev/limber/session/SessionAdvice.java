package dev.limber.session;

/**
 * What a session's ending tells the person (spec/screening.md §7), with the rule it leads to at the
 * next screening.
 */
public enum SessionAdvice {
  PAIN_DURING_STRETCHING(
      "S6",
      "You stopped because a stretch hurt. Before another session, see a physiotherapist or"
          + " doctor: your next screening will ask you to."),
  PAIN_DURING_CRACKING(
      "S5",
      "You stopped because the self-crack attempt hurt. Do not try it again; see a"
          + " physiotherapist or doctor: your next screening will ask you to."),
  PAIN_ROSE(
      "S11",
      "Your pain is 2 or more points above where it started. Stop for today and see a"
          + " physiotherapist or doctor."),
  NEW_SYMPTOMS(
      "§7",
      "New numbness, tingling, weakness, swelling or chest pain ends a session. Screen again now"
          + " (limber screen). Chest pain, numbness around the groin, new bladder or bowel"
          + " trouble or new leg weakness: call emergency services."),
  NO_MORE_CRACKING_TODAY(
      "X6", "Something popped: no further self-crack attempt today. Stretching is fine.");

  private final String rule;
  private final String message;

  SessionAdvice(String rule, String message) {
    this.rule = rule;
    this.message = message;
  }

  /** The spec rule this advice rests on. */
  public String rule() {
    return rule;
  }

  public String message() {
    return message;
  }
}

package dev.limber.session;

/**
 * What a session's ending tells the person (spec/screening.md §7), with the rule it leads to at the
 * next screening.
 */
public enum SessionAdvice {
  PAIN_DURING_STRETCHING(
      "S6",
      "You stopped because a stretch hurt. There is no session until a physiotherapist or doctor"
          + " has seen you; then record it with limber review."),
  PAIN_DURING_CRACKING(
      "S5",
      "You stopped because the self-crack attempt hurt. Do not try it again. There is no session"
          + " until a physiotherapist or doctor has seen you; then record it with limber review."),
  PAIN_ROSE(
      "S6",
      "Your pain is 2 or more points above where it started. Stop for today: there is no session"
          + " until a physiotherapist or doctor has seen you (then record it with limber review)."),
  NEW_SYMPTOMS(
      "S6",
      "A new symptom ends a session. Get it checked before you exercise again; if it is chest"
          + " pain, breathlessness, numbness around the groin, new bladder or bowel trouble or a"
          + " leg that has turned weak, call emergency services now."),
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

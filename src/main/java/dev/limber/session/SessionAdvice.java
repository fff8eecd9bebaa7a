package dev.limber.session;

/**
 * What a session's ending tells the person (spec/screening.md §7), with the rule it leads to at the
 * next screening and whether a professional review, once recorded, lifts it. How to record one is
 * each face's to say: a command in the terminal, a page in the browser.
 */
public enum SessionAdvice {
  PAIN_DURING_STRETCHING(
      "S6",
      true,
      "You stopped because a stretch hurt. There is no session until a physiotherapist or doctor"
          + " has seen you."),
  PAIN_DURING_CRACKING(
      "S5",
      true,
      "You stopped because the self-crack attempt hurt. Do not try it again. There is no session"
          + " until a physiotherapist or doctor has seen you."),
  PAIN_ROSE(
      "S6",
      true,
      "Your pain is 2 or more points above where it started. Stop for today: there is no session"
          + " until a physiotherapist or doctor has seen you."),
  MILD_STOP(
      "X10",
      false,
      "You stopped a stretch that hurt, and the pain is easing. That stretch rests for a week and"
          + " there is no self-cracking meanwhile. Next time, Limber asks whether your back has"
          + " settled; if it has not, or a stretch hurts again soon, see a physiotherapist."),
  NEW_SYMPTOMS(
      "S15",
      true,
      "A new symptom ends a session. Get it checked before you exercise again; if it is chest"
          + " pain, breathlessness, numbness around the groin, new bladder or bowel trouble or a"
          + " leg that has turned weak, call {emergencyNumber} now."),
  NO_MORE_CRACKING_TODAY(
      "X6", false, "Your back cracked: no further self-crack attempt today. Stretching is fine.");

  private final String rule;
  private final boolean liftedByReview;
  private final String message;

  SessionAdvice(String rule, boolean liftedByReview, String message) {
    this.rule = rule;
    this.liftedByReview = liftedByReview;
    this.message = message;
  }

  /** The spec rule this advice rests on. */
  public String rule() {
    return rule;
  }

  /** Whether recording a professional review closes the flag behind this advice (spec §2.1). */
  public boolean liftedByReview() {
    return liftedByReview;
  }

  /** The advice in words, naming the emergency number the installation set (§6, rev. 3). */
  public String message() {
    return message.replace("{emergencyNumber}", dev.limber.screening.EmergencyNotice.number());
  }
}

package dev.limber.screening;

import java.util.Locale;

/**
 * A new symptom that ends a session (spec/screening.md §7), one of the red flags a person can
 * report while playing. Its words (its name, the number to call, what to do now) are the word
 * table's ({@link SafetyWords}), so the terminal player and the browser's emergency stop say the
 * same.
 */
public enum NewSymptom {
  NUMBNESS,
  WEAKNESS,
  CHEST_PAIN,
  SWELLING;

  /** The symptom inside a sentence, such as "chest pain or breathlessness". */
  public String words() {
    return SafetyWords.bundled().symptom(this).words();
  }

  /** The symptom on its own, as a button names it: "Chest pain or breathlessness". */
  public String button() {
    return SafetyWords.bundled().symptom(this).name();
  }

  /** The symptom's id in a page or a request: "numbness", "chest-pain". */
  public String id() {
    return name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  /** True when the advice is to call the emergency number now whatever else is true. */
  public boolean callNow() {
    return this == CHEST_PAIN;
  }

  /** The symptom named back to the person: "You told Limber about new weakness." */
  public String named() {
    return SafetyWords.bundled().symptomSentence(SafetyWords.Sentence.symptomNamed, this);
  }

  /** Why the session ended, naming the symptom: "You reported weakness, so the session ..." */
  public String ended() {
    return SafetyWords.bundled().symptomSentence(SafetyWords.Sentence.symptomEnded, this);
  }

  /**
   * The first thing to read: when to call {@link EmergencyNotice#number()} now, such as "Call 112
   * now if a leg has turned weak."
   */
  public String callLine() {
    return SafetyWords.bundled()
        .symptom(this)
        .callLine()
        .replace(SafetyWords.NUMBER, EmergencyNotice.number());
  }

  /** What to do now, read after {@link #callLine()}. */
  public String advice() {
    return SafetyWords.bundled().symptom(this).advice();
  }
}

package dev.limber.session;

import dev.limber.screening.EmergencyNotice;
import java.util.Locale;

/**
 * A new symptom that ends a session (spec/screening.md §7): its name in people's words, the number
 * to call and what to do about it now. The one source of these sentences for the terminal player
 * and the browser's emergency stop, so both say the same.
 */
public enum NewSymptom {
  NUMBNESS("numbness or tingling", "Numbness or tingling"),
  WEAKNESS("weakness", "Weakness"),
  CHEST_PAIN("chest pain or breathlessness", "Chest pain or breathlessness"),
  SWELLING("swelling", "Swelling");

  private final String words;
  private final String button;

  NewSymptom(String words, String button) {
    this.words = words;
    this.button = button;
  }

  /** The symptom inside a sentence, such as "chest pain or breathlessness". */
  public String words() {
    return words;
  }

  /** The symptom on its own, as a button names it: "Chest pain or breathlessness". */
  public String button() {
    return button;
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
    return "You told Limber about new " + words + ".";
  }

  /**
   * The first thing to read: when to call {@link EmergencyNotice#number()} now, such as "Call 112
   * now if a leg has turned weak."
   */
  public String callLine() {
    String call = "Call " + EmergencyNotice.number() + " now";
    return switch (this) {
      case NUMBNESS ->
          call
              + " if the numbness or tingling is between your legs, around your bottom or in both"
              + " legs.";
      case WEAKNESS -> call + " if a leg has turned weak.";
      case CHEST_PAIN -> call + ": chest pain or breathlessness can be an emergency.";
      case SWELLING -> call + " if the swelling comes with chest pain or breathlessness.";
    };
  }

  /** What to do now, read after {@link #callLine()}. */
  public String advice() {
    return switch (this) {
      case CHEST_PAIN -> "Sit down and rest while you wait for help, and do not drive yourself.";
      case NUMBNESS, WEAKNESS, SWELLING ->
          "Otherwise, do no more exercises today and get it checked by a doctor today.";
    };
  }
}

package dev.limber.session;

import dev.limber.screening.EmergencyNotice;
import java.util.Locale;

/**
 * A new symptom that ends a session (spec/screening.md §7): its name in people's words and what to
 * do about it now, naming the configured emergency number. The one place the browser player reads
 * these sentences from (the terminal's {@code cli.NewSymptom} says the same), ready for the word
 * table to take over.
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

  /** What to do about it now, naming {@link EmergencyNotice#number()}. */
  public String advice() {
    String number = EmergencyNotice.number();
    return switch (this) {
      case NUMBNESS ->
          "Get it checked by a doctor today. Call "
              + number
              + " now if it is between your legs or around your bottom, or in both legs.";
      case WEAKNESS ->
          "Get it checked by a doctor today. Call " + number + " now if a leg has turned weak.";
      case CHEST_PAIN -> "This can be an emergency: call " + number + " now.";
      case SWELLING -> "Get it checked by a doctor today.";
    };
  }
}

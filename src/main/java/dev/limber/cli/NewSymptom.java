package dev.limber.cli;

import dev.limber.screening.EmergencyNotice;

/**
 * A new symptom that ends a session (spec/screening.md §7), as the terminal player names it in its
 * confirming step and in the emergency words that follow.
 */
enum NewSymptom {
  NUMBNESS("numbness or tingling"),
  WEAKNESS("weakness"),
  CHEST_PAIN("chest pain or breathlessness"),
  SWELLING("swelling");

  private final String words;

  NewSymptom(String words) {
    this.words = words;
  }

  /** The symptom in the words of the confirming step, such as "chest pain or breathlessness". */
  String words() {
    return words;
  }

  /** What to do about it now, naming the emergency number of {@link EmergencyNotice}. */
  String advice() {
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

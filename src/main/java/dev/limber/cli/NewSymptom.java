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

  /**
   * The first line of the emergency words: the number of {@link EmergencyNotice} to call now, and
   * when, so that it is read first.
   */
  String callLine() {
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

  /** What to do now, after the call line. */
  String advice() {
    return switch (this) {
      case CHEST_PAIN -> "Sit down and rest while you wait for help, and do not drive yourself.";
      case NUMBNESS, WEAKNESS, SWELLING ->
          "Otherwise, do no more exercises today and get it checked by a doctor today.";
    };
  }
}

package dev.limber.screening;

import java.util.regex.Pattern;

/**
 * The notice printed with every screening answer and every rejection, because a person may be in
 * danger whatever they typed (spec/screening.md §3), naming the number to call (§6, rev. 3). The
 * number is set once at start-up ({@code LIMBER_EMERGENCY_NUMBER} or {@code --emergency-number}),
 * so every face names the same one. Thread-safe.
 */
public final class EmergencyNotice {
  /** The default, as the rule data's {@code emergencyNumber} gives it with its rationale. */
  public static final String DEFAULT_NUMBER = "112";

  private static final Pattern NUMBER = Pattern.compile("\\+?[0-9]{2,15}");
  private static volatile String number = DEFAULT_NUMBER;

  private EmergencyNotice() {}

  /** Sets the number every notice names; throws naming the value when it is not a phone number. */
  public static void configure(String emergencyNumber) {
    number = requireValid(emergencyNumber);
  }

  /** The number as given, when it is 2 to 15 digits with an optional leading +. */
  public static String requireValid(String emergencyNumber) {
    if (emergencyNumber == null || !NUMBER.matcher(emergencyNumber).matches()) {
      throw new IllegalArgumentException(
          "emergency number must be 2 to 15 digits (such as 112, 999 or 911): " + emergencyNumber);
    }
    return emergencyNumber;
  }

  /** The number to call, such as 112. */
  public static String number() {
    return number;
  }

  /** The notice in words, naming the number. Kept in code so that it shows even without data. */
  public static String text() {
    return "Call "
        + number
        + " now if you have chest pain, numbness between your legs or around your bottom, new"
        + " trouble controlling your bladder or bowels, new weakness in a leg, or back pain after a"
        + " serious accident. Limber cannot help with these.";
  }
}

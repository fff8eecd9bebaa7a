package dev.limber.screening;

/**
 * The fixed notice printed with every screening answer and every rejection, because a person may be
 * in danger whatever they typed (spec/screening.md §3).
 */
public final class EmergencyNotice {
  /** Kept in code rather than data so that even a failed load of the rule file can show it. */
  public static final String TEXT =
      "Call emergency services now if you have chest pain, numbness between your legs or around"
          + " your bottom, new trouble controlling your bladder or bowels, new weakness in a leg,"
          + " or back pain after a serious accident. Limber cannot help with these.";

  private EmergencyNotice() {}
}

package dev.limber.web.http;

/**
 * A failure as the log shows it: each exception's class and where it was thrown, never its message,
 * which may quote what a person sent (a note, an address, a database value).
 */
final class LoggedFailure {
  private static final int FRAMES = 8;

  private LoggedFailure() {}

  static String describe(Throwable failure) {
    StringBuilder text = new StringBuilder();
    for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
      text.append(cause == failure ? "" : "\n  caused by ").append(cause.getClass().getName());
      StackTraceElement[] frames = cause.getStackTrace();
      for (int index = 0; index < Math.min(FRAMES, frames.length); index++) {
        text.append("\n    at ").append(frames[index]);
      }
      if (cause.getCause() == cause) {
        break;
      }
    }
    return text.toString();
  }
}

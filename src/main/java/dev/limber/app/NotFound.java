package dev.limber.app;

/**
 * What was asked for is not there, or not the caller's to see: an account, a program, a person who
 * joined the clinician, a usable join code; the message names it.
 */
public final class NotFound extends RuntimeException {
  public NotFound(String message) {
    super(message);
  }
}

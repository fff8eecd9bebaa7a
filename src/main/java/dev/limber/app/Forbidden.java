package dev.limber.app;

/**
 * The account may not do this: it is not a clinician, or this server does not let it become one.
 */
public final class Forbidden extends RuntimeException {
  public Forbidden(String message) {
    super(message);
  }
}

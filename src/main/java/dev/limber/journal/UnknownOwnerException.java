package dev.limber.journal;

/** A write to the journal of an account that no longer exists (deleted while the request ran). */
public final class UnknownOwnerException extends RuntimeException {
  public UnknownOwnerException(String owner) {
    super("the journal's owner no longer exists: " + owner);
  }
}

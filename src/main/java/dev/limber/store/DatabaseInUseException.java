package dev.limber.store;

/** Another process holds the embedded database file; the message says what to do about it. */
public final class DatabaseInUseException extends StoreException {
  public DatabaseInUseException(String message, Throwable cause) {
    super(message, cause);
  }
}

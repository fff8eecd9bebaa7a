package dev.limber.cli;

/** Input a command read (not its options) is wrong, such as a pain score "abc": exit 2. */
public final class InvalidInputException extends RuntimeException {
  public InvalidInputException(String message) {
    super(message);
  }
}

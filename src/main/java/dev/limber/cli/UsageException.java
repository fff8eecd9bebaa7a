package dev.limber.cli;

/** The command line itself is wrong (unknown option, missing value, bad number): exit 2. */
public final class UsageException extends RuntimeException {
  public UsageException(String message) {
    super(message);
  }
}

package dev.limber.cli;

/** Process exit codes, the same for every command. */
public final class ExitCode {
  public static final int OK = 0;
  public static final int FAILURE = 1;
  public static final int INVALID_INPUT = 2;
  public static final int NOT_FOUND = 3;

  private ExitCode() {}
}

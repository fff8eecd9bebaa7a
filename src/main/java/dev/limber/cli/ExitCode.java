package dev.limber.cli;

import dev.limber.app.Forbidden;
import dev.limber.app.InvalidInput;
import dev.limber.app.NotFound;
import dev.limber.catalog.UnknownTechniqueException;
import dev.limber.json.JsonSyntaxException;
import java.nio.file.NoSuchFileException;
import java.util.List;
import java.util.Map;

/** Process exit codes, the same for every command, and the one table from failures to codes. */
public final class ExitCode {
  public static final int OK = 0;
  public static final int FAILURE = 1;
  public static final int INVALID_INPUT = 2;
  public static final int NOT_FOUND = 3;

  /**
   * Every exception a command may end with and its exit code; the first type that matches wins, and
   * anything else is a failure.
   */
  static final List<Map.Entry<Class<? extends Throwable>, Integer>> FOR_EXCEPTION =
      List.of(
          Map.entry(UsageException.class, INVALID_INPUT),
          Map.entry(InvalidInputException.class, INVALID_INPUT),
          Map.entry(InvalidInput.class, INVALID_INPUT),
          Map.entry(JsonSyntaxException.class, INVALID_INPUT),
          Map.entry(UnknownTechniqueException.class, NOT_FOUND),
          Map.entry(NotFound.class, NOT_FOUND),
          Map.entry(Forbidden.class, FAILURE),
          Map.entry(NoSuchFileException.class, NOT_FOUND),
          Map.entry(Exception.class, FAILURE));

  private ExitCode() {}

  /** The exit code for a command that ended with {@code failure}. */
  static int of(Throwable failure) {
    return FOR_EXCEPTION.stream()
        .filter(entry -> entry.getKey().isInstance(failure))
        .map(Map.Entry::getValue)
        .findFirst()
        .orElse(FAILURE);
  }
}

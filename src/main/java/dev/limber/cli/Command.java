package dev.limber.cli;

import java.util.List;

/**
 * One {@code limber} command. {@code --help} and {@code --version} are handled for every command.
 */
public interface Command {
  String name();

  /** One line for the command list. */
  String summary();

  /** Positional parameters in the usage line, such as {@code ID}; empty when none. */
  default String parameters() {
    return "";
  }

  List<Option> options();

  /** Runs with parsed arguments and answers an {@link ExitCode}. */
  int run(Arguments arguments, Io io) throws Exception;
}

package dev.limber.cli;

import java.io.PrintStream;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Dispatches {@code limber COMMAND ...} to a command and maps every failure to an exit code. */
public final class Cli {
  private static final Option HELP = Option.flag("help", "show this help and exit");
  private static final Option VERSION = Option.flag("version", "print the version and exit");

  private final Map<String, Command> commands = new LinkedHashMap<>();
  private final String version;

  public Cli(String version, List<Command> commands) {
    this.version = version;
    commands.forEach(command -> this.commands.put(command.name(), command));
  }

  /** The names of every command, in the order of the overview. */
  public List<String> commandNames() {
    return List.copyOf(commands.keySet());
  }

  public int run(String[] args, Io io) {
    List<String> words = Arrays.asList(args);
    if (words.isEmpty() || words.get(0).equals("--help") || words.get(0).equals("help")) {
      printOverview(io.out());
      return ExitCode.OK;
    }
    if (words.get(0).equals("--version")) {
      io.out().println("limber " + version);
      return ExitCode.OK;
    }
    Command command = commands.get(words.get(0));
    if (command == null) {
      io.err()
          .println("limber: unknown command \"" + words.get(0) + "\"" + suggestion(words.get(0)));
      io.err().println("Run 'limber --help' for the list of commands.");
      return ExitCode.INVALID_INPUT;
    }
    List<String> rest = words.subList(1, words.size());
    if (rest.contains("--help")) {
      printHelp(command, io.out());
      return ExitCode.OK;
    }
    if (rest.contains("--version")) {
      io.out().println("limber " + version);
      return ExitCode.OK;
    }
    try {
      return command.run(Arguments.parse(rest, command.options()), io);
    } catch (dev.limber.app.InvalidInput e) {
      io.err().println("limber " + command.name() + ": nothing was changed:");
      e.errors().forEach(error -> io.err().println("  " + error));
      return ExitCode.INVALID_INPUT;
    } catch (UsageException e) {
      io.err().println("limber " + command.name() + ": " + e.getMessage());
      io.err().println("Run 'limber " + command.name() + " --help' for usage.");
      return ExitCode.INVALID_INPUT;
    } catch (Exception e) {
      io.err().println("limber " + command.name() + ": failed: " + describe(e));
      return ExitCode.FAILURE;
    }
  }

  private static String describe(Throwable failure) {
    String message = failure.getMessage();
    return message == null ? failure.getClass().getSimpleName() : message;
  }

  private String suggestion(String typed) {
    return commands.keySet().stream()
        .min(Comparator.comparingInt(name -> editDistance(typed, name)))
        .filter(name -> editDistance(typed, name) <= 3)
        .map(name -> "; did you mean \"" + name + "\"?")
        .orElse("");
  }

  private static int editDistance(String from, String to) {
    int[][] table = new int[from.length() + 1][to.length() + 1];
    for (int i = 0; i <= from.length(); i++) {
      for (int j = 0; j <= to.length(); j++) {
        table[i][j] =
            i == 0 || j == 0
                ? i + j
                : Math.min(
                    table[i - 1][j - 1] + (from.charAt(i - 1) == to.charAt(j - 1) ? 0 : 1),
                    Math.min(table[i - 1][j], table[i][j - 1]) + 1);
      }
    }
    return table[from.length()][to.length()];
  }

  private void printOverview(PrintStream out) {
    out.println("Limber " + version + " — a safety-first coach for a stiff, sore upper back.");
    out.println("Self-care guidance, not a diagnosis: see a professional when pain persists.");
    out.println();
    out.println("Usage: limber COMMAND [OPTIONS]");
    out.println();
    out.println("Commands:");
    int width = commands.keySet().stream().mapToInt(String::length).max().orElse(0);
    commands
        .values()
        .forEach(
            command -> out.printf("  %-" + width + "s  %s%n", command.name(), command.summary()));
    out.println();
    out.println("Every command takes --help and --version.");
    out.println("Exit codes: 0 ok, 1 failure, 2 invalid input, 3 not found.");
  }

  private static void printHelp(Command command, PrintStream out) {
    String parameters = command.parameters().isEmpty() ? "" : " " + command.parameters();
    out.println("Usage: limber " + command.name() + parameters + " [OPTIONS]");
    out.println();
    out.println(command.summary());
    out.println();
    out.println("Options:");
    List<Option> all = new java.util.ArrayList<>(command.options());
    all.add(HELP);
    all.add(VERSION);
    int width = all.stream().mapToInt(option -> option.synopsis().length()).max().orElse(0);
    for (Option option : all) {
      out.printf("  %-" + width + "s  %s%n", option.synopsis(), option.help());
    }
  }
}

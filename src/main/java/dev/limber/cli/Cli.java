package dev.limber.cli;

import dev.limber.app.InvalidInput;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Dispatches {@code limber COMMAND ...} to a command and maps every failure to an exit code through
 * {@link ExitCode#of}: one line naming the command typed, a stack trace with {@code --verbose}.
 */
public final class Cli {
  static final Option HELP = Option.flag("help", "show this help and exit (also -h)");
  static final Option VERSION = Option.flag("version", "print the version and exit");
  static final Option VERBOSE =
      Option.flag("verbose", "on a failure, print the whole stack trace, not one line");

  /** The options every command takes besides its own. */
  static final List<Option> COMMON = List.of(HELP, VERSION, VERBOSE);

  private final Map<String, Command> commands = new LinkedHashMap<>();
  private final String version;

  public Cli(String version, List<Command> commands) {
    this.version = version;
    commands.forEach(command -> this.commands.put(command.name(), command));
    Command completion = new CompletionCommand(this::commands);
    this.commands.putIfAbsent(completion.name(), completion);
  }

  /** The names of every command, in the order of the overview. */
  public List<String> commandNames() {
    return List.copyOf(commands.keySet());
  }

  List<Command> commands() {
    return List.copyOf(commands.values());
  }

  public int run(String[] args, Io io) {
    List<String> words = Arrays.asList(args);
    if (words.isEmpty() || List.of("--help", "-h").contains(words.get(0))) {
      printOverview(io.out());
      return ExitCode.OK;
    }
    if (words.get(0).equals("help")) {
      return help(words.subList(1, words.size()), io);
    }
    if (words.get(0).equals("--version")) {
      io.out().println("limber " + version);
      return ExitCode.OK;
    }
    Command command = commands.get(words.get(0));
    if (command == null) {
      return unknownCommand(words.get(0), io);
    }
    List<String> rest = new ArrayList<>(words.subList(1, words.size()));
    List<String> options = rest.contains("--") ? rest.subList(0, rest.indexOf("--")) : rest;
    if (options.contains("--help") || options.contains("-h")) {
      printHelp(command, io.out());
      return ExitCode.OK;
    }
    if (options.contains("--version")) {
      io.out().println("limber " + version);
      return ExitCode.OK;
    }
    boolean verbose = options.removeIf(VERBOSE.synopsis()::equals);
    Io commandIo = io.forCommand(command.name());
    try {
      return command.run(Arguments.parse(rest, command.options()), commandIo);
    } catch (Exception failure) {
      return fail(commandIo, failure, verbose);
    }
  }

  private static int fail(Io io, Exception failure, boolean verbose) {
    int code = ExitCode.of(failure);
    if (failure instanceof InvalidInput invalid) {
      io.err().println(io.command() + ": nothing was changed:");
      invalid.errors().forEach(error -> io.err().println("  " + error));
    } else if (failure instanceof UsageException) {
      io.err().println(io.command() + ": " + failure.getMessage());
      io.err().println("Run '" + io.command() + " --help' for usage.");
    } else if (code == ExitCode.FAILURE) {
      io.err().println(io.command() + ": failed: " + describe(failure));
    } else {
      io.err().println(io.command() + ": " + describe(failure));
    }
    if (verbose) {
      failure.printStackTrace(io.err());
    }
    return code;
  }

  private int help(List<String> topics, Io io) {
    if (topics.isEmpty()) {
      printOverview(io.out());
      return ExitCode.OK;
    }
    Command command = commands.get(topics.get(0));
    if (command == null) {
      return unknownCommand(topics.get(0), io);
    }
    printHelp(command, io.out());
    return ExitCode.OK;
  }

  private int unknownCommand(String typed, Io io) {
    String hint =
        Spelling.closest(typed, commands.keySet())
            .map(name -> "; did you mean \"" + name + "\"?")
            .orElse("");
    io.err().println("limber: unknown command \"" + typed + "\"" + hint);
    io.err().println("Run 'limber help' for the list of commands.");
    return ExitCode.INVALID_INPUT;
  }

  private static String describe(Throwable failure) {
    String message = failure.getMessage();
    return message == null ? failure.getClass().getSimpleName() : message;
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
    out.println("'limber help COMMAND' (or 'limber COMMAND -h') shows a command's options.");
    out.println("Every command takes --help, --version and --verbose; -- ends the options.");
    out.println("Exit codes: 0 ok, 1 failure, 2 invalid input, 3 not found.");
  }

  private static void printHelp(Command command, PrintStream out) {
    String parameters = command.parameters().isEmpty() ? "" : " " + command.parameters();
    out.println("Usage: limber " + command.name() + " [OPTIONS]" + parameters);
    out.println();
    out.println(command.summary());
    out.println();
    out.println("Options:");
    List<Option> all = new ArrayList<>(command.options());
    all.addAll(COMMON);
    int width = all.stream().mapToInt(option -> option.synopsis().length()).max().orElse(0);
    for (Option option : all) {
      out.printf("  %-" + width + "s  %s%n", option.synopsis(), option.help());
    }
  }
}

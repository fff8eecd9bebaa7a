package dev.limber.cli;

import dev.limber.app.InvalidInput;
import dev.limber.screening.EmergencyNotice;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Dispatches {@code limber COMMAND ...} to a command and maps every failure to an exit code through
 * {@link ExitCode#of}: one line naming the command typed, a stack trace with {@code --verbose}.
 * First it sets the emergency number every notice names, from {@code --emergency-number} (before or
 * after the command), else {@code LIMBER_EMERGENCY_NUMBER}, else the default.
 */
public final class Cli {
  static final Option HELP = Option.flag("help", "show this help and exit (also -h)");
  static final Option VERSION = Option.flag("version", "print the version and exit");
  static final Option VERBOSE =
      Option.flag("verbose", "on a failure, print the whole stack trace, not one line");

  static final Option EMERGENCY_NUMBER =
      Option.value(
          "emergency-number",
          "N",
          "the number every emergency notice names, such as 999 or 911"
              + " ($LIMBER_EMERGENCY_NUMBER; default "
              + EmergencyNotice.DEFAULT_NUMBER
              + ")");

  /** The environment variable that sets the emergency number when the option is not given. */
  public static final String EMERGENCY_NUMBER_VARIABLE = "LIMBER_EMERGENCY_NUMBER";

  /** The options every command takes besides its own. */
  static final List<Option> COMMON = List.of(HELP, VERSION, VERBOSE, EMERGENCY_NUMBER);

  private final Map<String, Command> commands = new LinkedHashMap<>();
  private final String version;
  private final Map<String, String> environment;

  public Cli(String version, List<Command> commands) {
    this(version, commands, Map.of());
  }

  /**
   * A command line reading its settings ({@code LIMBER_EMERGENCY_NUMBER}) from {@code environment}.
   */
  public Cli(String version, List<Command> commands, Map<String, String> environment) {
    this.version = version;
    this.environment = Map.copyOf(environment);
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
    List<String> words = new ArrayList<>(Arrays.asList(args));
    try {
      configureEmergencyNumber(words);
    } catch (UsageException e) {
      io.err().println("limber: " + e.getMessage());
      io.err().println("Run 'limber help' for usage.");
      return ExitCode.INVALID_INPUT;
    }
    if (words.isEmpty() || List.of("--help", "-h").contains(words.get(0))) {
      printOverview(io.wrappedOut());
      io.flush();
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
      printHelp(command, io.wrappedOut());
      io.flush();
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
    } finally {
      commandIo.flush();
    }
  }

  /**
   * Takes {@code --emergency-number N} (or {@code =N}) out of {@code words}, wherever it stands
   * before {@code --}, and sets the number every emergency notice names: the option, else the
   * environment variable, else the default. Throws {@link UsageException} naming a bad value.
   */
  private void configureEmergencyNumber(List<String> words) {
    String option = "--" + EMERGENCY_NUMBER.name();
    Optional<String> given = Optional.empty();
    for (int index = 0; index < words.size() && !words.get(index).equals("--"); index++) {
      String word = words.get(index);
      String value;
      if (word.equals(option)) {
        if (index + 1 >= words.size() || words.get(index + 1).startsWith("--")) {
          throw new UsageException(option + " needs a value: " + EMERGENCY_NUMBER.valueLabel());
        }
        value = words.remove(index + 1);
      } else if (word.startsWith(option + "=")) {
        value = word.substring(option.length() + 1);
      } else {
        continue;
      }
      if (given.isPresent()) {
        throw new UsageException(option + " given twice");
      }
      given = Optional.of(value);
      words.remove(index--);
    }
    String source = given.isPresent() ? option : "$" + EMERGENCY_NUMBER_VARIABLE;
    String number =
        given
            .or(() -> Optional.ofNullable(environment.get(EMERGENCY_NUMBER_VARIABLE)))
            .orElse(EmergencyNotice.DEFAULT_NUMBER);
    try {
      EmergencyNotice.configure(number.strip());
    } catch (IllegalArgumentException e) {
      throw new UsageException(
          source
              + " must be the number to call in an emergency, 2 to 15 digits (such as 112, 999 or"
              + " 911), found \""
              + number
              + "\"");
    }
  }

  private static int fail(Io io, Exception failure, boolean verbose) {
    int code = ExitCode.of(failure);
    PrintStream err = io.wrappedErr();
    if (failure instanceof InvalidInput invalid) {
      err.println(io.command() + ": nothing was changed:");
      invalid.errors().forEach(error -> err.println("  " + error));
    } else if (failure instanceof UsageException) {
      err.println(io.command() + ": " + failure.getMessage());
      err.println("Run '" + io.command() + " --help' for usage.");
    } else if (code == ExitCode.FAILURE) {
      err.println(io.command() + ": failed: " + describe(failure));
    } else {
      err.println(io.command() + ": " + describe(failure));
    }
    err.flush();
    if (verbose) {
      failure.printStackTrace(io.err());
    }
    return code;
  }

  private int help(List<String> topics, Io io) {
    if (topics.isEmpty()) {
      printOverview(io.wrappedOut());
      io.flush();
      return ExitCode.OK;
    }
    Command command = commands.get(topics.get(0));
    if (command == null) {
      return unknownCommand(topics.get(0), io);
    }
    printHelp(command, io.wrappedOut());
    io.flush();
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
    out.println(
        "Every emergency notice names the number to call: --emergency-number N on any command,"
            + " else $"
            + EMERGENCY_NUMBER_VARIABLE
            + ", else "
            + EmergencyNotice.DEFAULT_NUMBER
            + ".");
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

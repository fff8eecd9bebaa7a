package dev.limber.cli;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** The parsed command line of one command: option values and positional parameters. */
public final class Arguments {
  private static final String ONLY_LONG = " (options are spelt --name; -h is the only short one)";

  private final Map<String, List<String>> values;
  private final List<String> positionals;

  private Arguments(Map<String, List<String>> values, List<String> positionals) {
    this.values = values;
    this.positionals = positionals;
  }

  /**
   * Parses {@code args} against {@code options}; {@code --name=value} and {@code --name value} are
   * both accepted, and {@code --} ends the options: every word after it is a parameter. Throws
   * {@link UsageException} for an unknown option (naming the closest known one) or a missing value.
   */
  public static Arguments parse(List<String> args, List<Option> options) {
    Map<String, Option> byName = new LinkedHashMap<>();
    options.forEach(option -> byName.put(option.name(), option));
    Map<String, List<String>> values = new LinkedHashMap<>();
    List<String> positionals = new ArrayList<>();
    boolean onlyPositionals = false;
    for (int index = 0; index < args.size(); index++) {
      String arg = args.get(index);
      if (arg.equals("--") && !onlyPositionals) {
        onlyPositionals = true;
        continue;
      }
      if (onlyPositionals || !arg.startsWith("-") || arg.equals("-") || isNumber(arg)) {
        positionals.add(arg);
        continue;
      }
      if (!arg.startsWith("--")) {
        throw new UsageException(
            "unknown option " + arg + hint(arg.substring(1), byName.keySet()) + ONLY_LONG);
      }
      String name = arg.substring(2);
      String inline = null;
      int equals = name.indexOf('=');
      if (equals >= 0) {
        inline = name.substring(equals + 1);
        name = name.substring(0, equals);
      }
      Option option = byName.get(name);
      if (option == null) {
        throw new UsageException("unknown option --" + name + hint(name, byName.keySet()));
      }
      List<String> optionValues = values.computeIfAbsent(name, key -> new ArrayList<>());
      if (!option.takesValue()) {
        if (inline != null) {
          throw new UsageException("--" + name + " takes no value");
        }
        optionValues.add("true");
        continue;
      }
      if (!option.repeatable() && !optionValues.isEmpty()) {
        throw new UsageException("--" + name + " given twice");
      }
      if (inline != null) {
        optionValues.add(inline);
        continue;
      }
      if (index + 1 >= args.size() || args.get(index + 1).startsWith("--")) {
        throw new UsageException("--" + name + " needs a value: " + option.valueLabel());
      }
      optionValues.add(args.get(++index));
      while (option.repeatable()
          && index + 1 < args.size()
          && !args.get(index + 1).startsWith("-")) {
        optionValues.add(args.get(++index));
      }
    }
    return new Arguments(values, List.copyOf(positionals));
  }

  private static String hint(String typed, Set<String> known) {
    return Spelling.closest(typed, known).map(name -> "; did you mean --" + name + "?").orElse("");
  }

  private static boolean isNumber(String arg) {
    return arg.matches("-[0-9][0-9.]*");
  }

  public boolean flag(String name) {
    return values.containsKey(name);
  }

  public Optional<String> value(String name) {
    List<String> given = values.get(name);
    return given == null || given.isEmpty() ? Optional.empty() : Optional.of(given.get(0));
  }

  public List<String> all(String name) {
    return List.copyOf(values.getOrDefault(name, List.of()));
  }

  /** A whole-number option within the range, or {@link UsageException} naming it. */
  public Optional<Integer> integer(String name, int min, int max) {
    return value(name)
        .map(
            text -> {
              int number;
              try {
                number = Integer.parseInt(text.trim());
              } catch (NumberFormatException e) {
                throw new UsageException(
                    "--"
                        + name
                        + " must be a whole number from "
                        + min
                        + " to "
                        + max
                        + ", found \""
                        + text
                        + "\"");
              }
              if (number < min || number > max) {
                throw new UsageException(
                    "--" + name + " must be from " + min + " to " + max + ", found " + number);
              }
              return number;
            });
  }

  public List<String> positionals() {
    return positionals;
  }

  /** The single positional parameter, or {@link UsageException} naming what is missing. */
  public String requirePositional(String label) {
    if (positionals.size() != 1) {
      throw new UsageException(
          positionals.isEmpty()
              ? "missing " + label
              : "expected one " + label + ", got " + positionals);
    }
    return positionals.get(0);
  }

  /** Rejects positional parameters for commands that take none. */
  public Arguments noPositionals() {
    if (!positionals.isEmpty()) {
      throw new UsageException("unexpected argument: " + positionals.get(0));
    }
    return this;
  }
}

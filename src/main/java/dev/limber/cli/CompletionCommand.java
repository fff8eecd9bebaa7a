package dev.limber.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/**
 * {@code limber completion bash|zsh}: a shell completion script written from the commands' own
 * option lists, so it never falls behind them.
 */
final class CompletionCommand implements Command {
  private final Supplier<List<Command>> commands;

  CompletionCommand(Supplier<List<Command>> commands) {
    this.commands = commands;
  }

  @Override
  public String name() {
    return "completion";
  }

  @Override
  public String summary() {
    return "Print a completion script: eval \"$(limber completion bash)\" (or zsh)";
  }

  @Override
  public String parameters() {
    return "bash|zsh";
  }

  @Override
  public List<Option> options() {
    return List.of();
  }

  @Override
  public int run(Arguments arguments, Io io) {
    String shell = arguments.requirePositional("shell (bash or zsh)");
    switch (shell) {
      case "bash" -> io.out().print(bash());
      case "zsh" -> io.out().print(zsh());
      default ->
          throw new UsageException(
              "unknown shell \"" + shell + "\"; completion is written for bash and zsh");
    }
    return ExitCode.OK;
  }

  private List<String> optionWords(Command command) {
    List<String> words = new ArrayList<>();
    command.options().forEach(option -> words.add("--" + option.name()));
    Cli.COMMON.forEach(option -> words.add("--" + option.name()));
    return words;
  }

  private List<String> commandNames() {
    List<String> names = new ArrayList<>(commands.get().stream().map(Command::name).toList());
    names.add("help");
    return names;
  }

  String bash() {
    StringBuilder script = new StringBuilder();
    script.append("# limber completion for bash: eval \"$(limber completion bash)\"\n");
    script.append("_limber() {\n");
    script.append("  local cur=\"${COMP_WORDS[COMP_CWORD]}\" words=\"\"\n");
    script.append("  if [ \"$COMP_CWORD\" -eq 1 ]; then\n");
    script.append("    words=\"").append(String.join(" ", commandNames())).append(" --help\"\n");
    script.append("  else\n");
    script.append("    case \"${COMP_WORDS[1]}\" in\n");
    for (Command command : commands.get()) {
      script
          .append("      ")
          .append(command.name())
          .append(") words=\"")
          .append(String.join(" ", optionWords(command)))
          .append(command.name().equals("completion") ? " bash zsh" : "")
          .append("\" ;;\n");
    }
    script
        .append("      help) words=\"")
        .append(String.join(" ", commandNames()))
        .append("\" ;;\n");
    script.append("    esac\n");
    script.append("  fi\n");
    script.append("  COMPREPLY=($(compgen -W \"$words\" -- \"$cur\"))\n");
    script.append("}\n");
    script.append("complete -o default -F _limber limber\n");
    return script.toString();
  }

  String zsh() {
    StringBuilder script = new StringBuilder();
    script.append("#compdef limber\n");
    script.append("# limber completion for zsh: eval \"$(limber completion zsh)\"\n");
    script.append("_limber() {\n");
    script.append("  local -a commands\n");
    script.append("  commands=(\n");
    for (Command command : commands.get()) {
      script
          .append("    ")
          .append(quoted(command.name() + ":" + command.summary().replace(":", "\\:")))
          .append("\n");
    }
    script.append("    'help:Show the help of a command'\n");
    script.append("  )\n");
    script.append("  if (( CURRENT == 2 )); then\n");
    script.append("    _describe 'command' commands\n");
    script.append("    return\n");
    script.append("  fi\n");
    script.append("  case $words[2] in\n");
    for (Command command : commands.get()) {
      script.append("    ").append(command.name()).append(")\n      _arguments \\\n");
      List<Option> all = new ArrayList<>(command.options());
      all.addAll(Cli.COMMON);
      for (Option option : all) {
        String spec =
            (option.repeatable() ? "*" : "")
                + "--"
                + option.name()
                + "["
                + option.help().replace("[", "(").replace("]", ")").replace(":", " -")
                + "]"
                + (option.takesValue() ? ":" + option.valueLabel() + ":_files" : "");
        script.append("        ").append(quoted(spec)).append(" \\\n");
      }
      script.append(
          command.name().equals("completion")
              ? "        '1:shell:(bash zsh)'\n      ;;\n"
              : "        '*:file:_files'\n      ;;\n");
    }
    script.append("    help) _describe 'command' commands ;;\n");
    script.append("  esac\n");
    script.append("}\n");
    script.append("if [ \"$funcstack[1]\" = \"_limber\" ]; then\n");
    script.append("  _limber \"$@\"\n");
    script.append("else\n");
    script.append("  compdef _limber limber\n");
    script.append("fi\n");
    return script.toString();
  }

  private static String quoted(String text) {
    return "'" + text.replace("'", "'\\''") + "'";
  }
}

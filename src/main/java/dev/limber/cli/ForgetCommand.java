package dev.limber.cli;

import dev.limber.app.Services;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;

/** {@code limber forget}: deletes every check-in, session and screening, after confirmation. */
public final class ForgetCommand implements Command {
  private final JournalSource journals;
  private final Supplier<Services> services;

  public ForgetCommand(JournalSource journals, Supplier<Services> services) {
    this.journals = journals;
    this.services = services;
  }

  @Override
  public String name() {
    return "forget";
  }

  @Override
  public String summary() {
    return "Delete the whole journal (asks first unless --yes)";
  }

  @Override
  public List<Option> options() {
    return List.of(Option.flag("yes", "delete without asking"), JournalSource.DB_OPTION);
  }

  @Override
  public int run(Arguments arguments, Io io) throws IOException {
    arguments.noPositionals();
    if (!arguments.flag("yes")) {
      io.out()
          .print(
              "Delete every check-in, session, screening and review in the journal? This cannot be"
                  + " undone. Type yes to confirm: ");
      io.out().flush();
      String answer =
          new BufferedReader(new InputStreamReader(io.in(), StandardCharsets.UTF_8)).readLine();
      if (answer == null || !answer.trim().toLowerCase(Locale.ROOT).equals("yes")) {
        io.out().println();
        io.out().println("Nothing deleted.");
        return ExitCode.FAILURE;
      }
    }
    try (JournalSource.Opened opened = journals.open(arguments)) {
      services.get().journal().forget(opened.person());
    }
    io.out()
        .println("The journal is empty: every check-in, session, screening and review is deleted.");
    return ExitCode.OK;
  }
}

package dev.limber.cli;

import dev.limber.account.Account;
import java.util.List;

/** {@code limber clinician grant EMAIL}: the operator makes an account a clinician. */
public final class ClinicianCommand implements Command {
  private final ProgramDesk desk;

  public ClinicianCommand(ProgramDesk desk) {
    this.desk = desk;
  }

  @Override
  public String name() {
    return "clinician";
  }

  @Override
  public String summary() {
    return "Make an account a clinician who may prescribe programs (operator)";
  }

  @Override
  public String parameters() {
    return "grant EMAIL";
  }

  @Override
  public List<Option> options() {
    return List.of(JournalSource.DB_OPTION);
  }

  @Override
  public int run(Arguments arguments, Io io) {
    List<String> words = arguments.positionals();
    if (words.size() != 2 || !words.get(0).equals("grant")) {
      throw new UsageException("usage: limber clinician grant EMAIL");
    }
    try (ProgramDesk.Opened opened = desk.open(arguments.value(JournalSource.DB_OPTION.name()))) {
      Account account = opened.programs().clinicians().grant(words.get(1));
      io.out().println(account.email() + " is now a clinician: they see the people who join them.");
    }
    return ExitCode.OK;
  }
}

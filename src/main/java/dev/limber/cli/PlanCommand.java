package dev.limber.cli;

import dev.limber.json.Json;
import dev.limber.session.PlannedSession;
import java.io.IOException;
import java.util.List;
import java.util.Optional;

/** {@code limber plan}: screens, then prints today's routine with its total time. */
public final class PlanCommand implements Command {
  private final SessionPlanning planning;

  public PlanCommand(SessionPlanning planning) {
    this.planning = planning;
  }

  @Override
  public String name() {
    return "plan";
  }

  @Override
  public String summary() {
    return "Screen, then plan a routine that fits your minutes, place and equipment";
  }

  @Override
  public List<Option> options() {
    return RoutineOptions.OPTIONS;
  }

  @Override
  public int run(Arguments arguments, Io io) throws IOException {
    arguments.noPositionals();
    Optional<PlannedSession> planned;
    try (JournalSource.Opened opened = planning.openJournal(arguments)) {
      planned = planning.plan(arguments, io, opened.person(), name());
    }
    if (planned.isEmpty()) {
      return ExitCode.INVALID_INPUT;
    }
    if (arguments.flag("json")) {
      io.out().println(Json.pretty(planned.get()));
    } else {
      PlanReport.print(planned.get().plan(), io.wrappedOut());
    }
    return ExitCode.OK;
  }
}

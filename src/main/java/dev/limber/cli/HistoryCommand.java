package dev.limber.cli;

import dev.limber.app.HistoryView;
import dev.limber.app.Services;
import dev.limber.json.Json;
import java.time.Clock;
import java.util.List;
import java.util.function.Supplier;

/**
 * {@code limber history}: the check-ins, sessions, screenings and reviews of the last days, and the
 * pain flags still open.
 */
public final class HistoryCommand implements Command {
  private final JournalSource journals;
  private final Supplier<Services> services;
  private final Clock clock;

  public HistoryCommand(JournalSource journals, Supplier<Services> services, Clock clock) {
    this.journals = journals;
    this.services = services;
    this.clock = clock;
  }

  @Override
  public String name() {
    return "history";
  }

  @Override
  public String summary() {
    return "Show the journal: check-ins, sessions, screenings and reviews, and open pain flags";
  }

  @Override
  public List<Option> options() {
    return List.of(
        Option.value("days", "N", "how many days back, today included (1 to 3650, default 30)"),
        Option.flag(
            "json",
            "print {days, from, checkIns, sessions, screenings, reviews, painFlags} as JSON"),
        JournalSource.DB_OPTION);
  }

  @Override
  public int run(Arguments arguments, Io io) {
    arguments.noPositionals();
    int days = arguments.integer("days", 1, HistoryView.MAX_DAYS).orElse(HistoryView.DEFAULT_DAYS);
    HistoryView history;
    try (JournalSource.Opened opened = journals.open(arguments)) {
      history = services.get().journal().history(opened.person(), days);
    }
    if (arguments.flag("json")) {
      io.out().println(Json.pretty(history));
    } else {
      JournalReport.printHistory(history, clock.getZone(), io.wrappedOut());
    }
    return ExitCode.OK;
  }
}

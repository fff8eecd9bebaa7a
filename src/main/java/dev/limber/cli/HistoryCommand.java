package dev.limber.cli;

import dev.limber.journal.Journal;
import dev.limber.journal.JournalContents;
import dev.limber.json.Json;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** {@code limber history}: the check-ins, sessions and screenings of the last days. */
public final class HistoryCommand implements Command {
  private static final int DEFAULT_DAYS = 30;

  private final JournalSource journals;
  private final Clock clock;

  public HistoryCommand(JournalSource journals, Clock clock) {
    this.journals = journals;
    this.clock = clock;
  }

  @Override
  public String name() {
    return "history";
  }

  @Override
  public String summary() {
    return "Show the journal: check-ins, sessions and screenings of the last days";
  }

  @Override
  public List<Option> options() {
    return List.of(
        Option.value("days", "N", "how many days back, today included (default 30)"),
        Option.flag("json", "print {from, to, checkIns, sessions, screenings} as JSON"),
        JournalSource.DB_OPTION);
  }

  @Override
  public int run(Arguments arguments, Io io) {
    arguments.noPositionals();
    int days = arguments.integer("days", 1, 36_500).orElse(DEFAULT_DAYS);
    Instant from =
        LocalDate.now(clock).minusDays(days - 1L).atStartOfDay(clock.getZone()).toInstant();
    Instant to = Instant.MAX;
    JournalContents contents;
    try (JournalSource.Opened opened = journals.open(arguments)) {
      Journal journal = opened.journal();
      contents =
          new JournalContents(
              journal.checkIns(from, to), journal.sessions(from, to), journal.screenings(from, to));
    }
    if (arguments.flag("json")) {
      io.out().println(Json.pretty(JournalReport.historyJson(contents, from, clock.instant())));
    } else {
      JournalReport.printHistory(contents, clock.getZone(), io.out());
    }
    return ExitCode.OK;
  }
}

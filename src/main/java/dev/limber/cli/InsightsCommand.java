package dev.limber.cli;

import dev.limber.journal.Insights;
import dev.limber.json.Json;
import dev.limber.screening.RuleBook;
import java.time.Clock;
import java.util.List;
import java.util.function.Supplier;

/**
 * {@code limber insights}: the pain trend, relief per technique, sessions per week, cracking
 * against its limits, and what the journal says calls for a professional.
 */
public final class InsightsCommand implements Command {
  private final JournalSource journals;
  private final Supplier<RuleBook> rules;
  private final Clock clock;

  public InsightsCommand(JournalSource journals, Supplier<RuleBook> rules, Clock clock) {
    this.journals = journals;
    this.rules = rules;
    this.clock = clock;
  }

  @Override
  public String name() {
    return "insights";
  }

  @Override
  public String summary() {
    return "What your journal shows: pain trend, what helps, cracking, when to see someone";
  }

  @Override
  public List<Option> options() {
    return List.of(
        Option.flag(
            "json", "print {painTrend, relief, sessionsPerWeek, cracking, escalations} as JSON"),
        JournalSource.DB_OPTION);
  }

  @Override
  public int run(Arguments arguments, Io io) {
    arguments.noPositionals();
    Insights insights;
    try (JournalSource.Opened opened = journals.open(arguments)) {
      insights = Insights.of(opened.journal(), rules.get(), clock);
    }
    if (arguments.flag("json")) {
      io.out().println(Json.pretty(insights));
    } else {
      JournalReport.printInsights(insights, io.out());
    }
    return ExitCode.OK;
  }
}

package dev.limber.cli;

import dev.limber.app.JournalInsights;
import dev.limber.app.Services;
import dev.limber.json.Json;
import java.time.Clock;
import java.util.List;
import java.util.function.Supplier;

/**
 * {@code limber insights}: the pain trend, relief per technique, sessions per week, cracking
 * against its limits, and what the journal says calls for a professional.
 */
public final class InsightsCommand implements Command {
  private final JournalSource journals;
  private final Supplier<Services> services;
  private final Clock clock;

  public InsightsCommand(JournalSource journals, Supplier<Services> services, Clock clock) {
    this.journals = journals;
    this.services = services;
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
            "json",
            "print {painTrend, relief, sessionsPerWeek, cracking, escalations, painFlags, latestReview}"
                + " as JSON"),
        JournalSource.DB_OPTION);
  }

  @Override
  public int run(Arguments arguments, Io io) {
    arguments.noPositionals();
    JournalInsights insights;
    try (JournalSource.Opened opened = journals.open(arguments)) {
      insights = services.get().journal().insights(opened.person());
    }
    if (arguments.flag("json")) {
      io.out().println(Json.pretty(insights));
    } else {
      JournalReport.printInsights(insights.insights(), io.wrappedOut());
      insights
          .latestReview()
          .ifPresent(
              review ->
                  io.wrappedOut()
                      .println(
                          "Latest professional review: "
                              + Words.enumWords(review.by())
                              + ", "
                              + review.date()
                              + "."));
      JournalReport.printFlags(insights.openFlags(), clock.getZone(), io.wrappedOut());
    }
    return ExitCode.OK;
  }
}

package dev.limber.app;

import dev.limber.catalog.Catalog;
import dev.limber.screening.RuleBook;
import dev.limber.screening.Screener;
import java.time.Clock;

/**
 * The application services over one catalog, rule book and clock: what {@code Main} hands every
 * face, so that all of them answer alike by construction.
 */
public record Services(
    Catalog catalog,
    ScreeningService screening,
    PlanningService planning,
    SessionService sessions,
    JournalService journal) {

  public static Services of(Catalog catalog, RuleBook rules, Clock clock) {
    ScreeningService screening = new ScreeningService(new Screener(rules, catalog), clock);
    return new Services(
        catalog,
        screening,
        new PlanningService(screening, catalog, clock),
        new SessionService(rules.policy(), clock),
        new JournalService(rules, clock));
  }

  /** The screening questions, read on first use: commands given answers never load them. */
  public Questionnaire questionnaire() {
    return Questionnaire.bundled();
  }
}

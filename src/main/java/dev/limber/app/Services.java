package dev.limber.app;

import dev.limber.catalog.Catalog;
import dev.limber.screening.RuleBook;
import dev.limber.screening.Screener;
import java.time.Clock;
import java.util.Optional;

/**
 * The application services, each built once by {@code Main} and handed to every face, so that all
 * of them answer alike by construction: over one catalog, rule book and clock those that need no
 * store, and, {@link #with} a store, accounts, programs, browser play, handouts and reminders.
 */
public final class Services {
  private final Catalog catalog;
  private final ScreeningService screening;
  private final PlanningService planning;
  private final SessionService sessions;
  private final JournalService journal;
  private final Optional<Stored> stored;

  /** The services that work on a store's accounts, programs, playable sessions and calendars. */
  public record Stored(
      AccountService accounts,
      ProgramServices programs,
      PlayService plays,
      HandoutService handouts,
      ReminderService reminders) {
    public Stored {
      if (accounts == null
          || programs == null
          || plays == null
          || handouts == null
          || reminders == null) {
        throw new IllegalArgumentException("every stored service is required");
      }
    }
  }

  private Services(
      Catalog catalog,
      ScreeningService screening,
      PlanningService planning,
      SessionService sessions,
      JournalService journal,
      Optional<Stored> stored) {
    this.catalog = catalog;
    this.screening = screening;
    this.planning = planning;
    this.sessions = sessions;
    this.journal = journal;
    this.stored = stored;
  }

  /** The services that need no store; the journal comes with each {@link Person}. */
  public static Services of(Catalog catalog, RuleBook rules, Clock clock) {
    ScreeningService screening = new ScreeningService(new Screener(rules, catalog), clock);
    return new Services(
        catalog,
        screening,
        new PlanningService(screening, catalog, clock),
        new SessionService(rules.policy(), clock),
        new JournalService(rules, clock),
        Optional.empty());
  }

  /** These services together with those over a store, built on them. */
  public Services with(Stored stored) {
    return new Services(catalog, screening, planning, sessions, journal, Optional.of(stored));
  }

  public Catalog catalog() {
    return catalog;
  }

  public ScreeningService screening() {
    return screening;
  }

  public PlanningService planning() {
    return planning;
  }

  public SessionService sessions() {
    return sessions;
  }

  public JournalService journal() {
    return journal;
  }

  /** Throws when built without a store (the command line's journal commands). */
  public AccountService accounts() {
    return requireStored().accounts();
  }

  /** Throws when built without a store. */
  public ProgramServices programs() {
    return requireStored().programs();
  }

  /** Throws when built without a store. */
  public PlayService plays() {
    return requireStored().plays();
  }

  /** Throws when built without a store. */
  public HandoutService handouts() {
    return requireStored().handouts();
  }

  /** Throws when built without a store. */
  public ReminderService reminders() {
    return requireStored().reminders();
  }

  /** The screening questions, read on first use: commands given answers never load them. */
  public Questionnaire questionnaire() {
    return Questionnaire.bundled();
  }

  private Stored requireStored() {
    return stored.orElseThrow(
        () -> new IllegalStateException("these services were built without a store"));
  }
}

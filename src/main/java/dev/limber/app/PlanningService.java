package dev.limber.app;

import dev.limber.catalog.Catalog;
import dev.limber.journal.CheckIn;
import dev.limber.journal.FrequencyGuard;
import dev.limber.journal.Journal;
import dev.limber.journal.RoutineChoice;
import dev.limber.journal.ScreeningRecord;
import dev.limber.planning.AskedPreferences;
import dev.limber.planning.PlanRequest;
import dev.limber.planning.Planner;
import dev.limber.planning.Preferences;
import dev.limber.planning.RecentHistory;
import dev.limber.screening.Exclusion;
import dev.limber.screening.TechniqueDecision;
import dev.limber.session.PlannedSession;
import dev.limber.session.RecentSessions;
import dev.limber.session.SessionRecord;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Today's routine for every face: screens (through {@link ScreeningService}), then plans from the
 * result with what the journal says — today's self-crack session used by a session or a cracked
 * check-in (X6), what was done lately for variety — and says why each technique was left out.
 * Thread-safe.
 */
public final class PlanningService {
  /** How far back the journal is read: the four weeks "typical cracking days" look at. */
  private static final Duration LOOK_BACK = Duration.ofDays(7L * FrequencyGuard.TYPICAL_WEEKS);

  private final ScreeningService screening;
  private final Catalog catalog;
  private final Clock clock;

  public PlanningService(ScreeningService screening, Catalog catalog, Clock clock) {
    this.screening = screening;
    this.catalog = catalog;
    this.clock = clock;
  }

  /** The catalog the routines come from. */
  public Catalog catalog() {
    return catalog;
  }

  /** The screening service this planner screens with. */
  public ScreeningService screening() {
    return screening;
  }

  /** Screens the answers document, keeps the screening, and plans; or the rejected answers. */
  public PlanOutcome plan(Person person, Object answers, Preferences preferences) {
    return planned(
        person, screening.screen(person, answers, preferences.enabledOnRequest()), preferences);
  }

  /**
   * As {@link #plan(Person, Object, Preferences)}, keeping no second screening when today's latest
   * one had the same answers and result ({@link ScreeningService#screenOnceToday}).
   */
  public PlanOutcome planOnceToday(Person person, Object answers, Preferences preferences) {
    return planned(
        person,
        screening.screenOnceToday(person, answers, preferences.enabledOnRequest()),
        preferences);
  }

  private PlanOutcome planned(Person person, ScreeningOutcome outcome, Preferences preferences) {
    if (outcome.isRejected()) {
      return PlanOutcome.rejected(outcome.rejection().orElseThrow());
    }
    return PlanOutcome.of(plan(person, outcome.screened().orElseThrow(), preferences));
  }

  /** As {@link #plan(Person, Object, Preferences)} for answers given as UTF-8 JSON bytes. */
  public PlanOutcome plan(Person person, byte[] answers, Preferences preferences) {
    return planned(
        person, screening.screen(person, answers, preferences.enabledOnRequest()), preferences);
  }

  /**
   * Today's routine from today's kept screening, once the person says nothing has changed since:
   * screens the kept answers again against the journal as it is now (keeping that screening, see
   * {@link ScreeningService#reuse}), then plans from it as {@link #plan(Person, Screened,
   * Preferences)} does. {@code today} is what {@link ScreeningService#reusableToday} gave.
   */
  public ReusedPlan planToday(Person person, ScreeningRecord today, Preferences preferences) {
    ScreeningOutcome outcome = screening.reuse(person, today, preferences.enabledOnRequest());
    if (outcome.isRejected()) {
      return new ReusedPlan(Optional.empty(), Optional.empty(), outcome.rejection());
    }
    Screened screened = outcome.screened().orElseThrow();
    return new ReusedPlan(
        Optional.of(screened), Optional.of(plan(person, screened, preferences)), Optional.empty());
  }

  /** Plans from a screening already made (and kept) for this person today. */
  public PlannedSession plan(Person person, Screened screened, Preferences preferences) {
    PlannedSession planned = preview(person, screened, preferences);
    person
        .journal()
        .ifPresent(
            journal ->
                journal.keep(
                    new RoutineChoice(
                        preferences.place(),
                        preferences.minutes(),
                        preferences.equipment(),
                        clock.instant())));
    return planned;
  }

  /**
   * Plans as {@link #plan(Person, Screened, Preferences)} does but keeps no routine choice: for a
   * reminder that shows today's routine without the person choosing it.
   */
  public PlannedSession preview(Person person, Screened screened, Preferences preferences) {
    Map<String, String> exclusions = new HashMap<>();
    for (TechniqueDecision decision : screened.screening().decisions()) {
      String id = decision.technique().id();
      if (!decision.allowed()) {
        exclusions.put(
            id,
            decision.exclusions().stream().map(Exclusion::rule).findFirst().orElse("screening"));
      } else if (!decision.technique().enabledByDefault()
          && !preferences.enabledOnRequest().contains(id)) {
        exclusions.put(id, "default-off");
      }
    }
    RecentHistory history = person.journal().map(this::recentHistory).orElse(RecentHistory.NONE);
    Planner planner = new Planner(catalog);
    return PlannedSession.of(
        planner.plan(new PlanRequest(screened.result(), exclusions, preferences, history)));
  }

  /**
   * The place, length and equipment the person chose last time: the defaults a face offers when the
   * request leaves them out (every face shows them and lets any option override them).
   */
  public Optional<RoutineChoice> lastChoice(Person person) {
    return person.journal().flatMap(Journal::lastRoutineChoice);
  }

  /**
   * The preferences a request asks for, each part it leaves out from the person's last choice (the
   * one fill every face uses), or the request's errors.
   */
  public AskedPreferences.Filled preferences(Person person, AskedPreferences asked) {
    return asked.fill(lastTime(person), catalog, LocalDate.now(clock));
  }

  /** The preferences of a request that asks for nothing: the last choice's, or ten at home. */
  public Preferences defaultPreferences(Person person) {
    return preferences(person, AskedPreferences.NOTHING).requirePreferences();
  }

  private Optional<Preferences> lastTime(Person person) {
    return lastChoice(person)
        .map(
            choice ->
                new Preferences(
                    choice.minutes(),
                    choice.place(),
                    choice.equipment(),
                    false,
                    null,
                    0,
                    Set.of()));
  }

  private RecentHistory recentHistory(Journal journal) {
    Instant now = clock.instant();
    Instant startOfToday = LocalDate.now(clock).atStartOfDay(clock.getZone()).toInstant();
    List<SessionRecord> sessions = journal.sessions(now.minus(LOOK_BACK), Instant.MAX);
    List<CheckIn> checkIns = journal.checkIns(now.minus(LOOK_BACK), Instant.MAX);
    Instant recently = now.minus(Duration.ofDays(RecentHistory.DAYS));
    RecentHistory lately =
        new RecentSessions(
                sessions.stream().filter(session -> session.started().isAfter(recently)).toList())
            .history(startOfToday);
    // Cracks reported in check-ins count against today's one self-crack session as well (X6).
    boolean crackUsedToday =
        lately.selfCrackUsedToday()
            || new FrequencyGuard(screening.rules().policy(), clock)
                .check(checkIns, sessions)
                .dailyLimitReached();
    return new RecentHistory(crackUsedToday, lately.timesDone());
  }

  /**
   * A plan from today's kept screening with the screening it stands on, or the kept answers that no
   * longer read (then the person answers the questions again).
   */
  public record ReusedPlan(
      Optional<Screened> screened,
      Optional<PlannedSession> planned,
      Optional<dev.limber.screening.InvalidAnswers> rejection) {
    public ReusedPlan {
      if (screened.isPresent() != planned.isPresent()
          || planned.isPresent() == rejection.isPresent()) {
        throw new IllegalArgumentException(
            "a reused plan is a screening and its plan, or a rejection");
      }
    }
  }

  /** A plan, or the answers that were rejected. */
  public record PlanOutcome(
      Optional<PlannedSession> planned, Optional<dev.limber.screening.InvalidAnswers> rejection) {
    public PlanOutcome {
      if (planned.isPresent() == rejection.isPresent()) {
        throw new IllegalArgumentException("an outcome is a plan or a rejection");
      }
    }

    static PlanOutcome of(PlannedSession planned) {
      return new PlanOutcome(Optional.of(planned), Optional.empty());
    }

    static PlanOutcome rejected(dev.limber.screening.InvalidAnswers rejection) {
      return new PlanOutcome(Optional.empty(), Optional.of(rejection));
    }
  }
}

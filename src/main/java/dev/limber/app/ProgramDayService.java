package dev.limber.app;

import dev.limber.catalog.Catalog;
import dev.limber.journal.CheckIn;
import dev.limber.journal.Journal;
import dev.limber.json.FieldError;
import dev.limber.json.Json;
import dev.limber.program.HeldBack;
import dev.limber.program.Link;
import dev.limber.program.ProgramDay;
import dev.limber.program.ProgramDayPlanner;
import dev.limber.program.ProgramPlay;
import dev.limber.program.Programs;
import dev.limber.screening.Verdict;
import dev.limber.session.FromProgram;
import dev.limber.session.PlannedSession;
import dev.limber.session.Player;
import dev.limber.session.SessionRecord;
import dev.limber.session.Timeline;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * The person's program day and its plays: today's program session, gated by their own screening
 * (rule P1) and planned in the core by {@link ProgramDayPlanner}; the player for it; keeping a
 * played session with the program version it came from; and the printout a clinician makes from the
 * person's latest screening. Thread-safe.
 */
public final class ProgramDayService {
  private final Programs programs;
  private final ProgramAccess access;
  private final Function<String, Journal> journals;
  private final Services services;
  private final ProgramDayPlanner planner;
  private final Clock clock;

  ProgramDayService(
      Programs programs,
      ProgramAccess access,
      Function<String, Journal> journals,
      Services services,
      Clock clock) {
    this.programs = programs;
    this.access = access;
    this.journals = journals;
    this.services = services;
    this.planner = new ProgramDayPlanner(services.catalog(), services.screening().rules());
    this.clock = clock;
  }

  /**
   * A program session: the screening with P1 (given at {@code screenedAt}), the routine, what was
   * held back, and the rules P1 {@code lifted} (reasons that stand, but stop nothing today).
   */
  public record Today(
      JoiningService.Mine mine,
      Screened screened,
      Instant screenedAt,
      PlannedSession planned,
      List<HeldBack> heldBack,
      Set<String> lifted) {
    public Today {
      heldBack = List.copyOf(heldBack);
      lifted = Set.copyOf(lifted);
    }

    /**
     * The day's headline when it holds no session and needs no medical help: the person goes back
     * to their clinician, who is already the professional their screening asks for.
     */
    public Optional<String> clinicianHeadline() {
      return planned.plan().verdict() == Verdict.SEE_PROFESSIONAL
          ? Optional.of(ProgramDayPlanner.NO_SESSION)
          : Optional.empty();
    }

    /** The program and version this session plays, as its record keeps them. */
    public FromProgram from() {
      return new FromProgram(mine.program().programId(), mine.program().version());
    }
  }

  public Catalog catalog() {
    return services.catalog();
  }

  /**
   * Today's program session from today's kept screening, assessed again against the journal as it
   * is now with rule P1 and kept nowhere (reading it writes nothing); empty when the person has not
   * screened today, or that screening cannot be reused (they screen first, as for any plan).
   */
  public Optional<Today> fromTodaysScreening(String personId) {
    JoiningService.Mine mine = access.requireMine(personId);
    Person person = joined(personId);
    return services
        .screening()
        .reusableToday(person)
        .flatMap(
            kept ->
                services
                    .screening()
                    .reassess(person, kept)
                    .map(screened -> day(mine, screened, kept.at())));
  }

  /** Today's program session from answers just given (the command line), screened with rule P1. */
  public Today fromAnswers(String personId, Object answers) {
    JoiningService.Mine mine = access.requireMine(personId);
    ScreeningOutcome outcome = services.screening().screen(joined(personId), answers, Set.of());
    if (outcome.isRejected()) {
      throw new InvalidInput(outcome.rejection().orElseThrow().errors());
    }
    return day(mine, outcome.screened().orElseThrow(), clock.instant());
  }

  /**
   * The program session a linked person's latest screening, of whatever day, allows now (rule P1):
   * what the clinician prints for them. Written to the person's access log first. Empty when the
   * person has no screening that still reads: a printout always follows their own screening.
   */
  public Optional<Today> latestFor(String clinicianId, String personId) {
    Link link = access.requireLink(clinicianId, personId);
    access.log(clinicianId, personId, "read your latest screening to print your program");
    Journal journal = journals.apply(link.personId());
    JoiningService.Mine mine =
        access.mine(personId).orElseThrow(() -> new NotFound("program gone"));
    Person person = new Person(Optional.of(journal), true);
    return journal
        .latestScreening()
        .flatMap(
            latest ->
                services
                    .screening()
                    .reassess(person, latest)
                    .map(screened -> day(mine, screened, latest.at())));
  }

  /** A player for the person's program session, graded against their journal (§2.1). */
  public Player player(String personId, Timeline timeline, Clock playerClock) {
    return services
        .sessions()
        .player(Person.withJournal(journals.apply(personId)), timeline, playerClock);
  }

  /**
   * Keeps a session played from the person's program in their journal, with the version it was
   * planned from; refused, keeping nothing, when it is not from the program they follow now.
   */
  public SessionService.Kept keepPlayed(String personId, SessionRecord session, FromProgram from) {
    JoiningService.Mine mine = access.requireMine(personId);
    if (!mine.program().programId().equals(from.programId())) {
      throw new InvalidInput(
          List.of(
              new FieldError(
                  "programId", "is not the program you follow: " + Json.quote(from.programId()))));
    }
    if (from.version() > mine.program().version()) {
      throw new InvalidInput(
          List.of(
              new FieldError(
                  "version",
                  "your program has versions 1 to "
                      + mine.program().version()
                      + ", found "
                      + from.version())));
    }
    if (session.started().isBefore(mine.link().joinedAt())) {
      throw new InvalidInput(
          List.of(
              new FieldError(
                  "session.started",
                  "is before you joined your clinician ("
                      + mine.link().joinedAt()
                      + "): a program session is played after joining")));
    }
    SessionService.Kept kept =
        services.sessions().record(Person.withJournal(journals.apply(personId)), session);
    played(personId, session, from);
    return kept;
  }

  /**
   * Records that a kept session was played from the version of the program it was planned from;
   * nothing when the person no longer follows that program (they left, or were moved to another).
   */
  public boolean played(String personId, SessionRecord session, FromProgram from) {
    Optional<JoiningService.Mine> mine = access.mine(personId);
    if (mine.isEmpty() || !mine.get().link().programId().equals(from.programId())) {
      return false;
    }
    programs.recordPlay(
        new ProgramPlay(personId, session.started(), from.programId(), from.version()));
    return true;
  }

  /** The person's program plays since they joined their clinician, oldest first. */
  public List<ProgramPlay> plays(String personId) {
    return access
        .mine(personId)
        .map(mine -> programs.plays(personId, mine.link().joinedAt()))
        .orElse(List.of());
  }

  /**
   * Writes a past of the program into the person's journal as given, for a demonstration: the
   * check-ins, and the sessions each counted as a play of {@code from}. Nothing is checked.
   */
  public void keepHistory(
      String personId, List<CheckIn> checkIns, List<SessionRecord> sessions, FromProgram from) {
    Journal journal = journals.apply(personId);
    checkIns.forEach(journal::add);
    for (SessionRecord session : sessions) {
      journal.add(session);
      played(personId, session, from);
    }
  }

  /** The person as screened for their program session (rule P1). */
  private Person joined(String personId) {
    return new Person(Optional.of(journals.apply(personId)), true);
  }

  private Today day(JoiningService.Mine mine, Screened screened, Instant screenedAt) {
    ProgramDay day = planner.plan(mine.program().program(), screened.screening());
    return new Today(
        mine, screened, screenedAt, PlannedSession.of(day.plan()), day.heldBack(), day.lifted());
  }
}

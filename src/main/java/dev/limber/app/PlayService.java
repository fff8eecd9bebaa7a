package dev.limber.app;

import dev.limber.account.Attempts;
import dev.limber.account.Secrets;
import dev.limber.planning.Plan;
import dev.limber.planning.Preferences;
import dev.limber.screening.InvalidAnswers;
import dev.limber.session.FromProgram;
import dev.limber.session.PlannedSession;
import dev.limber.session.PlayableSession;
import dev.limber.session.PlayableSessions;
import dev.limber.session.SessionEvent;
import dev.limber.session.SessionRecord;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;

/**
 * Sessions played in a browser, from plan to journal: plans today's session (or the person's
 * program session) and keeps its timeline to be played, finds it again for its owner, and takes the
 * events once — rebuilding the record on the core player, keeping it in the journal and counting
 * the program play. Sessions planned without an account are limited: {@link #ANONYMOUS_PER_ADDRESS}
 * per network address per {@link #ANONYMOUS_WINDOW} (counted in the shared attempts), {@link
 * #ANONYMOUS_KEPT_AT_MOST} kept at once, each {@link #ANONYMOUS_KEPT_FOR}; so anonymous posts
 * cannot fill the disk. Thread-safe.
 */
public final class PlayService {
  /** How long a signed-in person's planned session may be played, and its events sent. */
  public static final Duration PLAYABLE_FOR = Duration.ofDays(2);

  /** A person replans a few times a day; a script posts hundreds a second. */
  public static final int ANONYMOUS_PER_ADDRESS = 30;

  public static final Duration ANONYMOUS_WINDOW = Duration.ofHours(1);

  /** About 21 KB each: some 40 MB at most. */
  public static final int ANONYMOUS_KEPT_AT_MOST = 2_000;

  /** The longest routine lasts an hour; an anonymous player has no journal to send to later. */
  public static final Duration ANONYMOUS_KEPT_FOR = Duration.ofHours(6);

  /** The longest id a playable session has; a longer one is never looked up. */
  private static final int MAX_ID_LENGTH = 64;

  /** A busy store asks an anonymous visitor to come back after this long. */
  private static final Duration BUSY_RETRY = Duration.ofMinutes(10);

  private final PlayableSessions playable;
  private final Attempts attempts;
  private final PlanningService planning;
  private final SessionService sessions;
  private final ProgramDayService programs;
  private final Function<String, Person> people;
  private final Clock clock;

  /** {@code people} gives the person an account is, journal and time zone included. */
  public PlayService(
      PlayableSessions playable,
      Attempts attempts,
      PlanningService planning,
      SessionService sessions,
      ProgramDayService programs,
      Function<String, Person> people,
      Clock clock) {
    this.playable = playable;
    this.attempts = attempts;
    this.planning = planning;
    this.sessions = sessions;
    this.programs = programs;
    this.people = people;
    this.clock = clock;
  }

  /**
   * No session may be planned without an account now: too many from this address, or too many kept.
   */
  public static final class TooManyPlays extends RuntimeException {
    private final boolean fromThisAddress;
    private final Duration retryAfter;

    TooManyPlays(boolean fromThisAddress, Duration retryAfter) {
      super(
          fromThisAddress
              ? "this network address has planned "
                  + ANONYMOUS_PER_ADDRESS
                  + " sessions without an account in the last hour; sign in or wait"
              : "too many sessions are waiting to be played; sign in or try again later");
      this.fromThisAddress = fromThisAddress;
      this.retryAfter = retryAfter;
    }

    /** True when this address planned too many; false when the store holds too many. */
    public boolean fromThisAddress() {
      return fromThisAddress;
    }

    public Duration retryAfter() {
      return retryAfter;
    }
  }

  /**
   * What asking to play gave: the session kept to be played, or the plan that has no session to
   * play (a verdict that allows none, or nothing fits), or the answers that were rejected.
   */
  public record Started(
      Optional<PlayableSession> session,
      Optional<Plan> noSession,
      Optional<InvalidAnswers> rejection) {
    public Started {
      int given =
          (session.isPresent() ? 1 : 0)
              + (noSession.isPresent() ? 1 : 0)
              + (rejection.isPresent() ? 1 : 0);
      if (given != 1) {
        throw new IllegalArgumentException(
            "a start is a session, a plan without one, or a rejection");
      }
    }
  }

  /**
   * Screens the answers (keeping no second screening of the same answers today), plans, and keeps
   * the timeline to be played by {@code account} (empty: anonymous, counted against {@code
   * address}). Throws {@link TooManyPlays} for an anonymous visitor past the limits.
   */
  public Started plan(
      Optional<String> account, String address, Object answers, Preferences preferences) {
    if (account.isEmpty()) {
      admitAnonymous(address);
    }
    PlanningService.PlanOutcome outcome =
        planning.planOnceToday(person(account), answers, preferences);
    if (outcome.rejection().isPresent()) {
      return new Started(Optional.empty(), Optional.empty(), outcome.rejection());
    }
    return start(account, outcome.planned().orElseThrow(), Optional.empty());
  }

  /**
   * Today's session of the account's program, gated by today's screening (rule P1) and kept to be
   * played; empty when the person has not screened today (or that screening cannot be reused).
   */
  public Optional<Started> planProgram(String account) {
    return programs
        .fromTodaysScreening(account)
        .map(today -> start(Optional.of(account), today.planned(), Optional.of(today.from())));
  }

  /** The session {@code id}, when {@code account} (empty: anonymous) may still play it. */
  public Optional<PlayableSession> find(String id, Optional<String> account) {
    if (id.length() > MAX_ID_LENGTH) {
      return Optional.empty();
    }
    return playable
        .find(id)
        .filter(session -> session.belongsTo(account))
        .filter(session -> !session.expiredAt(clock.instant()));
  }

  /**
   * Rebuilds the record of {@code session} from the browser's events on the core player, then keeps
   * it once: in the player's journal (an anonymous one's nowhere), a program session counted as a
   * play of its program. Empty when the events of this session were received before. Throws {@link
   * InvalidInput} naming the event for an impossible sequence or time.
   */
  public Optional<SessionService.Replayed> finish(
      Optional<String> account,
      PlayableSession session,
      Instant startedAt,
      List<SessionEvent> events) {
    Person person = person(account);
    SessionRecord record = sessions.rebuild(person, session, startedAt, events);
    if (!playable.markPlayed(session.id(), clock.instant())) {
      return Optional.empty();
    }
    SessionService.Replayed replayed = sessions.keep(person, record);
    if (replayed.kept() && session.program().isPresent()) {
      programs.played(session.owner().orElseThrow(), record, session.program().get());
    }
    return Optional.of(replayed);
  }

  private Person person(Optional<String> account) {
    return account.map(people).orElse(Person.ANONYMOUS);
  }

  private Started start(
      Optional<String> account, PlannedSession planned, Optional<FromProgram> from) {
    if (planned.findTimeline().isEmpty()) {
      return new Started(Optional.empty(), Optional.of(planned.plan()), Optional.empty());
    }
    Instant now = clock.instant();
    playable.removeExpired(now);
    PlayableSession session =
        new PlayableSession(
            Secrets.generate(),
            account,
            planned.timeline(),
            now,
            now.plus(account.isPresent() ? PLAYABLE_FOR : ANONYMOUS_KEPT_FOR),
            Optional.empty(),
            from);
    playable.add(session);
    return new Started(Optional.of(session), Optional.empty(), Optional.empty());
  }

  /** Counts one anonymous plan from {@code address}, or throws when it must not be kept. */
  private void admitAnonymous(String address) {
    Instant now = clock.instant();
    String attemptId = UUID.randomUUID().toString();
    int count =
        attempts
            .record(attemptId, List.of("play:" + address), now, now.minus(ANONYMOUS_WINDOW))
            .get(0);
    if (count > ANONYMOUS_PER_ADDRESS) {
      // A refused plan is not counted: waiting out the window is enough.
      attempts.forget(attemptId);
      throw new TooManyPlays(true, ANONYMOUS_WINDOW);
    }
    playable.removeExpired(now);
    if (playable.countAnonymous(now) >= ANONYMOUS_KEPT_AT_MOST) {
      throw new TooManyPlays(false, BUSY_RETRY);
    }
  }
}

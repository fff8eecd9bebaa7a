package dev.limber.app;

import dev.limber.journal.PainFlag;
import dev.limber.journal.PainFlags;
import dev.limber.json.FieldError;
import dev.limber.screening.Policy;
import dev.limber.session.Ending;
import dev.limber.session.Outcome;
import dev.limber.session.PlayableSession;
import dev.limber.session.Player;
import dev.limber.session.SegmentKind;
import dev.limber.session.SegmentRecord;
import dev.limber.session.SessionEvent;
import dev.limber.session.SessionRecord;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

/**
 * Keeps played sessions in the journal (spec/screening.md §7): a session that ends in the future or
 * whose played segments need more time than it lasted was played faster than real time — a
 * demonstration or a test — and is refused, so it never opens or closes a pain flag. Answers the
 * pain flags the session opened. Rebuilds a session a browser played from its events by playing the
 * same timeline again on the core {@link Player}, so the browser decides no rule. Thread-safe.
 */
public final class SessionService {
  /** Clocks of two machines may disagree a little; more than this is not a real session. */
  static final Duration CLOCK_SKEW = Duration.ofMinutes(2);

  /** Timers round and threads wake late: a real session may seem this much shorter. */
  static final Duration TIMER_SLACK = Duration.ofSeconds(5);

  private final Clock clock;

  private final Policy policy;

  public SessionService(Policy policy, Clock clock) {
    this.policy = policy;
    this.clock = clock;
  }

  /**
   * True when the person's journal holds a mild stop within the repeat window: a stop in a session
   * started now is then never mild (§2.1). False for an anonymous person.
   */
  public boolean mildStopRecently(Person person) {
    return person
        .journal()
        .map(
            journal ->
                painFlags(person)
                    .mildStopWithinRepeatDays(
                        journal.sessions(Instant.MIN, Instant.MAX),
                        java.time.LocalDate.now(person.clockIn(clock))))
        .orElse(false);
  }

  /**
   * Grades a stop for pain as the player will when the session's events arrive: for a browser that
   * asks the three questions and must know, before it offers "go on without", whether the stop is
   * mild. {@code techniqueId} is null at a pain check.
   */
  public dev.limber.session.StopGrade grade(
      Person person,
      Integer painBefore,
      String techniqueId,
      int score,
      boolean duringSelfCrack,
      boolean easing,
      boolean sharpOrSpreading,
      boolean earlierStop) {
    if (score < 0 || score > 10) {
      throw InvalidInput.of("score", "must be a whole number from 0 to 10, found " + score);
    }
    if (painBefore != null && (painBefore < 0 || painBefore > 10)) {
      throw InvalidInput.of(
          "painBefore", "must be a whole number from 0 to 10, found " + painBefore);
    }
    return dev.limber.session.StopGrade.of(
        new dev.limber.session.PainStop(
            0, techniqueId, score, duringSelfCrack, easing, sharpOrSpreading),
        painBefore,
        earlierStop,
        mildStopRecently(person));
  }

  /** The pain flags as the policy grades them, in the person's zone. */
  private PainFlags painFlags(Person person) {
    return dev.limber.journal.HistoryFiller.painFlags(policy, person.clockIn(clock).getZone());
  }

  /** A player for this person's session, graded against their journal (§2.1). */
  public Player player(Person person, dev.limber.session.Timeline timeline, Clock playerClock) {
    return new Player(timeline, playerClock, mildStopRecently(person));
  }

  /** What keeping a session did: the flags it opened (none for most sessions). */
  public record Kept(SessionRecord session, List<PainFlag> openedFlags) {
    public Kept {
      openedFlags = List.copyOf(openedFlags);
    }
  }

  /** Keeps a real session; refuses one played faster than real time, storing nothing. */
  public Kept record(Person person, SessionRecord session) {
    requireRealTime(session);
    dev.limber.journal.Journal journal = person.requireJournal();
    journal.add(session);
    // The whole journal grades the session's stops: a second mild stop within days is not mild.
    List<PainFlag> opened =
        painFlags(person)
            .opened(
                journal.sessions(Instant.MIN, Instant.MAX),
                journal.checkIns(Instant.MIN, Instant.MAX),
                journal.screenings(Instant.MIN, Instant.MAX))
            .stream()
            .filter(flag -> flag.sessionStarted().equals(session.started()))
            .toList();
    return new Kept(session, opened);
  }

  /** Throws {@link InvalidInput} when the record cannot come from a session played in real time. */
  public void requireRealTime(SessionRecord session) {
    List<FieldError> errors = new ArrayList<>();
    if (session.ended().isAfter(clock.instant().plus(CLOCK_SKEW))) {
      errors.add(
          new FieldError(
              "ended",
              "is in the future ("
                  + session.ended()
                  + "): a session played faster than real time is not kept"));
    }
    long played = playedSeconds(session);
    if (Duration.ofSeconds(played).compareTo(session.duration().plus(TIMER_SLACK)) > 0) {
      errors.add(
          new FieldError(
              "segments",
              "hold "
                  + played
                  + " s of finished timers in a session of "
                  + session.duration().toSeconds()
                  + " s: a session played faster than real time is not kept"));
    }
    if (!errors.isEmpty()) {
      throw new InvalidInput(errors);
    }
  }

  private static long playedSeconds(SessionRecord session) {
    long seconds = 0;
    for (SegmentRecord segment : session.segments()) {
      if (segment.outcome() == Outcome.DONE && segment.kind() != SegmentKind.PAIN_CHECK) {
        seconds += segment.seconds();
      }
    }
    return seconds;
  }

  /**
   * What replaying a browser's events gave: the record, whether it was kept, the flags it opened.
   */
  public record Replayed(SessionRecord session, boolean kept, List<PainFlag> openedFlags) {
    public Replayed {
      if (session == null) {
        throw new IllegalArgumentException("session is required");
      }
      openedFlags = List.copyOf(openedFlags);
    }
  }

  /**
   * Plays {@code planned}'s timeline again on the core player, each event at {@code startedAt} plus
   * its time, and keeps the record for a person with a journal (an anonymous one gets it back, kept
   * nowhere). Throws {@link InvalidInput} naming the event for an impossible sequence or time.
   */
  public Replayed replay(
      Person person, PlayableSession planned, Instant startedAt, List<SessionEvent> events) {
    return keep(person, rebuild(planned, startedAt, events));
  }

  /**
   * Keeps a rebuilt session for a person with a journal ({@link #record}); an anonymous person's is
   * kept nowhere.
   */
  public Replayed keep(Person person, SessionRecord session) {
    if (person.journal().isEmpty()) {
      return new Replayed(session, false, List.of());
    }
    Kept kept = record(person, session);
    return new Replayed(session, true, kept.openedFlags());
  }

  /**
   * The record {@link Player} gives for these events, kept nowhere: {@link #replay} in two halves,
   * for a face that claims the session between them.
   */
  public SessionRecord rebuild(
      PlayableSession planned, Instant startedAt, List<SessionEvent> events) {
    return rebuild(Person.ANONYMOUS, planned, startedAt, events);
  }

  /** As {@link #rebuild(PlayableSession, Instant, List)}, grading stops against the journal. */
  public SessionRecord rebuild(
      Person person, PlayableSession planned, Instant startedAt, List<SessionEvent> events) {
    if (startedAt == null) {
      throw InvalidInput.of("startedAt", "is required");
    }
    if (startedAt.isBefore(planned.created().minus(CLOCK_SKEW))) {
      throw InvalidInput.of(
          "startedAt",
          "is before the session was planned (" + planned.created() + "): " + startedAt);
    }
    if (events == null || events.isEmpty()) {
      throw InvalidInput.of("events", "is empty: a session starts with a start event");
    }
    SessionEvent last = events.get(events.size() - 1);
    Instant ended = startedAt.plusMillis(last.atMillis());
    if (ended.isAfter(clock.instant().plus(CLOCK_SKEW))) {
      throw InvalidInput.of(
          "events[" + (events.size() - 1) + "].at",
          "is in the future (" + ended + "): a session played faster than real time is not kept");
    }
    ReplayClock replayClock = new ReplayClock(startedAt, clock.getZone());
    Player player = new Player(planned.timeline(), replayClock, mildStopRecently(person));
    long previous = 0;
    for (int index = 0; index < events.size(); index++) {
      SessionEvent event = events.get(index);
      String field = "events[" + index + "]";
      if (event.atMillis() < previous) {
        throw InvalidInput.of(
            field + ".at",
            "is " + event.atMillis() + " ms, before the event ahead of it (" + previous + " ms)");
      }
      previous = event.atMillis();
      if (index == 0 && event.kind() != SessionEvent.Kind.START) {
        throw InvalidInput.of(field + ".kind", "must be start: a session begins with it");
      }
      replayClock.set(startedAt.plusMillis(event.atMillis()));
      if (endsWhatAStopEnded(events, index, player)) {
        continue;
      }
      player.tick();
      String refusal = refusal(event.kind(), player);
      if (refusal != null) {
        throw InvalidInput.of(
            field + ".kind",
            event.kind().name().toLowerCase(java.util.Locale.ROOT) + " " + refusal);
      }
      try {
        apply(event, player);
      } catch (IllegalStateException | IllegalArgumentException e) {
        throw InvalidInput.of(field, "cannot be played: " + e.getMessage());
      }
    }
    if (player.state() != Player.State.ENDED) {
      throw InvalidInput.of(
          "events",
          "stop before the session ends (at segment "
              + (player.index() + 1)
              + " of "
              + planned.timeline().segments().size()
              + "): the last event must be finish, quit, hurts, end or symptom");
    }
    return player.record();
  }

  /**
   * True for an {@code end} right after the stop for pain that ended the session: a browser that
   * could not ask whether its stop was mild (offline) ends the session after it either way, and the
   * replay, which knows, has already ended it.
   */
  private static boolean endsWhatAStopEnded(List<SessionEvent> events, int index, Player player) {
    return events.get(index).kind() == SessionEvent.Kind.END
        && index > 0
        && events.get(index - 1).kind() == SessionEvent.Kind.HURTS
        && player.state() == Player.State.ENDED
        && player.record().ending() == Ending.STOPPED_FOR_PAIN;
  }

  /** Why the player cannot take this event now, or null when it can. */
  private static String refusal(SessionEvent.Kind kind, Player player) {
    Player.State state = player.state();
    if (state == Player.State.ENDED) {
      return kind == SessionEvent.Kind.FINISH && player.record().ending() == Ending.FINISHED
          ? null
          : "comes after the session ended";
    }
    return switch (kind) {
      case START -> state == Player.State.READY ? null : "comes after the session started";
      case FINISH ->
          "comes while the session is still at segment "
              + (player.index() + 1)
              + " of "
              + player.timeline().segments().size();
      case QUIT -> null;
      default -> {
        if (state == Player.State.READY) {
          yield "comes before the start";
        }
        yield switch (kind) {
          case PAUSE -> state == Player.State.PLAYING ? null : "comes while " + words(state);
          case RESUME -> state == Player.State.PAUSED ? null : "comes while " + words(state);
          case PAIN -> state == Player.State.AWAITING_PAIN ? null : "comes while " + words(state);
          case GO_ON, END -> state == Player.State.MILD_STOP ? null : "comes while " + words(state);
          case SKIP, HURTS, POP ->
              state == Player.State.MILD_STOP ? "comes while " + words(state) : null;
          case SKIP_TECHNIQUE ->
              state == Player.State.PLAYING || state == Player.State.PAUSED
                  ? null
                  : "comes while " + words(state);
          default -> null;
        };
      }
    };
  }

  private static String words(Player.State state) {
    return switch (state) {
      case READY -> "not started";
      case PLAYING -> "playing";
      case PAUSED -> "paused";
      case AWAITING_PAIN -> "at a pain check";
      case MILD_STOP -> "stopped for a mild pain, waiting for go_on or end";
      case ENDED -> "ended";
    };
  }

  private static void apply(SessionEvent event, Player player) {
    switch (event.kind()) {
      case START -> player.start();
      case PAUSE -> player.pause();
      case RESUME -> player.resume();
      case SKIP -> player.skip();
      case SKIP_TECHNIQUE -> player.skipTechnique();
      case PAIN -> player.painChecked(event.score());
      case HURTS ->
          player.stopForPain(
              event.score(),
              Boolean.TRUE.equals(event.easing()),
              Boolean.TRUE.equals(event.sharpOrSpreading()));
      case GO_ON -> player.goOnWithout();
      case END -> player.endAfterMildStop();
      case POP -> player.popReported();
      case SYMPTOM -> player.symptomsReported();
      case QUIT -> player.quit();
      case FINISH -> {}
    }
  }

  /** The clock a replay sets to each event's time. */
  private static final class ReplayClock extends Clock {
    private Instant now;
    private final ZoneId zone;

    ReplayClock(Instant start, ZoneId zone) {
      this.now = start;
      this.zone = zone;
    }

    void set(Instant instant) {
      now = instant;
    }

    @Override
    public Instant instant() {
      return now;
    }

    @Override
    public ZoneId getZone() {
      return zone;
    }

    @Override
    public Clock withZone(ZoneId other) {
      return new ReplayClock(now, other);
    }
  }

  /** True when a player runs at real speed, so its session may be kept. */
  public static boolean isRealTime(double speed) {
    return speed == 1.0;
  }

  Instant now() {
    return clock.instant();
  }
}

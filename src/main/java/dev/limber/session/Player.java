package dev.limber.session;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Plays a timeline on a clock: the state machine behind every player, terminal or browser. Events
 * come from the person (pause, skip a part or the technique, it hurts, it popped, new symptoms,
 * quit) and from time ({@link #tick()}); the in-session rules of spec/screening.md §7 apply. Ends
 * with a {@link SessionRecord}. Not thread-safe: one thread drives it.
 */
public final class Player {
  /** Where the player stands. */
  public enum State {
    /** Not started. */
    READY,
    /** A timed segment is running. */
    PLAYING,
    /** A timed segment is paused; its time does not run. */
    PAUSED,
    /** At a pain check, waiting for a score or a skip. */
    AWAITING_PAIN,
    /**
     * Stopped for a mild pain (§2.1): the technique is held; waiting for the person to end the
     * session or go on without it. Time does not run.
     */
    MILD_STOP,
    /** Over; {@link #record()} is available. */
    ENDED
  }

  private final Timeline timeline;
  private final Clock clock;
  private final Outcome[] outcomes;
  private State state = State.READY;
  private int index;
  private Instant segmentStart;
  private Instant pausedAt;
  private Instant started;
  private Instant ended;
  private Integer painBefore;
  private Integer painAfter;
  private final List<PainStop> painStops = new ArrayList<>();
  private int pops;
  private Ending ending;

  private final boolean recentMildStop;
  private StopGrade lastGrade;

  public Player(Timeline timeline, Clock clock) {
    this(timeline, clock, false);
  }

  /**
   * A player for a person whose journal holds a mild stop within the repeat window when {@code
   * recentMildStop}: then no stop in this session is mild (§2.1).
   */
  public Player(Timeline timeline, Clock clock, boolean recentMildStop) {
    this.timeline = timeline;
    this.clock = clock;
    this.outcomes = new Outcome[timeline.segments().size()];
    this.recentMildStop = recentMildStop;
  }

  public void start() {
    require(State.READY, "start");
    started = clock.instant();
    enter(0, started);
  }

  /** Moves past every timed segment whose time has run out; pain checks wait for an answer. */
  public void tick() {
    if (state != State.PLAYING) {
      return;
    }
    Instant now = clock.instant();
    while (state == State.PLAYING) {
      Instant segmentEnd = segmentStart.plusSeconds(current().seconds());
      if (now.isBefore(segmentEnd)) {
        return;
      }
      outcomes[index] = Outcome.DONE;
      enter(index + 1, segmentEnd);
    }
  }

  public void pause() {
    tick();
    require(State.PLAYING, "pause");
    pausedAt = clock.instant();
    state = State.PAUSED;
  }

  public void resume() {
    require(State.PAUSED, "resume");
    segmentStart = segmentStart.plus(Duration.between(pausedAt, clock.instant()));
    pausedAt = null;
    state = State.PLAYING;
  }

  /**
   * Passes over the current segment (one hold, rest or get-ready); a skipped pain check leaves that
   * score unknown.
   */
  public void skip() {
    tick();
    requireActive("skip");
    outcomes[index] = Outcome.SKIPPED;
    enter(index + 1, clock.instant());
  }

  /**
   * Passes over what is left of the current technique and moves to the next one, or to the closing
   * pain check, which is never passed over with the technique. Refused at a pain check and after a
   * stop for pain, where the person answers the check or chooses how to go on.
   */
  public void skipTechnique() {
    tick();
    if (state != State.PLAYING && state != State.PAUSED) {
      throw new IllegalStateException("cannot skip the technique while " + state);
    }
    String technique = current().techniqueId();
    int ahead = index;
    while (ahead < outcomes.length
        && technique.equals(timeline.segments().get(ahead).techniqueId())) {
      if (outcomes[ahead] == null) {
        outcomes[ahead] = Outcome.SKIPPED;
      }
      ahead++;
    }
    enter(ahead, clock.instant());
  }

  /** Answers the current pain check with a score from 0 to 10. */
  public void painChecked(int score) {
    require(State.AWAITING_PAIN, "record a pain score");
    requirePainScore(score);
    if (index == 0) {
      painBefore = score;
    } else {
      painAfter = score;
    }
    outcomes[index] = Outcome.DONE;
    enter(index + 1, clock.instant());
  }

  /**
   * It hurts, with nothing asked about easing (an older face): a stop that is never mild, so it
   * ends the session (§7).
   */
  public void stopForPain(int score) {
    stopForPain(score, false, false);
  }

  /**
   * It hurts (§7): stops the technique at once. A self-crack, or a stop that is not mild (§2.1), or
   * a second stop in one session, ends the session; a mild stop holds the technique and waits in
   * {@link State#MILD_STOP} for {@link #goOnWithout()} or {@link #endAfterMildStop()}.
   *
   * @return true when the stop was mild and the person may choose
   */
  public boolean stopForPain(int score, boolean easing, boolean sharpOrSpreading) {
    requirePainScore(score);
    tick();
    requireActive("stop for pain");
    if (state == State.MILD_STOP) {
      throw new IllegalStateException("cannot stop for pain while " + state);
    }
    PainStop stop =
        new PainStop(
            index,
            current().techniqueId(),
            score,
            timeline.isSelfCrack(index),
            easing,
            sharpOrSpreading);
    lastGrade = StopGrade.of(stop, painBefore, !painStops.isEmpty(), recentMildStop);
    painStops.add(stop);
    outcomes[index] = Outcome.SKIPPED;
    if (lastGrade.mild()) {
      pausedAt = clock.instant();
      state = State.MILD_STOP;
      return true;
    }
    painAfter = score;
    end(Ending.STOPPED_FOR_PAIN);
    return false;
  }

  /** After a mild stop: leaves out every part of that technique still ahead and plays on. */
  public void goOnWithout() {
    require(State.MILD_STOP, "go on without the technique");
    String held = timeline.segments().get(index).techniqueId();
    for (int ahead = index + 1; ahead < outcomes.length; ahead++) {
      if (outcomes[ahead] == null && held.equals(timeline.segments().get(ahead).techniqueId())) {
        outcomes[ahead] = Outcome.SKIPPED;
      }
    }
    pausedAt = null;
    enter(index + 1, clock.instant());
  }

  /** After a mild stop: ends the session there (the default choice), stopped for pain. */
  public void endAfterMildStop() {
    require(State.MILD_STOP, "end after a mild stop");
    painAfter = painStops.get(painStops.size() - 1).painScore();
    end(Ending.STOPPED_FOR_PAIN);
  }

  /** How the latest stop for pain was graded; empty before any. */
  public java.util.Optional<StopGrade> lastGrade() {
    return java.util.Optional.ofNullable(lastGrade);
  }

  /** The stops for pain so far, in order. */
  public List<PainStop> painStops() {
    return List.copyOf(painStops);
  }

  /**
   * Something popped: no further self-crack attempt this session or today (X6). A pop during the
   * attempt completes it; any self-crack segment still ahead is skipped.
   */
  public void popReported() {
    tick();
    requireActive("report a pop");
    pops++;
    for (int ahead = index + 1; ahead < outcomes.length; ahead++) {
      if (timeline.isSelfCrack(ahead)) {
        outcomes[ahead] = Outcome.SKIPPED;
      }
    }
    if (timeline.isSelfCrack(index)) {
      outcomes[index] =
          current().kind() == SegmentKind.CRACK_ATTEMPT ? Outcome.DONE : Outcome.SKIPPED;
      enter(index + 1, clock.instant());
    }
  }

  /** New numbness, tingling, weakness, swelling or chest pain: ends the session to re-screen. */
  public void symptomsReported() {
    tick();
    requireActive("report new symptoms");
    outcomes[index] = Outcome.SKIPPED;
    end(Ending.ENDED_FOR_SYMPTOMS);
  }

  /** The person stops; the current segment counts as skipped, the rest as not reached. */
  public void quit() {
    if (state == State.READY) {
      started = clock.instant();
      end(Ending.QUIT);
      return;
    }
    tick();
    requireActive("quit");
    outcomes[index] = Outcome.SKIPPED;
    end(Ending.QUIT);
  }

  public State state() {
    return state;
  }

  public Timeline timeline() {
    return timeline;
  }

  /** The index of the current segment; after the end, the number of segments. */
  public int index() {
    return index;
  }

  /** The segment being played; throws before the start and after the end. */
  public Segment current() {
    if (state == State.READY || state == State.ENDED) {
      throw new IllegalStateException("no current segment while " + state);
    }
    return timeline.segments().get(index);
  }

  /** The segment that comes after the current one, passing over those already skipped. */
  public Optional<Segment> next() {
    for (int ahead = index + 1; ahead < outcomes.length; ahead++) {
      if (outcomes[ahead] == null) {
        return Optional.of(timeline.segments().get(ahead));
      }
    }
    return Optional.empty();
  }

  /** Time played in the current segment, paused time excluded, at most the segment's length. */
  public Duration elapsedInSegment() {
    if (state != State.PLAYING && state != State.PAUSED) {
      return Duration.ZERO;
    }
    Instant now = state == State.PAUSED ? pausedAt : clock.instant();
    Duration elapsed = Duration.between(segmentStart, now);
    Duration length = Duration.ofSeconds(current().seconds());
    return elapsed.compareTo(length) > 0 ? length : elapsed.isNegative() ? Duration.ZERO : elapsed;
  }

  /** Time left in the current segment. */
  public Duration remainingInSegment() {
    if (state == State.READY || state == State.ENDED) {
      return Duration.ZERO;
    }
    return Duration.ofSeconds(current().seconds()).minus(elapsedInSegment());
  }

  /** How far through the timeline the player is, 0 to 1, counting skipped segments as passed. */
  public double sessionProgress() {
    if (state == State.ENDED) {
      return 1;
    }
    if (state == State.READY) {
      return 0;
    }
    double seconds = timeline.secondsBefore(index) + elapsedInSegment().toMillis() / 1000.0;
    return seconds / timeline.totalSeconds();
  }

  /** How far through the current segment, 0 to 1. */
  public double segmentProgress() {
    if (state == State.READY || state == State.ENDED) {
      return state == State.ENDED ? 1 : 0;
    }
    return elapsedInSegment().toMillis() / (current().seconds() * 1000.0);
  }

  /** True once a pop has been reported: no further self-crack attempt today. */
  public boolean selfCrackBlocked() {
    return pops > 0;
  }

  /** What happened; only after the end. */
  public SessionRecord record() {
    require(State.ENDED, "give the record");
    List<SegmentRecord> segments = new ArrayList<>();
    for (int i = 0; i < outcomes.length; i++) {
      segments.add(timeline.segments().get(i).recordAs(outcomes[i]));
    }
    return new SessionRecord(
        started, ended, timeline.doses(), segments, painBefore, painAfter, painStops, pops, ending);
  }

  private void enter(int target, Instant at) {
    int position = target;
    while (position < outcomes.length && outcomes[position] != null) {
      position++;
    }
    index = position;
    if (position >= outcomes.length) {
      end(Ending.FINISHED);
      return;
    }
    segmentStart = at;
    state =
        timeline.segments().get(position).kind() == SegmentKind.PAIN_CHECK
            ? State.AWAITING_PAIN
            : State.PLAYING;
  }

  private void end(Ending how) {
    ended = clock.instant();
    for (int i = 0; i < outcomes.length; i++) {
      if (outcomes[i] == null) {
        outcomes[i] = Outcome.NOT_REACHED;
      }
    }
    ending = how;
    state = State.ENDED;
  }

  private void require(State expected, String action) {
    if (state != expected) {
      throw new IllegalStateException("cannot " + action + " while " + state);
    }
  }

  private void requireActive(String action) {
    if (state == State.READY || state == State.ENDED) {
      throw new IllegalStateException("cannot " + action + " while " + state);
    }
  }

  private static void requirePainScore(int score) {
    if (score < 0 || score > 10) {
      throw new IllegalArgumentException("pain score outside 0–10: " + score);
    }
  }
}

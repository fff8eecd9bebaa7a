package dev.limber.app;

import static org.assertj.core.api.Assertions.assertThat;

import dev.limber.catalog.Catalog;
import dev.limber.journal.InMemoryJournal;
import dev.limber.json.FieldError;
import dev.limber.json.Json;
import dev.limber.planning.Preferences;
import dev.limber.screening.RuleBook;
import dev.limber.screening.Verdict;
import dev.limber.session.Ending;
import dev.limber.session.PlayableSession;
import dev.limber.session.Player;
import dev.limber.session.SessionEvent;
import dev.limber.session.SessionEvent.Kind;
import dev.limber.session.SessionRecord;
import dev.limber.session.Timeline;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** A browser's events replayed on the core player: the same record, impossible lists refused. */
class SessionReplayTest {
  private static final Instant PLANNED = Instant.parse("2026-11-29T12:00:00Z");
  private static final Instant STARTED = PLANNED.plusSeconds(20);
  private static final Instant NOW = PLANNED.plus(Duration.ofHours(1));
  private static final Services SERVICES =
      Services.of(Catalog.bundled(), RuleBook.bundled(), Clock.fixed(NOW, ZoneOffset.UTC));
  private static final String CLEAR =
      "{\"conditions\": [], \"symptoms\": {\"painScore\": 2, \"painDurationWeeks\": 1,"
          + " \"numbness\": [], \"weakness\": [], \"bladderOrBowelChange\": false,"
          + " \"chestPain\": false, \"fever\": false, \"unexplainedWeightLoss\": false,"
          + " \"swelling\": false, \"nightPainOrUnrelievedByRest\": false,"
          + " \"painWorseWithCoughSneeze\": false}, \"history\": {\"ageYears\": 40,"
          + " \"recentTrauma\": \"NONE\", \"firstEpisode\": false}}";

  private static final PlayableSession SESSION = playable();

  private static PlayableSession playable() {
    Timeline timeline =
        SERVICES
            .planning()
            .plan(Person.ANONYMOUS, Json.parse(CLEAR), Preferences.defaults().withMinutes(5))
            .planned()
            .orElseThrow()
            .findTimeline()
            .orElseThrow();
    return new PlayableSession(
        "x".repeat(43),
        Optional.empty(),
        timeline,
        PLANNED,
        PLANNED.plus(Duration.ofDays(2)),
        Optional.empty());
  }

  private static SessionEvent at(Kind kind, long millis) {
    return new SessionEvent(kind, millis, null);
  }

  private static SessionEvent scored(Kind kind, long millis, int score) {
    return new SessionEvent(kind, millis, score);
  }

  /** The core player driven directly, each event at its time: what the replay must equal. */
  private static SessionRecord played(List<SessionEvent> events) {
    StepClock clock = new StepClock(STARTED);
    Player player = new Player(SESSION.timeline(), clock);
    for (SessionEvent event : events) {
      clock.now = STARTED.plusMillis(event.atMillis());
      // A running player ticks between events, as the terminal's does every frame.
      player.tick();
      switch (event.kind()) {
        case START -> player.start();
        case PAUSE -> player.pause();
        case RESUME -> player.resume();
        case SKIP -> player.skip();
        case SKIP_TECHNIQUE -> player.skipTechnique();
        case PAIN -> player.painChecked(event.score());
        case HURTS -> player.stopForPain(event.score());
        case POP -> player.popReported();
        case SYMPTOM -> player.symptomsReported();
        case QUIT -> player.quit();
        case FINISH -> player.tick();
      }
    }
    return player.record();
  }

  private static long timedMillis() {
    List<dev.limber.session.Segment> segments = SESSION.timeline().segments();
    long millis = 0;
    for (int index = 1; index < segments.size() - 1; index++) {
      millis += segments.get(index).seconds() * 1000L;
    }
    return millis;
  }

  @Test
  void theRebuiltRecordEqualsWhatTheCorePlayerGivesForTheSameEvents() {
    long end = 3_000 + 5_000 + timedMillis() + 250;
    List<SessionEvent> events =
        List.of(
            at(Kind.START, 0),
            scored(Kind.PAIN, 3_000, 4),
            at(Kind.PAUSE, 9_000),
            at(Kind.RESUME, 14_000),
            scored(Kind.PAIN, end, 2),
            at(Kind.FINISH, end));

    SessionRecord replayed = SERVICES.sessions().rebuild(SESSION, STARTED, events);

    assertThat(replayed).isEqualTo(played(events));
    assertThat(replayed.ending()).isEqualTo(Ending.FINISHED);
    assertThat(replayed.painBefore()).isEqualTo(4);
    assertThat(replayed.painAfter()).isEqualTo(2);
    assertThat(replayed.started()).isEqualTo(STARTED);
    assertThat(replayed.ended()).isEqualTo(STARTED.plusMillis(end));
  }

  @Test
  void skipsPopsAndAStopForPainReplayAsTheCorePlayerPlaysThem() {
    List<SessionEvent> events =
        List.of(
            at(Kind.START, 0),
            at(Kind.SKIP, 1_000),
            at(Kind.SKIP, 2_000),
            at(Kind.POP, 4_000),
            at(Kind.SKIP, 30_000),
            scored(Kind.HURTS, 41_000, 6));

    SessionRecord replayed = SERVICES.sessions().rebuild(SESSION, STARTED, events);

    assertThat(replayed).isEqualTo(played(events));
    assertThat(replayed.ending()).isEqualTo(Ending.STOPPED_FOR_PAIN);
    assertThat(replayed.pops()).isEqualTo(1);
    assertThat(replayed.painStop().painScore()).isEqualTo(6);
  }

  /** How many parts the technique that segment {@code index} belongs to has from there on. */
  private static int partsFrom(int index) {
    List<dev.limber.session.Segment> segments = SESSION.timeline().segments();
    String technique = segments.get(index).techniqueId();
    int parts = 0;
    while (technique.equals(segments.get(index + parts).techniqueId())) {
      parts++;
    }
    return parts;
  }

  @Test
  void aSkippedTechniqueReplaysAsTheCorePlayerAndAsAnOlderListWithOneSkipPerPart() {
    List<SessionEvent> byTechnique =
        List.of(
            at(Kind.START, 0),
            scored(Kind.PAIN, 2_000, 3),
            at(Kind.SKIP_TECHNIQUE, 6_000),
            at(Kind.QUIT, 9_000));
    List<SessionEvent> byParts = new java.util.ArrayList<>();
    byParts.add(at(Kind.START, 0));
    byParts.add(scored(Kind.PAIN, 2_000, 3));
    for (int part = 0; part < partsFrom(1); part++) {
      byParts.add(at(Kind.SKIP, 6_000));
    }
    byParts.add(at(Kind.QUIT, 9_000));

    SessionRecord replayed = SERVICES.sessions().rebuild(SESSION, STARTED, byTechnique);

    assertThat(replayed).isEqualTo(played(byTechnique));
    assertThat(replayed).isEqualTo(SERVICES.sessions().rebuild(SESSION, STARTED, byParts));
    assertThat(replayed.techniquesReached()).hasSize(2);
  }

  @Test
  void skippingEveryTechniqueStillAsksTheClosingPainCheck() {
    List<SessionEvent> events = new java.util.ArrayList<>();
    events.add(at(Kind.START, 0));
    events.add(scored(Kind.PAIN, 2_000, 3));
    long techniques = SESSION.timeline().routine().steps().size();
    for (int technique = 0; technique < techniques; technique++) {
      events.add(at(Kind.SKIP_TECHNIQUE, 3_000 + technique));
    }
    events.add(scored(Kind.PAIN, 4_000, 3));
    events.add(at(Kind.FINISH, 4_000));

    SessionRecord replayed = SERVICES.sessions().rebuild(SESSION, STARTED, events);

    assertThat(replayed).isEqualTo(played(events));
    assertThat(replayed.ending()).isEqualTo(Ending.FINISHED);
    assertThat(replayed.painAfter()).isEqualTo(3);
    List<SessionEvent> oneTooMany = new java.util.ArrayList<>(events.subList(0, events.size() - 2));
    oneTooMany.add(at(Kind.SKIP_TECHNIQUE, 4_000));
    assertThat(refusedField(STARTED, oneTooMany))
        .isEqualTo(
            "events["
                + (oneTooMany.size() - 1)
                + "].kind: skip_technique comes while at a pain check");
  }

  @Test
  void aSkippedTechniqueIsRefusedAtTheOpeningPainCheckAndAfterAMildStop() {
    assertThat(refusedField(STARTED, List.of(at(Kind.START, 0), at(Kind.SKIP_TECHNIQUE, 500))))
        .isEqualTo("events[1].kind: skip_technique comes while at a pain check");
    assertThat(
            refusedField(
                STARTED,
                List.of(
                    at(Kind.START, 0),
                    scored(Kind.PAIN, 2_000, 2),
                    hurts(9_000, 3, true, false),
                    at(Kind.SKIP_TECHNIQUE, 9_500))))
        .isEqualTo(
            "events[3].kind: skip_technique comes while stopped for a mild pain, waiting for go_on"
                + " or end");
  }

  private static SessionEvent hurts(long millis, int score, boolean easing, boolean sharp) {
    return new SessionEvent(Kind.HURTS, millis, score, easing, sharp);
  }

  @Test
  void anEndRightAfterTheStopThatEndedTheSessionChangesNothing() {
    List<SessionEvent> notMild =
        List.of(at(Kind.START, 0), scored(Kind.PAIN, 2_000, 2), hurts(9_000, 6, true, false));
    List<SessionEvent> thenEnd =
        List.of(
            at(Kind.START, 0),
            scored(Kind.PAIN, 2_000, 2),
            hurts(9_000, 6, true, false),
            at(Kind.END, 9_500));

    SessionRecord replayed = SERVICES.sessions().rebuild(SESSION, STARTED, thenEnd);

    assertThat(replayed).isEqualTo(SERVICES.sessions().rebuild(SESSION, STARTED, notMild));
    assertThat(replayed.ending()).isEqualTo(Ending.STOPPED_FOR_PAIN);
  }

  @Test
  void anEndAfterAStopTheBrowserCouldNotGradeEndsTheSessionWhateverTheGrade() {
    List<SessionEvent> events =
        List.of(
            at(Kind.START, 0),
            scored(Kind.PAIN, 2_000, 2),
            hurts(9_000, 2, true, false),
            at(Kind.END, 9_500));

    SessionRecord replayed = SERVICES.sessions().rebuild(SESSION, STARTED, events);

    assertThat(replayed.ending()).isEqualTo(Ending.STOPPED_FOR_PAIN);
    assertThat(replayed.painStops()).hasSize(1);
    assertThat(
            refusedField(
                STARTED, List.of(at(Kind.START, 0), at(Kind.QUIT, 500), at(Kind.END, 600))))
        .isEqualTo("events[2].kind: end comes after the session ended");
  }

  @Test
  void aSignedInPersonsStopForPainIsKeptAndOpensAPainFlagThatTheNextScreeningReports() {
    InMemoryJournal journal = new InMemoryJournal();
    Person person = Person.withJournal(journal);
    List<SessionEvent> events =
        List.of(at(Kind.START, 0), scored(Kind.PAIN, 2_000, 2), scored(Kind.HURTS, 9_000, 7));

    SessionService.Replayed replayed = SERVICES.sessions().replay(person, SESSION, STARTED, events);

    assertThat(replayed.kept()).isTrue();
    assertThat(replayed.openedFlags()).isNotEmpty();
    assertThat(
            SERVICES
                .screening()
                .screen(person, Json.parse(CLEAR), Set.of())
                .screened()
                .orElseThrow()
                .result()
                .verdict())
        .isEqualTo(Verdict.SEE_PROFESSIONAL);
  }

  @Test
  void anAnonymousReplayIsKeptNowhere() {
    SessionService.Replayed replayed =
        SERVICES
            .sessions()
            .replay(
                Person.ANONYMOUS, SESSION, STARTED, List.of(at(Kind.START, 0), at(Kind.QUIT, 500)));

    assertThat(replayed.kept()).isFalse();
    assertThat(replayed.session().ending()).isEqualTo(Ending.QUIT);
  }

  private static String refusedField(Instant startedAt, List<SessionEvent> events) {
    try {
      SERVICES.sessions().rebuild(SESSION, startedAt, events);
    } catch (InvalidInput refused) {
      FieldError error = refused.errors().get(0);
      return error.field() + ": " + error.message();
    }
    throw new AssertionError("not refused: " + events);
  }

  @Test
  void impossibleEventListsAreRefusedNamingTheEventAndField() {
    assertThat(refusedField(STARTED, List.of(at(Kind.PAUSE, 0))))
        .startsWith("events[0].kind: must be start");
    assertThat(refusedField(STARTED, List.of(at(Kind.START, 0), at(Kind.PAUSE, 10))))
        .isEqualTo("events[1].kind: pause comes while at a pain check");
    assertThat(
            refusedField(
                STARTED, List.of(at(Kind.START, 0), at(Kind.SKIP, 5_000), at(Kind.QUIT, 4_000))))
        .startsWith("events[2].at: is 4000 ms, before the event ahead of it");
    assertThat(
            refusedField(STARTED, List.of(at(Kind.START, 0), at(Kind.QUIT, 10), at(Kind.SKIP, 20))))
        .isEqualTo("events[2].kind: skip comes after the session ended");
    assertThat(refusedField(STARTED, List.of(at(Kind.START, 0), at(Kind.FINISH, 20))))
        .startsWith("events[1].kind: finish comes while the session is still at segment 1");
    assertThat(refusedField(STARTED, List.of(at(Kind.START, 0), at(Kind.SKIP, 20))))
        .startsWith("events: stop before the session ends");
    assertThat(refusedField(STARTED, List.of())).startsWith("events: is empty");
    assertThat(refusedField(PLANNED.minus(Duration.ofHours(1)), List.of(at(Kind.START, 0))))
        .startsWith("startedAt: is before the session was planned");
    assertThat(refusedField(NOW.plus(Duration.ofMinutes(5)), List.of(at(Kind.START, 0))))
        .startsWith("events[0].at: is in the future");
  }

  private static final class StepClock extends Clock {
    private Instant now;

    StepClock(Instant start) {
      this.now = start;
    }

    @Override
    public Instant instant() {
      return now;
    }

    @Override
    public ZoneId getZone() {
      return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
      return this;
    }
  }
}

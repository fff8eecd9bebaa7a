package dev.limber.session;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class PlayerTest {
  private static final Instant START = Instant.parse("2026-03-02T08:00:00Z");

  private final ManualClock clock = new ManualClock(START);

  // Segments: 0 pain check, 1 get ready, 2 hold 1, 3 rest, 4 hold 2, 5 rest, 6 hold 3,
  // 7 get ready (crack), 8 crack attempt, 9 pain check.
  private Player player() {
    return new Player(
        Timeline.expand(TimelineTest.routine("butterfly-elbows", "chair-back-extension")), clock);
  }

  private static List<Outcome> outcomes(SessionRecord record) {
    return record.segments().stream().map(SegmentRecord::outcome).toList();
  }

  @Test
  void startsAtThePainCheckAndWaitsForAScore() {
    Player player = player();

    player.start();
    clock.advanceSeconds(60);
    player.tick();

    assertThat(player.state()).isEqualTo(Player.State.AWAITING_PAIN);
    assertThat(player.index()).isZero();
  }

  @Test
  void playsEverySegmentOnTheClockToAFinishedRecord() {
    Player player = player();
    player.start();
    player.painChecked(3);

    clock.advanceSeconds(10 + 10 + 5 + 10 + 5 + 10 + 10 + 15);
    player.tick();
    player.painChecked(2);

    SessionRecord record = player.record();
    assertThat(record.ending()).isEqualTo(Ending.FINISHED);
    assertThat(outcomes(record)).containsOnly(Outcome.DONE);
    assertThat(record.painBefore()).isEqualTo(3);
    assertThat(record.painAfter()).isEqualTo(2);
    assertThat(record.started()).isEqualTo(START);
    assertThat(record.duration()).isEqualTo(Duration.ofSeconds(75));
    assertThat(record.techniqueIds()).containsExactly("butterfly-elbows", "chair-back-extension");
    assertThat(record.usedSelfCrack()).isTrue();
  }

  @Test
  void ticksAdvanceOneSegmentAtATimeAtItsEnd() {
    Player player = player();
    player.start();
    player.painChecked(1);

    clock.advanceSeconds(9);
    player.tick();
    int beforeEnd = player.index();
    clock.advanceSeconds(1);
    player.tick();

    assertThat(beforeEnd).isEqualTo(1);
    assertThat(player.index()).isEqualTo(2);
    assertThat(player.current().kind()).isEqualTo(SegmentKind.HOLD);
    assertThat(player.remainingInSegment()).isEqualTo(Duration.ofSeconds(10));
  }

  @Test
  void pausedTimeDoesNotCount() {
    Player player = player();
    player.start();
    player.painChecked(1);
    clock.advanceSeconds(4);

    player.pause();
    clock.advanceSeconds(600);
    player.tick();
    player.resume();
    clock.advanceSeconds(5);
    player.tick();

    assertThat(player.index()).isEqualTo(1);
    assertThat(player.remainingInSegment()).isEqualTo(Duration.ofSeconds(1));
  }

  @Test
  void skipMarksTheSegmentSkippedAndMovesOn() {
    Player player = player();
    player.start();
    player.painChecked(1);
    clock.advanceSeconds(10);
    player.tick();

    clock.advanceSeconds(3);
    player.skip();

    assertThat(player.index()).isEqualTo(3);
    assertThat(player.current().kind()).isEqualTo(SegmentKind.REST);
    player.quit();
    assertThat(outcomes(player.record()).get(2)).isEqualTo(Outcome.SKIPPED);
  }

  @Test
  void skippingAPainCheckLeavesThatScoreUnknown() {
    Player player = player();
    player.start();

    player.skip();

    assertThat(player.state()).isEqualTo(Player.State.PLAYING);
    player.quit();
    assertThat(player.record().painBefore()).isNull();
    assertThat(outcomes(player.record()).get(0)).isEqualTo(Outcome.SKIPPED);
  }

  @Test
  void painDuringAStretchStopsAtOnceAndMarksStretching() {
    Player player = player();
    player.start();
    player.painChecked(2);
    clock.advanceSeconds(12);
    player.tick();

    player.stopForPain(5);

    SessionRecord record = player.record();
    assertThat(player.state()).isEqualTo(Player.State.ENDED);
    assertThat(record.ending()).isEqualTo(Ending.STOPPED_FOR_PAIN);
    assertThat(record.painStop()).isEqualTo(new PainStop(2, "butterfly-elbows", 5, false));
    assertThat(record.painDuringStretching()).isTrue();
    assertThat(outcomes(record).subList(0, 3))
        .containsExactly(Outcome.DONE, Outcome.DONE, Outcome.SKIPPED);
    assertThat(outcomes(record).subList(3, 10)).containsOnly(Outcome.NOT_REACHED);
    assertThat(record.advice())
        .containsExactly(SessionAdvice.PAIN_DURING_STRETCHING, SessionAdvice.PAIN_ROSE);
    assertThat(record.usedSelfCrack()).isFalse();
  }

  @Test
  void aMildStopHoldsTheTechniqueAndGoingOnSkipsWhatIsLeftOfIt() {
    Player player = player();
    player.start();
    player.painChecked(2);
    clock.advanceSeconds(12);
    player.tick();

    boolean mild = player.stopForPain(3, true, false);
    clock.advanceSeconds(30);
    player.tick();

    assertThat(mild).isTrue();
    assertThat(player.state()).isEqualTo(Player.State.MILD_STOP);
    assertThat(player.index()).isEqualTo(2);

    player.goOnWithout();

    assertThat(player.state()).isEqualTo(Player.State.PLAYING);
    assertThat(player.current().techniqueId()).isEqualTo("chair-back-extension");
    clock.advanceSeconds(60);
    player.tick();
    player.painChecked(2);
    SessionRecord record = player.record();
    assertThat(record.ending()).isEqualTo(Ending.FINISHED);
    assertThat(record.painStops())
        .containsExactly(new PainStop(2, "butterfly-elbows", 3, false, true, false));
    assertThat(outcomes(record).subList(2, 7)).containsOnly(Outcome.SKIPPED);
    assertThat(record.advice()).containsExactly(SessionAdvice.MILD_STOP);
  }

  @Test
  void endingAfterAMildStopIsStoppedForPainWithoutAFlagOfItsOwn() {
    Player player = player();
    player.start();
    player.painChecked(2);
    clock.advanceSeconds(12);
    player.tick();
    player.stopForPain(3, true, false);

    player.endAfterMildStop();

    SessionRecord record = player.record();
    assertThat(record.ending()).isEqualTo(Ending.STOPPED_FOR_PAIN);
    assertThat(record.endedOnMildStop()).isTrue();
    assertThat(record.painDuringStretching()).isFalse();
    assertThat(record.advice()).containsExactly(SessionAdvice.MILD_STOP);
  }

  @Test
  void aStopThatIsNotEasingOrIsSharpEndsTheSessionAtOnce() {
    for (boolean[] answers : new boolean[][] {{false, false}, {true, true}}) {
      Player player = player();
      player.start();
      player.painChecked(2);
      clock.advanceSeconds(12);
      player.tick();

      boolean mild = player.stopForPain(3, answers[0], answers[1]);

      assertThat(mild).isFalse();
      assertThat(player.state()).isEqualTo(Player.State.ENDED);
      assertThat(player.record().painDuringStretching()).isTrue();
    }
  }

  @Test
  void aSecondStopInOneSessionIsNeverMild() {
    Player player = player();
    player.start();
    player.painChecked(2);
    clock.advanceSeconds(12);
    player.tick();
    player.stopForPain(3, true, false);
    player.goOnWithout();

    boolean mild = player.stopForPain(2, true, false);

    assertThat(mild).isFalse();
    assertThat(player.record().ending()).isEqualTo(Ending.STOPPED_FOR_PAIN);
    assertThat(player.record().painStops()).hasSize(2);
    // What is left after the held stretch is the self-crack: that stop is one during cracking.
    assertThat(player.record().painDuringCracking()).isTrue();
  }

  @Test
  void aSecondStretchStopInOneSessionIsPainThatCameBack() {
    Player player =
        new Player(
            Timeline.expand(TimelineTest.routine("butterfly-elbows", "upward-stretch")), clock);
    player.start();
    player.painChecked(2);
    clock.advanceSeconds(12);
    player.tick();
    player.stopForPain(3, true, false);
    player.goOnWithout();
    clock.advanceSeconds(6);
    player.tick();

    boolean mild = player.stopForPain(2, true, false);

    assertThat(mild).isFalse();
    assertThat(player.record().painDuringStretching()).isTrue();
  }

  @Test
  void painDuringTheCrackAttemptMarksCracking() {
    Player player = player();
    player.start();
    player.painChecked(2);
    clock.advanceSeconds(60 + 3);
    player.tick();

    player.stopForPain(3);

    SessionRecord record = player.record();
    assertThat(record.painStop().segmentIndex()).isEqualTo(8);
    assertThat(record.painDuringCracking()).isTrue();
    assertThat(record.advice()).containsExactly(SessionAdvice.PAIN_DURING_CRACKING);
  }

  @Test
  void aPopDuringAStretchSkipsTheSelfCrackStillAhead() {
    Player player = player();
    player.start();
    player.painChecked(1);
    clock.advanceSeconds(12);
    player.tick();

    player.popReported();
    clock.advanceSeconds(8 + 5 + 10 + 5 + 10);
    player.tick();

    assertThat(player.state()).isEqualTo(Player.State.AWAITING_PAIN);
    assertThat(player.index()).isEqualTo(9);
    assertThat(player.selfCrackBlocked()).isTrue();
    player.painChecked(1);
    SessionRecord record = player.record();
    assertThat(record.ending()).isEqualTo(Ending.FINISHED);
    assertThat(outcomes(record).subList(7, 9)).containsOnly(Outcome.SKIPPED);
    assertThat(record.pops()).isEqualTo(1);
    assertThat(record.advice()).containsExactly(SessionAdvice.NO_MORE_CRACKING_TODAY);
    assertThat(record.usedSelfCrack()).isTrue();
  }

  @Test
  void aPopDuringTheAttemptCompletesIt() {
    Player player = player();
    player.start();
    player.painChecked(1);
    clock.advanceSeconds(60 + 4);
    player.tick();

    player.popReported();

    assertThat(player.state()).isEqualTo(Player.State.AWAITING_PAIN);
    player.painChecked(0);
    assertThat(outcomes(player.record()).get(8)).isEqualTo(Outcome.DONE);
  }

  @Test
  void newSymptomsEndTheSessionToScreenAgain() {
    Player player = player();
    player.start();
    player.painChecked(1);
    clock.advanceSeconds(15);

    player.symptomsReported();

    SessionRecord record = player.record();
    assertThat(record.ending()).isEqualTo(Ending.ENDED_FOR_SYMPTOMS);
    assertThat(record.advice()).containsExactly(SessionAdvice.NEW_SYMPTOMS);
    assertThat(outcomes(record).get(2)).isEqualTo(Outcome.SKIPPED);
    assertThat(record.ended()).isEqualTo(START.plusSeconds(15));
  }

  @Test
  void aRiseOfTwoPointsAtTheEndAdvisesAProfessional() {
    Player player = player();
    player.start();
    player.painChecked(2);
    clock.advanceSeconds(75);
    player.tick();

    player.painChecked(4);

    assertThat(player.record().advice()).contains(SessionAdvice.PAIN_ROSE);
  }

  @Test
  void quitKeepsWhatWasDoneAndMarksTheRestNotReached() {
    Player player = player();
    player.start();
    player.painChecked(1);
    clock.advanceSeconds(22);
    player.tick();

    player.quit();

    SessionRecord record = player.record();
    assertThat(record.ending()).isEqualTo(Ending.QUIT);
    assertThat(outcomes(record).subList(0, 4))
        .containsExactly(Outcome.DONE, Outcome.DONE, Outcome.DONE, Outcome.SKIPPED);
    assertThat(outcomes(record).subList(4, 10)).containsOnly(Outcome.NOT_REACHED);
  }

  @Test
  void reportsProgressThroughSegmentAndSession() {
    Player player = player();
    player.start();
    player.painChecked(1);

    clock.advanceSeconds(5);

    assertThat(player.segmentProgress()).isEqualTo(0.5);
    assertThat(player.sessionProgress()).isEqualTo(10.0 / 85);
    assertThat(player.next()).get().extracting(Segment::kind).isEqualTo(SegmentKind.HOLD);
  }

  @Test
  void refusesEventsThatDoNotFitTheState() {
    Player player = player();

    assertThatThrownBy(player::pause).hasMessage("cannot pause while READY");
    assertThatThrownBy(player::record).hasMessage("cannot give the record while READY");
    player.start();
    assertThatThrownBy(() -> player.painChecked(11)).hasMessageContaining("11");
    assertThatThrownBy(player::resume).hasMessage("cannot resume while AWAITING_PAIN");
  }
}

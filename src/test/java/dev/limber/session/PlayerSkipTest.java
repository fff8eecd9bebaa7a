package dev.limber.session;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Skipping one part against skipping the rest of a technique, and the pain checks neither skips.
 */
class PlayerSkipTest {
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
  void skippingTheTechniqueMidHoldMarksItsRestSkippedAndStartsTheNextOnesGetReady() {
    Player player = player();
    player.start();
    player.painChecked(2);
    clock.advanceSeconds(10 + 3);
    player.tick();

    player.skipTechnique();

    assertThat(player.state()).isEqualTo(Player.State.PLAYING);
    assertThat(player.index()).isEqualTo(7);
    assertThat(player.current().kind()).isEqualTo(SegmentKind.GET_READY);
    assertThat(player.current().techniqueId()).isEqualTo("chair-back-extension");
    assertThat(player.elapsedInSegment()).isZero();
    player.quit();
    assertThat(outcomes(player.record()).subList(0, 7))
        .containsExactly(
            Outcome.DONE,
            Outcome.DONE,
            Outcome.SKIPPED,
            Outcome.SKIPPED,
            Outcome.SKIPPED,
            Outcome.SKIPPED,
            Outcome.SKIPPED);
  }

  @Test
  void skippingOneHoldMovesOnlyToTheRestAfterIt() {
    Player player = player();
    player.start();
    player.painChecked(2);
    clock.advanceSeconds(10 + 3);
    player.tick();

    player.skip();

    assertThat(player.index()).isEqualTo(3);
    assertThat(player.current().techniqueId()).isEqualTo("butterfly-elbows");
  }

  @Test
  void skippingTheLastTechniqueStillAsksTheClosingPainCheck() {
    Player player = player();
    player.start();
    player.painChecked(2);
    clock.advanceSeconds(50 + 4);
    player.tick();
    assertThat(player.index()).isEqualTo(7);

    player.skipTechnique();

    assertThat(player.state()).isEqualTo(Player.State.AWAITING_PAIN);
    assertThat(player.index()).isEqualTo(9);
    player.painChecked(4);
    SessionRecord record = player.record();
    assertThat(record.ending()).isEqualTo(Ending.FINISHED);
    assertThat(record.painAfter()).isEqualTo(4);
    assertThat(outcomes(record).subList(7, 10))
        .containsExactly(Outcome.SKIPPED, Outcome.SKIPPED, Outcome.DONE);
    assertThat(record.usedSelfCrack()).isFalse();
    assertThat(record.advice()).containsExactly(SessionAdvice.PAIN_ROSE);
  }

  @Test
  void afterAPopTheSkippedSelfCrackIsPassedAndTheClosingPainCheckWaits() {
    Player player = player();
    player.start();
    player.painChecked(1);
    clock.advanceSeconds(12);
    player.tick();
    player.popReported();

    player.skipTechnique();

    assertThat(player.state()).isEqualTo(Player.State.AWAITING_PAIN);
    assertThat(player.index()).isEqualTo(9);
  }

  @Test
  void aPausedTechniqueCanBeSkippedAndTheNextOnePlaysOnTheClock() {
    Player player = player();
    player.start();
    player.painChecked(2);
    clock.advanceSeconds(12);
    player.tick();
    player.pause();
    clock.advanceSeconds(30);

    player.skipTechnique();
    clock.advanceSeconds(10);
    player.tick();

    assertThat(player.state()).isEqualTo(Player.State.PLAYING);
    assertThat(player.current().kind()).isEqualTo(SegmentKind.CRACK_ATTEMPT);
  }

  @Test
  void givesTheSameRecordAsOneSkipPerPartLeftOfTheTechnique() {
    Player byParts = player();
    Player byTechnique = player();
    for (Player player : List.of(byParts, byTechnique)) {
      player.start();
      player.painChecked(3);
    }
    clock.advanceSeconds(10 + 3);

    while (byParts.current().techniqueId().equals("butterfly-elbows")) {
      byParts.skip();
    }
    byTechnique.skipTechnique();
    clock.advanceSeconds(25);
    byParts.tick();
    byTechnique.tick();
    byParts.painChecked(1);
    byTechnique.painChecked(1);

    assertThat(byTechnique.record()).isEqualTo(byParts.record());
    assertThat(byTechnique.record().summary())
        .isEqualTo(
            "Session finished in 0:38: 2 of 2 techniques begun, 3 holds skipped, pain 3 → 1.");
  }

  @Test
  void isRefusedAtAPainCheckAfterAMildStopAndOutsideASession() {
    Player player = player();

    assertThatThrownBy(player::skipTechnique).hasMessage("cannot skip the technique while READY");
    player.start();
    assertThatThrownBy(player::skipTechnique)
        .hasMessage("cannot skip the technique while AWAITING_PAIN");
    player.painChecked(2);
    clock.advanceSeconds(12);
    player.stopForPain(3, true, false);
    assertThatThrownBy(player::skipTechnique)
        .hasMessage("cannot skip the technique while MILD_STOP");
    player.endAfterMildStop();
    assertThatThrownBy(player::skipTechnique).hasMessage("cannot skip the technique while ENDED");
  }
}

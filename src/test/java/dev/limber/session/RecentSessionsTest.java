package dev.limber.session;

import static org.assertj.core.api.Assertions.assertThat;

import dev.limber.planning.RecentHistory;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class RecentSessionsTest {
  private static final Instant TODAY = Instant.parse("2026-03-02T00:00:00Z");

  @Test
  void countsTechniquesPlayedAndSeesTodaysSelfCrack() {
    SessionRecord today = SessionRecordTest.finished(3, 2);

    RecentHistory history = new RecentSessions(List.of(today)).history(TODAY);

    assertThat(history.selfCrackUsedToday()).isTrue();
    assertThat(history.timesDone("upward-stretch")).isEqualTo(1);
    assertThat(history.timesDone("chair-back-extension")).isEqualTo(1);
  }

  @Test
  void aSelfCrackYesterdayDoesNotUseTodaysSession() {
    SessionRecord yesterday = SessionRecordTest.finished(3, 2);

    RecentHistory history =
        new RecentSessions(List.of(yesterday)).history(TODAY.plusSeconds(86_400));

    assertThat(history.selfCrackUsedToday()).isFalse();
  }

  @Test
  void theLatestSessionsPainStopCarriesToTheNextScreening() {
    SessionRecord stopped = SessionRecordTest.stoppedForPain();
    SessionRecord earlierFinished =
        new SessionRecord(
            stopped.started().minusSeconds(3600),
            stopped.started().minusSeconds(3500),
            List.of(),
            List.of(),
            null,
            null,
            List.of(),
            0,
            Ending.FINISHED);

    RecentSessions recent = new RecentSessions(List.of(earlierFinished, stopped));

    assertThat(recent.painDuringStretching()).isTrue();
    assertThat(recent.painDuringCracking()).isFalse();
  }

  @Test
  void aLaterSessionWithoutPainClearsTheCarriedFlag() {
    SessionRecord stopped = SessionRecordTest.stoppedForPain();
    SessionRecord later =
        new SessionRecord(
            stopped.started().plusSeconds(3600),
            stopped.started().plusSeconds(3700),
            List.of(),
            List.of(),
            null,
            null,
            List.of(),
            0,
            Ending.QUIT);

    assertThat(new RecentSessions(List.of(stopped, later)).painDuringStretching()).isFalse();
    assertThat(new RecentSessions(List.of()).painDuringCracking()).isFalse();
  }
}

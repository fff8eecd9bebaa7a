package dev.limber.journal;

import static dev.limber.journal.JournalFixtures.checkIn;
import static dev.limber.journal.JournalFixtures.daysAgo;
import static dev.limber.journal.JournalFixtures.session;
import static org.assertj.core.api.Assertions.assertThat;

import dev.limber.session.Ending;
import dev.limber.session.Outcome;
import dev.limber.session.PainStop;
import dev.limber.session.SegmentKind;
import dev.limber.session.SegmentRecord;
import dev.limber.session.SessionRecord;
import dev.limber.session.StepDose;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Which entries open a WORSENING flag: a check-in's rise over the last known starting score. */
class PainFlagsTest {
  private static final PainFlags FLAGS =
      HistoryFiller.painFlags(dev.limber.screening.RuleBook.bundled().policy(), ZoneOffset.UTC);

  /** A session stopped for pain whose starting score was never given. */
  private static SessionRecord stoppedUnrated(Instant started) {
    return new SessionRecord(
        started,
        started.plusSeconds(20),
        List.of(new StepDose("wall-slide", 10, 1, 1)),
        List.of(new SegmentRecord(SegmentKind.HOLD, "wall-slide", null, 1, 10, Outcome.SKIPPED)),
        null,
        3,
        new PainStop(0, "wall-slide", 3, false),
        0,
        Ending.STOPPED_FOR_PAIN);
  }

  private static List<PainFlagKind> kinds(List<SessionRecord> sessions, List<CheckIn> checkIns) {
    return FLAGS.opened(sessions, checkIns, List.of()).stream().map(PainFlag::kind).toList();
  }

  @Test
  void aCheckInTwoPointsAboveTheLastSessionsStartOpensAFlagAndOnePointDoesNot() {
    SessionRecord started1 = session(daysAgo(3), 1, 1, false, "wall-slide");

    assertThat(kinds(List.of(started1), List.of(checkIn(2, 3))))
        .containsExactly(PainFlagKind.WORSENING);
    assertThat(kinds(List.of(started1), List.of(checkIn(2, 2)))).isEmpty();
  }

  @Test
  void aLaterSessionWithItsOwnStartingScoreBecomesTheBaseline() {
    SessionRecord first = session(daysAgo(4), 1, 1, false, "wall-slide");
    SessionRecord second = session(daysAgo(3), 3, 3, false, "wall-slide");

    assertThat(kinds(List.of(first, second), List.of(checkIn(2, 3)))).isEmpty();
  }

  @Test
  void aSessionWithoutAStartingScoreLeavesTheEarlierBaselineInPlace() {
    SessionRecord rated = session(daysAgo(4), 1, 1, false, "wall-slide");
    SessionRecord unrated = stoppedUnrated(daysAgo(3));

    List<PainFlag> flags = FLAGS.opened(List.of(rated, unrated), List.of(checkIn(2, 3)), List.of());

    assertThat(flags)
        .extracting(PainFlag::kind, PainFlag::sessionStarted)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(PainFlagKind.DURING_STRETCHING, daysAgo(3)),
            org.assertj.core.groups.Tuple.tuple(PainFlagKind.WORSENING, daysAgo(4)));
  }

  @Test
  void twoSessionsStartedAtTheSameInstantBothMeasureTheCheckInsAfterThem() {
    Instant same = daysAgo(3);
    SessionRecord rated = session(same, 0, 0, false, "wall-slide");
    SessionRecord unrated = stoppedUnrated(same);

    assertThat(kinds(List.of(unrated, rated), List.of(checkIn(2, 2))))
        .containsExactly(PainFlagKind.DURING_STRETCHING, PainFlagKind.WORSENING);
    assertThat(kinds(List.of(rated, unrated), List.of(checkIn(2, 2))))
        .containsExactly(PainFlagKind.DURING_STRETCHING, PainFlagKind.WORSENING);
  }

  @Test
  void twoRatedSessionsAtTheSameInstantOpenOneFlagForTheSameRise() {
    Instant same = daysAgo(3);
    SessionRecord one = session(same, 0, 0, false, "wall-slide");
    SessionRecord other = session(same, 0, 0, false, "upward-stretch");

    assertThat(kinds(List.of(one, other), List.of(checkIn(2, 2))))
        .containsExactly(PainFlagKind.WORSENING);
  }

  @Test
  void aSessionThatWorsenedStillMeasuresTheCheckInsAfterItAndEachRiseIsItsOwnFlag() {
    SessionRecord worsened = session(daysAgo(5), 1, 4, false, "wall-slide");

    List<PainFlag> flags =
        FLAGS.opened(
            List.of(worsened), List.of(checkIn(4, 2), checkIn(3, 3), checkIn(2, 6)), List.of());

    assertThat(flags)
        .extracting(PainFlag::kind, PainFlag::openedAt)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(
                PainFlagKind.WORSENING, daysAgo(5).plusSeconds(300)),
            org.assertj.core.groups.Tuple.tuple(PainFlagKind.WORSENING, daysAgo(3)),
            org.assertj.core.groups.Tuple.tuple(PainFlagKind.WORSENING, daysAgo(2)));
  }
}

package dev.limber.program;

import static org.assertj.core.api.Assertions.assertThat;

import dev.limber.journal.CheckIn;
import dev.limber.journal.PainFlag;
import dev.limber.journal.PainFlagKind;
import dev.limber.session.Ending;
import dev.limber.session.Outcome;
import dev.limber.session.PainStop;
import dev.limber.session.SegmentKind;
import dev.limber.session.SegmentRecord;
import dev.limber.session.SessionRecord;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class AlertsTest {
  private static final Instant JOINED = Instant.parse("2026-11-20T09:00:00Z");
  private static final Instant NOW = Instant.parse("2026-11-25T09:00:00Z");

  static SessionRecord session(Instant started, Integer painAfter, Ending ending) {
    return new SessionRecord(
        started,
        started.plusSeconds(300),
        List.of(),
        List.of(),
        2,
        painAfter,
        List.of(),
        0,
        ending);
  }

  @Test
  void aQuietWeekWithNothingWrongRaisesNothing() {
    List<Alert> alerts =
        Alerts.raise(
            JOINED,
            NOW,
            List.of(session(NOW.minus(Duration.ofDays(1)), 2, Ending.FINISHED)),
            List.of(NOW.minus(Duration.ofDays(1))),
            List.of(new CheckIn(NOW, 3, false, "")),
            List.of(),
            Set.of());

    assertThat(alerts).isEmpty();
  }

  @Test
  void highPainFlagsAndSilenceEachRaiseAnAlertUntilAcknowledged() {
    List<PainFlag> flags =
        List.of(
            new PainFlag(PainFlagKind.WORSENING, JOINED.plusSeconds(60), JOINED.plusSeconds(600)),
            new PainFlag(PainFlagKind.NEW_SYMPTOM, JOINED.plusSeconds(90), JOINED.plusSeconds(700)),
            new PainFlag(PainFlagKind.DURING_STRETCHING, JOINED.minusSeconds(90), JOINED));
    List<Alert> alerts =
        Alerts.raise(
            JOINED,
            JOINED.plus(Duration.ofDays(8)),
            List.of(session(JOINED.plusSeconds(60), 8, Ending.FINISHED)),
            List.of(JOINED.plusSeconds(60)),
            List.of(new CheckIn(JOINED.plusSeconds(3600), 7, false, "")),
            flags,
            Set.of());

    assertThat(alerts)
        .extracting(Alert::kind)
        .containsExactlyInAnyOrder(
            AlertKind.HIGH_PAIN,
            AlertKind.HIGH_PAIN,
            AlertKind.WORSENING,
            AlertKind.NEW_SYMPTOM,
            AlertKind.NO_SESSION);

    Set<String> acknowledged = Set.of(alerts.get(0).key(), alerts.get(1).key());
    List<Alert> after =
        Alerts.raise(
            JOINED,
            JOINED.plus(Duration.ofDays(8)),
            List.of(session(JOINED.plusSeconds(60), 8, Ending.FINISHED)),
            List.of(JOINED.plusSeconds(60)),
            List.of(new CheckIn(JOINED.plusSeconds(3600), 7, false, "")),
            flags,
            acknowledged);
    assertThat(after).hasSize(3).noneMatch(alert -> acknowledged.contains(alert.key()));
  }

  @Test
  void silenceCountsFromTheLastProgramSessionNotFromRoutinesPlannedApart() {
    Instant lastPlay = JOINED.plus(Duration.ofDays(1));
    SessionRecord ownRoutine = session(JOINED.plus(Duration.ofDays(6)), 2, Ending.FINISHED);
    List<SessionRecord> sessions = List.of(session(lastPlay, 2, Ending.FINISHED), ownRoutine);

    List<Alert> sixDays =
        Alerts.raise(
            JOINED,
            lastPlay.plus(Duration.ofDays(6)),
            sessions,
            List.of(lastPlay),
            List.of(),
            List.of(),
            Set.of());
    List<Alert> sevenDays =
        Alerts.raise(
            JOINED,
            lastPlay.plus(Duration.ofDays(7)),
            sessions,
            List.of(lastPlay),
            List.of(),
            List.of(),
            Set.of());
    List<Alert> playedBeforeJoining =
        Alerts.raise(
            JOINED,
            JOINED.plus(Duration.ofDays(7)),
            List.of(),
            List.of(JOINED.minus(Duration.ofDays(1))),
            List.of(),
            List.of(),
            Set.of());

    assertThat(sixDays).isEmpty();
    assertThat(sevenDays)
        .singleElement()
        .satisfies(
            alert -> {
              assertThat(alert.kind()).isEqualTo(AlertKind.NO_SESSION);
              assertThat(alert.at()).isEqualTo(lastPlay.plus(Duration.ofDays(7)));
            });
    assertThat(playedBeforeJoining).extracting(Alert::kind).containsExactly(AlertKind.NO_SESSION);
  }

  @Test
  void eachRiseOverTheSameSessionsStartIsItsOwnAlertAndTheFirstKeepsItsKey() {
    Instant session = JOINED.plusSeconds(60);
    List<PainFlag> flags =
        List.of(
            new PainFlag(PainFlagKind.WORSENING, session, JOINED.plus(Duration.ofDays(2))),
            new PainFlag(PainFlagKind.WORSENING, session, JOINED.plusSeconds(600)));

    List<Alert> alerts =
        Alerts.raise(JOINED, NOW, List.of(), List.of(NOW), List.of(), flags, Set.of());
    List<Alert> afterTheFirst =
        Alerts.raise(
            JOINED, NOW, List.of(), List.of(NOW), List.of(), flags, Set.of("WORSENING:" + session));

    assertThat(alerts)
        .extracting(Alert::key)
        .containsExactly(
            "WORSENING:" + session + "@" + JOINED.plus(Duration.ofDays(2)), "WORSENING:" + session);
    assertThat(afterTheFirst)
        .singleElement()
        .satisfies(alert -> assertThat(alert.at()).isEqualTo(JOINED.plus(Duration.ofDays(2))));
  }

  @Test
  void aSessionStoppedForPainRaisesAnAlert() {
    SessionRecord stopped =
        new SessionRecord(
            NOW,
            NOW.plusSeconds(60),
            List.of(),
            List.of(
                new SegmentRecord(
                    SegmentKind.HOLD, "wall-slide", null, 1, 10, Outcome.NOT_REACHED)),
            2,
            4,
            new PainStop(0, "wall-slide", 5, false),
            0,
            Ending.STOPPED_FOR_PAIN);

    List<Alert> alerts =
        Alerts.raise(JOINED, NOW, List.of(stopped), List.of(NOW), List.of(), List.of(), Set.of());

    assertThat(alerts).extracting(Alert::kind).containsExactly(AlertKind.STOPPED_FOR_PAIN);
  }

  /** A session at {@code started} with a mild stop at 20 s (3 before, 4 at the stop, easing). */
  static SessionRecord mildStop(Instant started, Ending ending) {
    return new SessionRecord(
        started,
        started.plusSeconds(60),
        List.of(),
        List.of(
            new SegmentRecord(SegmentKind.HOLD, "wall-slide", null, 1, 20, Outcome.NOT_REACHED),
            new SegmentRecord(SegmentKind.HOLD, "bridge", null, 1, 20, Outcome.DONE)),
        3,
        3,
        List.of(new PainStop(0, "wall-slide", 4, false, true, false)),
        0,
        ending);
  }

  @Test
  void aMildStopRaisesALowPriorityAlertInPlainWordsInsteadOfAStopForPain() {
    Instant started = Instant.parse("2026-11-24T08:00:00Z");
    List<SessionRecord> sessions =
        List.of(
            mildStop(started, Ending.STOPPED_FOR_PAIN),
            session(NOW.minusSeconds(600), 8, Ending.FINISHED));
    List<PainFlag> flags =
        List.of(
            new PainFlag(PainFlagKind.PAIN_NOTED, started, started.plusSeconds(20), "wall-slide"));

    List<Alert> alerts =
        Alerts.raise(
            JOINED,
            NOW,
            sessions,
            List.of(NOW),
            List.of(),
            flags,
            Set.of(),
            ZoneOffset.UTC,
            id -> id.equals("wall-slide") ? "Wall slide" : id);

    assertThat(alerts)
        .extracting(Alert::kind)
        .containsExactly(AlertKind.HIGH_PAIN, AlertKind.PAIN_NOTED);
    Alert mild = alerts.get(1);
    assertThat(mild.priority()).isEqualTo(AlertKind.Priority.LOW);
    assertThat(mild.at()).isEqualTo(started.plusSeconds(20));
    assertThat(mild.detail())
        .startsWith("A stretch hurt a little on Tuesday 24 November 2026, Wall slide; it eased.")
        .doesNotContain("[");
    assertThat(((java.util.Map<?, ?>) mild.toJson()).get("priority"))
        .isEqualTo(AlertKind.Priority.LOW);
  }

  @Test
  void aMildStopStaysAnAlertAfterItSettledUntilAcknowledged() {
    Instant started = Instant.parse("2026-11-24T08:00:00Z");
    List<SessionRecord> sessions = List.of(mildStop(started, Ending.FINISHED));

    // Settled: the flag is gone from the journal, the alert is not.
    List<Alert> settled =
        Alerts.raise(JOINED, NOW, sessions, List.of(NOW), List.of(), List.of(), Set.of());
    List<Alert> acknowledged =
        Alerts.raise(
            JOINED,
            NOW,
            sessions,
            List.of(NOW),
            List.of(),
            List.of(),
            Set.of(settled.get(0).key()));

    assertThat(settled)
        .singleElement()
        .satisfies(
            alert -> {
              assertThat(alert.kind()).isEqualTo(AlertKind.PAIN_NOTED);
              assertThat(alert.detail()).contains("They said later that it had settled");
            });
    assertThat(acknowledged).isEmpty();
  }

  @Test
  void aMildStopThatHadNotSettledOrCameBackRaisesANormalAlertAsWell() {
    Instant first = Instant.parse("2026-11-21T08:00:00Z");
    Instant answered = Instant.parse("2026-11-22T08:00:00Z");
    Instant second = Instant.parse("2026-11-24T08:00:00Z");
    List<SessionRecord> sessions =
        List.of(mildStop(first, Ending.STOPPED_FOR_PAIN), mildStop(second, Ending.FINISHED));
    List<PainFlag> flags =
        List.of(
            new PainFlag(PainFlagKind.DURING_STRETCHING, first, answered, "wall-slide"),
            new PainFlag(
                PainFlagKind.DURING_STRETCHING, second, second.plusSeconds(20), "wall-slide"));

    List<Alert> alerts =
        Alerts.raise(JOINED, NOW, sessions, List.of(NOW), List.of(), flags, Set.of());

    assertThat(alerts)
        .extracting(Alert::kind, Alert::at)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(AlertKind.PAIN_NOT_SETTLED, second.plusSeconds(20)),
            org.assertj.core.groups.Tuple.tuple(AlertKind.PAIN_NOT_SETTLED, answered),
            org.assertj.core.groups.Tuple.tuple(AlertKind.PAIN_NOTED, first.plusSeconds(20)));
    assertThat(alerts.get(0).detail()).contains("second stop within two weeks");
    assertThat(alerts.get(1).detail()).contains("said it had not settled");
  }

  @Test
  void adherenceCountsSessionsAgainstThePrescriptionPerWeek() {
    // 2026-11-23 is a Monday; joined on the Wednesday before.
    Instant joined = Instant.parse("2026-11-18T09:00:00Z");
    List<Instant> sessions =
        List.of(
            Instant.parse("2026-11-19T09:00:00Z"),
            Instant.parse("2026-11-23T09:00:00Z"),
            Instant.parse("2026-11-24T09:00:00Z"));

    Adherence adherence = Adherence.of(sessions, new Frequency(1, 7), joined, NOW, ZoneOffset.UTC);

    assertThat(adherence.weeks())
        .extracting(Adherence.Week::done, Adherence.Week::prescribed)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(1, 5), org.assertj.core.groups.Tuple.tuple(2, 7));
  }
}

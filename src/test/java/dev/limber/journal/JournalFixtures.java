package dev.limber.journal;

import dev.limber.session.Ending;
import dev.limber.session.Outcome;
import dev.limber.session.PainStop;
import dev.limber.session.SegmentKind;
import dev.limber.session.SegmentRecord;
import dev.limber.session.SessionRecord;
import dev.limber.session.Side;
import dev.limber.session.StepDose;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

/** Entries for journal tests, on a fixed clock: "now" is Friday 2026-03-13 18:00 UTC. */
final class JournalFixtures {
  static final Instant NOW = Instant.parse("2026-03-13T18:00:00Z");
  static final Clock CLOCK = Clock.fixed(NOW, ZoneOffset.UTC);

  private JournalFixtures() {}

  static Instant daysAgo(int days) {
    return NOW.minusSeconds(86_400L * days);
  }

  static CheckIn checkIn(int daysAgo, int pain) {
    return new CheckIn(daysAgo(daysAgo), pain, false, null);
  }

  static CheckIn crack(int daysAgo, int pain) {
    return new CheckIn(daysAgo(daysAgo), pain, true, null);
  }

  /**
   * A finished session that played every technique given (one hold each), with pain before and
   * after; a self-crack attempt at the end when {@code cracked}.
   */
  static SessionRecord session(
      Instant started, Integer painBefore, Integer painAfter, boolean cracked, String... ids) {
    List<StepDose> routine = new ArrayList<>();
    List<SegmentRecord> segments = new ArrayList<>();
    segments.add(new SegmentRecord(SegmentKind.PAIN_CHECK, null, null, null, 5, Outcome.DONE));
    for (String id : ids) {
      routine.add(new StepDose(id, 20, 1, 1));
      segments.add(new SegmentRecord(SegmentKind.HOLD, id, null, 1, 20, Outcome.DONE));
    }
    if (cracked) {
      routine.add(new StepDose("chair-back-extension", 1, 1, 1));
      segments.add(
          new SegmentRecord(
              SegmentKind.CRACK_ATTEMPT, "chair-back-extension", null, null, 10, Outcome.DONE));
    }
    segments.add(new SegmentRecord(SegmentKind.PAIN_CHECK, null, null, null, 5, Outcome.DONE));
    return new SessionRecord(
        started,
        started.plusSeconds(300),
        routine,
        segments,
        painBefore,
        painAfter,
        List.of(),
        0,
        Ending.FINISHED);
  }

  static SessionRecord skippedSession(Instant started, int before, int after, String id) {
    return new SessionRecord(
        started,
        started.plusSeconds(60),
        List.of(new StepDose(id, 20, 1, 2)),
        List.of(
            new SegmentRecord(SegmentKind.HOLD, id, Side.LEFT, 1, 20, Outcome.SKIPPED),
            new SegmentRecord(SegmentKind.HOLD, id, Side.RIGHT, 1, 20, Outcome.SKIPPED)),
        before,
        after,
        List.of(),
        0,
        Ending.FINISHED);
  }

  static SessionRecord stoppedForPain(Instant started, int before, int stopPain, String id) {
    return new SessionRecord(
        started,
        started.plusSeconds(40),
        List.of(new StepDose(id, 20, 1, 1)),
        List.of(new SegmentRecord(SegmentKind.HOLD, id, null, 1, 20, Outcome.DONE)),
        before,
        null,
        new PainStop(0, id, stopPain, false),
        0,
        Ending.STOPPED_FOR_PAIN);
  }
}

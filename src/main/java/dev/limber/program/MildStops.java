package dev.limber.program;

import dev.limber.journal.PainFlag;
import dev.limber.journal.PainFlagKind;
import dev.limber.session.PainStop;
import dev.limber.session.SessionRecord;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;

/**
 * The mild stops of a person's sessions (spec/screening.md §2.1, rev. 3) as their clinician reads
 * them: when, which technique, and what came of it, read from the pain flags those sessions opened.
 * Pure.
 */
public final class MildStops {
  private static final DateTimeFormatter DAY =
      DateTimeFormatter.ofPattern("EEEE d MMMM yyyy", Locale.ENGLISH);

  private MildStops() {}

  /** What came of a mild stop. */
  public enum Settling {
    /** The person has not yet answered the follow-up: the technique is held, nothing more. */
    WAITING,
    /** The person said their back is back to how it was. */
    SETTLED,
    /** The person said it had not settled: pain during stretching from then on. */
    NOT_SETTLED,
    /** A second mild stop within the repeat days: pain during stretching, not mild. */
    REPEATED
  }

  /**
   * One mild stop: when it happened, the session it happened in, the technique that hurt (null when
   * none), what came of it, and when that was known (the follow-up's answer, else the stop).
   */
  public record Line(
      Instant at, Instant sessionStarted, String techniqueId, Settling settling, Instant known) {
    public Line {
      if (at == null || sessionStarted == null || settling == null || known == null) {
        throw new IllegalArgumentException("at, sessionStarted, settling and known are required");
      }
    }

    /** True while it still counts as mild: neither repeated nor unsettled. */
    public boolean mild() {
      return settling == Settling.WAITING || settling == Settling.SETTLED;
    }

    /**
     * In words: "A stretch hurt a little on Tuesday 24 November 2026, Wall slide; it eased. They
     * have not yet said whether it settled."
     */
    public String words(ZoneId zone, Function<String, String> techniqueNames) {
      String technique =
          techniqueId == null ? "during a pain check" : techniqueNames.apply(techniqueId);
      String stop =
          "A stretch hurt a little on "
              + DAY.format(at.atZone(zone))
              + ", "
              + technique
              + "; it eased.";
      return stop
          + switch (settling) {
            case WAITING -> " They have not yet said whether it settled; it rests for a week.";
            case SETTLED -> " They said later that it had settled.";
            case NOT_SETTLED ->
                " On "
                    + DAY.format(known.atZone(zone))
                    + " they said it had not settled, so it counts as pain during stretching.";
            case REPEATED ->
                " It was the second stop within two weeks, so it counts as pain during stretching.";
          };
    }
  }

  /**
   * The mild stops of these sessions, oldest first, each with what the flags say came of it; {@code
   * flags} are every flag the same journal opened (closed by a review or not).
   */
  public static List<Line> of(List<SessionRecord> sessions, List<PainFlag> flags) {
    List<Line> lines = new ArrayList<>();
    for (SessionRecord session : sessions) {
      for (PainStop stop : session.mildStops()) {
        Instant at = session.stoppedAt(stop);
        lines.add(line(session.started(), at, stop.techniqueId(), flags));
      }
    }
    lines.sort(Comparator.comparing(Line::at));
    return lines;
  }

  private static Line line(
      Instant sessionStarted, Instant at, String techniqueId, List<PainFlag> flags) {
    List<PainFlag> ofSession =
        flags.stream()
            .filter(flag -> flag.sessionStarted().equals(sessionStarted))
            .filter(flag -> java.util.Objects.equals(flag.techniqueId(), techniqueId))
            .toList();
    if (ofSession.stream()
        .anyMatch(
            flag -> flag.kind() == PainFlagKind.DURING_STRETCHING && flag.openedAt().equals(at))) {
      return new Line(at, sessionStarted, techniqueId, Settling.REPEATED, at);
    }
    if (ofSession.stream()
        .anyMatch(flag -> flag.kind() == PainFlagKind.PAIN_NOTED && flag.openedAt().equals(at))) {
      return new Line(at, sessionStarted, techniqueId, Settling.WAITING, at);
    }
    Optional<PainFlag> unsettled =
        ofSession.stream()
            .filter(flag -> flag.kind() == PainFlagKind.DURING_STRETCHING)
            .filter(flag -> flag.openedAt().isAfter(at))
            .findFirst();
    return unsettled
        .map(
            flag ->
                new Line(at, sessionStarted, techniqueId, Settling.NOT_SETTLED, flag.openedAt()))
        .orElseGet(() -> new Line(at, sessionStarted, techniqueId, Settling.SETTLED, at));
  }
}

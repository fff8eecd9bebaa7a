package dev.limber.session;

import dev.limber.json.Fields;
import dev.limber.json.JsonValue;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * What happened in one guided session: when, the routine with its doses, every timeline segment
 * with its outcome, pain before and after (0–10, null when not given), its stops for pain in order
 * (mild stops the person went on after, then the stop that ended it, if one did), pops, and how it
 * ended. The journal keeps these; the next screening reads them.
 */
public record SessionRecord(
    Instant started,
    Instant ended,
    List<StepDose> routine,
    List<SegmentRecord> segments,
    Integer painBefore,
    Integer painAfter,
    List<PainStop> painStops,
    int pops,
    Ending ending)
    implements JsonValue {

  /** A rise this large over the session's starting pain ends it with advice (§7, after S11). */
  public static final int PAIN_RISE_POINTS = 2;

  public SessionRecord {
    if (started == null || ended == null || ending == null) {
      throw new IllegalArgumentException("started, ended and ending are required");
    }
    if (ended.isBefore(started)) {
      throw new IllegalArgumentException("ended " + ended + " before started " + started);
    }
    routine = List.copyOf(routine);
    segments = List.copyOf(segments);
    requirePainScore("painBefore", painBefore);
    requirePainScore("painAfter", painAfter);
    if (pops < 0) {
      throw new IllegalArgumentException("pops < 0: " + pops);
    }
    painStops = List.copyOf(painStops);
    if (ending == Ending.STOPPED_FOR_PAIN && painStops.isEmpty()) {
      throw new IllegalArgumentException("STOPPED_FOR_PAIN needs a stop in painStops");
    }
    for (int position = 0; position < painStops.size(); position++) {
      PainStop stop = painStops.get(position);
      if (stop.segmentIndex() >= segments.size()) {
        throw new IllegalArgumentException(
            "painStops["
                + position
                + "].segmentIndex "
                + stop.segmentIndex()
                + " beyond "
                + segments.size());
      }
      boolean endedHere = ending == Ending.STOPPED_FOR_PAIN && position == painStops.size() - 1;
      if (!endedHere && !stop.mildAgainst(painBefore)) {
        throw new IllegalArgumentException(
            "painStops[" + position + "] is not mild, yet the session went on after it");
      }
    }
  }

  /** A session with at most one stop for pain, the one that ended it (as before rev. 3). */
  public SessionRecord(
      Instant started,
      Instant ended,
      List<StepDose> routine,
      List<SegmentRecord> segments,
      Integer painBefore,
      Integer painAfter,
      PainStop painStop,
      int pops,
      Ending ending) {
    this(
        started,
        ended,
        routine,
        segments,
        painBefore,
        painAfter,
        painStop == null ? List.of() : List.of(painStop),
        pops,
        ending);
  }

  private static void requirePainScore(String field, Integer score) {
    if (score != null && (score < 0 || score > 10)) {
      throw new IllegalArgumentException(field + " outside 0–10: " + score);
    }
  }

  public Duration duration() {
    return Duration.between(started, ended);
  }

  /** The routine's technique ids in order, as planned. */
  public List<String> techniqueIds() {
    return routine.stream().map(StepDose::techniqueId).toList();
  }

  /**
   * The routine's technique ids in order that the session reached (a segment begun, whether done or
   * skipped); every planned one for a record kept without segments.
   */
  public List<String> techniquesReached() {
    if (segments.isEmpty()) {
      return techniqueIds();
    }
    List<String> reached =
        segments.stream()
            .filter(segment -> segment.outcome() != Outcome.NOT_REACHED)
            .map(SegmentRecord::techniqueId)
            .filter(Objects::nonNull)
            .distinct()
            .toList();
    return techniqueIds().stream().distinct().filter(reached::contains).toList();
  }

  /** The stop that ended the session, when a stop did. */
  public Optional<PainStop> stoppedForPain() {
    return ending == Ending.STOPPED_FOR_PAIN
        ? Optional.of(painStops.get(painStops.size() - 1))
        : Optional.empty();
  }

  /** The stop that ended the session, or null: for the faces that show one stop. */
  public PainStop painStop() {
    return stoppedForPain().orElse(null);
  }

  /** The stops that were mild (§2.1), whether the person went on or ended there. */
  public List<PainStop> mildStops() {
    return painStops.stream().filter(stop -> stop.mildAgainst(painBefore)).toList();
  }

  /** The stop that ended the session was mild: a held technique and a follow-up, no flag (§2.1). */
  public boolean endedOnMildStop() {
    return stoppedForPain().map(stop -> stop.mildAgainst(painBefore)).orElse(false);
  }

  /**
   * A stop during a stretch or self-massage that was not mild, or a second stop in one session
   * (pain that came back): the next screening sets painDuringStretching (S6).
   */
  public boolean painDuringStretching() {
    List<PainStop> stretching = painStops.stream().filter(stop -> !stop.duringSelfCrack()).toList();
    return stretching.size() > 1
        || stretching.stream().anyMatch(stop -> !stop.mildAgainst(painBefore));
  }

  /** Pain during a self-crack technique: the next screening sets painDuringCracking (S5). */
  public boolean painDuringCracking() {
    return painStops.stream().anyMatch(PainStop::duringSelfCrack);
  }

  /**
   * The pain readings of the session after its start (§2.2): each stop's score and the closing
   * score, in the order they were given.
   */
  public List<Integer> laterReadings() {
    List<Integer> readings = new ArrayList<>();
    painStops.forEach(stop -> readings.add(stop.painScore()));
    if (painAfter != null) {
      readings.add(painAfter);
    }
    return readings;
  }

  /**
   * When a stop was given: the session's start plus the time of the segments up to and including
   * the stopped one, never after the end (a record keeps seconds per segment, not clock times).
   */
  public Instant stoppedAt(PainStop stop) {
    long seconds = 0;
    for (int index = 0; index <= stop.segmentIndex() && index < segments.size(); index++) {
      seconds += segments.get(index).seconds();
    }
    Instant at = started.plusSeconds(seconds);
    return at.isAfter(ended) ? ended : at;
  }

  /**
   * True when this session used today's one self-crack session (X6): a crack attempt was played,
   * cut off by pain, or anything popped.
   */
  public boolean usedSelfCrack() {
    return pops > 0
        || painDuringCracking()
        || segments.stream()
            .anyMatch(
                segment ->
                    segment.kind() == SegmentKind.CRACK_ATTEMPT
                        && segment.outcome() == Outcome.DONE);
  }

  /**
   * Whether the person may leave this record out of their journal: only a session they quit that
   * used no self-crack and carries no advice. What the frequency guard (X6) and the pain flags read
   * is always kept, so leaving a record out can never make a later screening less cautious.
   */
  public boolean mayBeLeftOut() {
    return ending == Ending.QUIT && !usedSelfCrack() && advice().isEmpty();
  }

  /**
   * True when a reading of the session after its start was {@link #PAIN_RISE_POINTS} or more over
   * the starting score, or severe (§2.1 WORSENING).
   */
  public boolean painRose() {
    return painBefore != null
        && laterReadings().stream()
            .anyMatch(
                score -> score - painBefore >= PAIN_RISE_POINTS || score >= PainStop.SEVERE_PAIN);
  }

  /**
   * The session in one sentence, as every face closes it: how it ended, how long it took, how many
   * techniques it began of those planned, the holds skipped, the pain before and after, and any
   * release felt, such as "Session finished in 4:12: 3 of 5 techniques begun, 2 holds skipped, pain
   * 3 → 2, a release felt." Whether it was kept is the face's to add, since only the face knows
   * where it was kept.
   */
  public String summary() {
    String pain =
        painBefore == null && painAfter == null
            ? "pain not rated"
            : "pain " + rated(painBefore) + " → " + rated(painAfter);
    String how =
        switch (ending) {
          case FINISHED -> "Session finished";
          case STOPPED_FOR_PAIN -> "Session stopped for pain";
          case QUIT -> "Session ended early";
          case ENDED_FOR_SYMPTOMS -> "Session ended for a new symptom";
        };
    long seconds = duration().toSeconds();
    int planned = (int) techniqueIds().stream().distinct().count();
    StringBuilder summary =
        new StringBuilder(
            String.format(
                Locale.ROOT,
                "%s in %d:%02d: %d of %s begun",
                how,
                seconds / 60,
                seconds % 60,
                techniquesReached().size(),
                counted(planned, "technique", "techniques")));
    long skipped = holdsSkipped();
    if (skipped > 0) {
      summary.append(", ").append(counted(skipped, "hold", "holds")).append(" skipped");
    }
    summary.append(", ").append(pain);
    if (pops == 1) {
      summary.append(", a release felt");
    } else if (pops > 1) {
      summary.append(", ").append(pops).append(" releases felt");
    }
    return summary.append('.').toString();
  }

  /** The parts of a technique the person skipped; a skipped rest or get-ready is not a hold. */
  private long holdsSkipped() {
    return segments.stream()
        .filter(segment -> segment.outcome() == Outcome.SKIPPED)
        .filter(
            segment ->
                switch (segment.kind()) {
                  case HOLD, REPETITIONS, CONTINUOUS, CRACK_ATTEMPT -> true;
                  case GET_READY, REST, SWITCH_SIDES, PAIN_CHECK -> false;
                })
        .count();
  }

  private static String counted(long count, String one, String many) {
    return count + " " + (count == 1 ? one : many);
  }

  private static String rated(Integer score) {
    return score == null ? "not rated" : score.toString();
  }

  /**
   * The advice when the player graded the ending stop as not mild for a reason the record cannot
   * show (a mild stop in the journal within the repeat window, §2.1): that stop is a flag, not a
   * rest.
   */
  public List<SessionAdvice> advice(boolean endingStopGradedNotMild) {
    List<SessionAdvice> advice = advice();
    if (!endingStopGradedNotMild || !advice.contains(SessionAdvice.MILD_STOP)) {
      return advice;
    }
    return advice.stream()
        .map(item -> item == SessionAdvice.MILD_STOP ? SessionAdvice.PAIN_DURING_STRETCHING : item)
        .toList();
  }

  /** What this session's ending tells the person, most serious first (spec/screening.md §7). */
  public List<SessionAdvice> advice() {
    List<SessionAdvice> advice = new ArrayList<>();
    if (ending == Ending.ENDED_FOR_SYMPTOMS) {
      advice.add(SessionAdvice.NEW_SYMPTOMS);
    }
    if (painDuringCracking()) {
      advice.add(SessionAdvice.PAIN_DURING_CRACKING);
    }
    if (painDuringStretching()) {
      advice.add(SessionAdvice.PAIN_DURING_STRETCHING);
    } else if (!mildStops().isEmpty()) {
      advice.add(SessionAdvice.MILD_STOP);
    }
    if (painRose()) {
      advice.add(SessionAdvice.PAIN_ROSE);
    }
    if (pops > 0) {
      advice.add(SessionAdvice.NO_MORE_CRACKING_TODAY);
    }
    return advice;
  }

  @Override
  public Object toJson() {
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("started", started.toString());
    json.put("ended", ended.toString());
    json.put("routine", routine);
    json.put("segments", segments);
    json.put("painBefore", painBefore);
    json.put("painAfter", painAfter);
    json.put("painStops", painStops);
    json.put("pops", pops);
    json.put("ending", ending);
    return json;
  }

  /**
   * Reads the form {@link #toJson()} writes; see {@link SessionRecordReader#read(Fields)}, which
   * every problem goes through with its path.
   */
  public static Optional<SessionRecord> read(Fields fields) {
    return SessionRecordReader.read(fields);
  }
}

package dev.limber.session;

import dev.limber.json.FieldError;
import dev.limber.json.Fields;
import dev.limber.json.JsonValue;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
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

  /** The routine's technique ids in order. */
  public List<String> techniqueIds() {
    return routine.stream().map(StepDose::techniqueId).toList();
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
   * The session in one sentence, as every face closes it: how it ended, how long it took, the
   * segments done, the pain before and after, and the pops. Whether it was kept is the face's to
   * add, since only the face knows where it was kept.
   */
  public String summary() {
    long done = segments.stream().filter(segment -> segment.outcome() == Outcome.DONE).count();
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
    return String.format(
        Locale.ROOT,
        "%s in %d:%02d: %d of %d segments done, %s, %d %s.",
        how,
        seconds / 60,
        seconds % 60,
        done,
        segments.size(),
        pain,
        pops,
        pops == 1 ? "pop" : "pops");
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
   * Reads the form {@link #toJson()} writes. Every problem goes to {@code fields.errors()} with its
   * path; answers empty when there was any.
   */
  public static Optional<SessionRecord> read(Fields fields) {
    List<FieldError> errors = fields.errors();
    int errorsBefore = errors.size();
    fields.allowOnly(
        "started",
        "ended",
        "routine",
        "segments",
        "painBefore",
        "painAfter",
        "painStops",
        "painStop",
        "pops",
        "ending");
    Instant started = instant(fields, "started");
    Instant ended = instant(fields, "ended");
    List<StepDose> routine = new ArrayList<>();
    for (Fields step : fields.objects("routine")) {
      step.allowOnly("techniqueId", "holdSeconds", "reps", "sides");
      String techniqueId = step.string("techniqueId");
      Integer holdSeconds = step.integer("holdSeconds", 1, 3600);
      Integer reps = step.integer("reps", 1, 100);
      Integer sides = step.integer("sides", 1, 2);
      if (techniqueId != null && holdSeconds != null && reps != null && sides != null) {
        routine.add(new StepDose(techniqueId, holdSeconds, reps, sides));
      }
    }
    List<SegmentRecord> segments = new ArrayList<>();
    for (Fields segment : fields.objects("segments")) {
      segment.allowOnly("kind", "techniqueId", "side", "rep", "seconds", "outcome");
      SegmentKind kind = segment.enumValue("kind", SegmentKind.class);
      String techniqueId = segment.optionalString("techniqueId").orElse(null);
      Side side =
          segment.has("side") && !segment.isNull("side")
              ? segment.enumValue("side", Side.class)
              : null;
      Integer rep = segment.optionalInteger("rep", 1, 100).orElse(null);
      Integer seconds = segment.integer("seconds", 0, 3600);
      Outcome outcome = segment.enumValue("outcome", Outcome.class);
      if (kind != null && seconds != null && outcome != null) {
        segments.add(new SegmentRecord(kind, techniqueId, side, rep, seconds, outcome));
      }
    }
    Integer painBefore = fields.optionalInteger("painBefore", 0, 10).orElse(null);
    Integer painAfter = fields.optionalInteger("painAfter", 0, 10).orElse(null);
    List<PainStop> painStops = painStops(fields, segments.size());
    Integer pops = fields.integer("pops", 0, 100);
    Ending ending = fields.enumValue("ending", Ending.class);
    if (started != null && ended != null && ended.isBefore(started)) {
      fields.reject("ended", "must not be before started");
    }
    if (ending == Ending.STOPPED_FOR_PAIN && painStops.isEmpty()) {
      fields.reject("painStops", "needs the stop that ended the session (ending STOPPED_FOR_PAIN)");
    }
    for (int position = 0;
        errors.size() == errorsBefore && position < painStops.size();
        position++) {
      boolean endedHere = ending == Ending.STOPPED_FOR_PAIN && position == painStops.size() - 1;
      if (!endedHere && !painStops.get(position).mildAgainst(painBefore)) {
        fields.reject(
            "painStops[" + position + "]",
            "is not a mild stop (easing, not sharp, below the starting score + 2 and below 7),"
                + " so the session cannot have gone on after it; its ending is STOPPED_FOR_PAIN");
      }
    }
    if (errors.size() > errorsBefore) {
      return Optional.empty();
    }
    return Optional.of(
        new SessionRecord(
            started, ended, routine, segments, painBefore, painAfter, painStops, pops, ending));
  }

  /**
   * The stops as rev. 3 writes them ({@code painStops}, each with {@code easing} and {@code
   * sharpOrSpreading} required), or an older record's single {@code painStop}, read as not mild.
   */
  private static List<PainStop> painStops(Fields fields, int segmentCount) {
    List<PainStop> stops = new ArrayList<>();
    if (fields.has("painStops") && fields.has("painStop")) {
      fields.reject("painStop", "is the older form of painStops: give one or the other");
      return stops;
    }
    int lastSegment = Math.max(0, segmentCount - 1);
    if (fields.has("painStops")) {
      for (Fields stop : fields.objects("painStops")) {
        stop.allowOnly(
            "segmentIndex",
            "techniqueId",
            "painScore",
            "duringSelfCrack",
            "easing",
            "sharpOrSpreading");
        Integer segmentIndex = stop.integer("segmentIndex", 0, lastSegment);
        String techniqueId = stop.optionalString("techniqueId").orElse(null);
        Integer painScore = stop.integer("painScore", 0, 10);
        Boolean duringSelfCrack = stop.bool("duringSelfCrack");
        Boolean easing = stop.bool("easing");
        Boolean sharpOrSpreading = stop.bool("sharpOrSpreading");
        if (segmentIndex != null
            && painScore != null
            && duringSelfCrack != null
            && easing != null
            && sharpOrSpreading != null) {
          stops.add(
              new PainStop(
                  segmentIndex, techniqueId, painScore, duringSelfCrack, easing, sharpOrSpreading));
        }
      }
    } else if (fields.has("painStop") && !fields.isNull("painStop")) {
      Fields stop = fields.object("painStop");
      stop.allowOnly("segmentIndex", "techniqueId", "painScore", "duringSelfCrack");
      Integer segmentIndex = stop.integer("segmentIndex", 0, lastSegment);
      String techniqueId = stop.optionalString("techniqueId").orElse(null);
      Integer painScore = stop.integer("painScore", 0, 10);
      Boolean duringSelfCrack = stop.bool("duringSelfCrack");
      if (segmentIndex != null && painScore != null && duringSelfCrack != null) {
        stops.add(new PainStop(segmentIndex, techniqueId, painScore, duringSelfCrack));
      }
    }
    return stops;
  }

  private static Instant instant(Fields fields, String name) {
    String text = fields.string(name);
    if (text == null) {
      return null;
    }
    try {
      return Instant.parse(text);
    } catch (DateTimeParseException e) {
      fields.reject(name, "must be an ISO-8601 instant such as 2026-01-31T08:00:00Z: " + text);
      return null;
    }
  }
}

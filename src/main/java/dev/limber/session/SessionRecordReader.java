package dev.limber.session;

import dev.limber.json.FieldError;
import dev.limber.json.Fields;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Reads a {@link SessionRecord} from its JSON form, naming each problem with its path. */
final class SessionRecordReader {
  private SessionRecordReader() {}

  /**
   * Reads the form {@link SessionRecord#toJson()} writes. Every problem goes to {@code
   * fields.errors()} with its path; answers empty when there was any.
   */
  static Optional<SessionRecord> read(Fields fields) {
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

package dev.limber.session;

import dev.limber.planning.Pacing;
import dev.limber.planning.Routine;
import dev.limber.planning.RoutineStep;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A routine expanded into segments, second by second: a pain check, then for each technique a
 * get-ready, its holds with rests and side switches (or its repetitions, continuous work, or one
 * slow self-crack attempt), and a closing pain check. The seconds add up exactly to {@link
 * Routine#totalSeconds()}. Computed once, here; every player plays it and none recomputes it.
 */
public record Timeline(Routine routine, List<Segment> segments) {
  public Timeline {
    segments = List.copyOf(segments);
    int sum = segments.stream().mapToInt(Segment::seconds).sum();
    if (sum != routine.totalSeconds()) {
      throw new IllegalArgumentException(
          "segments add up to " + sum + " s, the routine to " + routine.totalSeconds() + " s");
    }
  }

  public static Timeline expand(Routine routine) {
    List<Segment> segments = new ArrayList<>();
    segments.add(painCheck("Pain check: how much does your back hurt now, 0 to 10?"));
    for (RoutineStep step : routine.steps()) {
      expandStep(step, segments);
    }
    segments.add(painCheck("Pain check: how much does your back hurt now, after the routine?"));
    return new Timeline(routine, segments);
  }

  private static Segment painCheck(String label) {
    return new Segment(SegmentKind.PAIN_CHECK, label, Pacing.PAIN_CHECK_SECONDS, null, null, null);
  }

  private static void expandStep(RoutineStep step, List<Segment> segments) {
    String id = step.techniqueId();
    String name = step.technique().name();
    segments.add(
        new Segment(
            SegmentKind.GET_READY, "Get ready: " + name, Pacing.GET_READY_SECONDS, id, null, null));
    for (int sideIndex = 0; sideIndex < step.sides(); sideIndex++) {
      Side side = step.sides() == 2 ? Side.values()[sideIndex] : null;
      if (sideIndex > 0) {
        segments.add(
            new Segment(
                SegmentKind.SWITCH_SIDES,
                "Switch sides: " + name + ", now the right side",
                Pacing.SWITCH_SIDES_SECONDS,
                id,
                side,
                null));
      }
      String onSide = side == null ? "" : ", " + side.name().toLowerCase(Locale.ROOT) + " side";
      switch (step.kind()) {
        case HOLD -> {
          for (int rep = 1; rep <= step.reps(); rep++) {
            if (rep > 1) {
              segments.add(
                  new Segment(
                      SegmentKind.REST, "Rest: " + name, Pacing.REST_SECONDS, id, side, null));
            }
            segments.add(
                new Segment(
                    SegmentKind.HOLD,
                    "Hold: " + name + onSide + ", " + rep + " of " + step.reps(),
                    step.holdSeconds(),
                    id,
                    side,
                    rep));
          }
        }
        case REPETITIONS ->
            segments.add(
                new Segment(
                    SegmentKind.REPETITIONS,
                    step.reps() + " slow repetitions: " + name + onSide,
                    step.reps() * step.holdSeconds(),
                    id,
                    side,
                    null));
        case CONTINUOUS ->
            segments.add(
                new Segment(
                    SegmentKind.CONTINUOUS, name + onSide, step.holdSeconds(), id, side, null));
        case CRACK_ATTEMPT ->
            segments.add(
                new Segment(
                    SegmentKind.CRACK_ATTEMPT,
                    "One slow attempt, never forced: " + name,
                    step.holdSeconds(),
                    id,
                    side,
                    null));
      }
    }
  }

  public int totalSeconds() {
    return routine.totalSeconds();
  }

  /** Seconds from the start of the timeline to the start of segment {@code index}. */
  public int secondsBefore(int index) {
    int sum = 0;
    for (int i = 0; i < index; i++) {
      sum += segments.get(i).seconds();
    }
    return sum;
  }

  /** True when segment {@code index} belongs to a self-crack technique. */
  public boolean isSelfCrack(int index) {
    String id = segments.get(index).techniqueId();
    return id != null
        && routine.steps().stream()
            .anyMatch(step -> step.isSelfCrack() && step.techniqueId().equals(id));
  }

  /** The routine's doses, as the session record keeps them. */
  public List<StepDose> doses() {
    return routine.steps().stream()
        .map(
            step -> new StepDose(step.techniqueId(), step.holdSeconds(), step.reps(), step.sides()))
        .toList();
  }
}

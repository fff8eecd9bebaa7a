package dev.limber.planning;

import dev.limber.catalog.DoseKind;

/**
 * The fixed parts of a session's timing, beside the doses: the planner fits routines with it and
 * the timeline expands them with it, so the two always agree to the second.
 */
public final class Pacing {
  /** Reading the step and getting into position before each technique. */
  public static final int GET_READY_SECONDS = 10;

  /** Between two repetitions of a hold. */
  public static final int REST_SECONDS = 5;

  /** Changing to the other side of a one-sided stretch. */
  public static final int SWITCH_SIDES_SECONDS = 5;

  /** Each of the two pain checks, before the first technique and after the last. */
  public static final int PAIN_CHECK_SECONDS = 5;

  private Pacing() {}

  /** Seconds one step takes on the timeline, its get-ready included. */
  public static int stepSeconds(DoseKind kind, int holdSeconds, int reps, int sides) {
    int perSide =
        switch (kind) {
          case HOLD -> reps * holdSeconds + (reps - 1) * REST_SECONDS;
          case REPETITIONS -> reps * holdSeconds;
          case CONTINUOUS, CRACK_ATTEMPT -> holdSeconds;
        };
    return GET_READY_SECONDS + sides * perSide + (sides - 1) * SWITCH_SIDES_SECONDS;
  }

  /** Seconds of a whole routine: its steps and the two pain checks. */
  public static int routineSeconds(int stepSecondsTotal) {
    return 2 * PAIN_CHECK_SECONDS + stepSecondsTotal;
  }
}

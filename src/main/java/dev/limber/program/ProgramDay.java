package dev.limber.program;

import dev.limber.planning.Plan;
import java.util.List;
import java.util.Set;

/**
 * A program day's session plan: the plan (the program's routine, or none), every item held back and
 * why, and the rules P1 {@code lifted} (reasons that stand, but stop nothing today).
 */
public record ProgramDay(Plan plan, List<HeldBack> heldBack, Set<String> lifted) {
  public ProgramDay {
    if (plan == null) {
      throw new IllegalArgumentException("plan is required");
    }
    heldBack = List.copyOf(heldBack);
    lifted = Set.copyOf(lifted);
  }
}

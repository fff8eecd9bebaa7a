package dev.limber.planning;

import dev.limber.catalog.Tag;
import dev.limber.catalog.Technique;
import dev.limber.screening.Verdict;

/**
 * The planner's two self-crack decisions (spec/screening.md §5), for every plan that holds
 * techniques, the planner's and a clinician's program day alike: F1, a self-crack only when the
 * screening says CLEAR; F8, a stretch before any self-crack.
 */
public final class SelfCrackRules {
  private SelfCrackRules() {}

  /** F1: STRETCH_ONLY (any verdict but CLEAR) drops every self-crack technique. */
  public static boolean allowedBy(Verdict verdict) {
    return verdict == Verdict.CLEAR;
  }

  /** F1 for one technique: true when the verdict alone leaves it out. */
  public static boolean droppedByVerdict(Technique technique, Verdict verdict) {
    return technique.isSelfCrack() && !allowedBy(verdict);
  }

  /** F8: a stretch warms up for a self-crack, which may only come after one. */
  public static boolean warmsUp(Technique technique) {
    return technique.has(Tag.STRETCH);
  }
}

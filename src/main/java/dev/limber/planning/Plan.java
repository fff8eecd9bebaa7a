package dev.limber.planning;

import dev.limber.catalog.Guidance;
import dev.limber.screening.Reason;
import dev.limber.screening.Urgency;
import dev.limber.screening.Verdict;
import java.util.List;
import java.util.Optional;

/**
 * The planner's answer: the verdict and its reasons, the routine (none for SEE_PROFESSIONAL and
 * URGENT, or when nothing fits), every catalog technique left out with why, the screening's
 * advisories, the general guidance for this routine, and the emergency notice.
 */
public record Plan(
    Verdict verdict,
    Optional<Urgency> urgency,
    List<Reason> reasons,
    Routine routine,
    List<LeftOut> leftOut,
    List<String> advisories,
    List<Guidance> guidance,
    String emergencyNotice) {
  public Plan {
    if (verdict == null) {
      throw new IllegalArgumentException("verdict is required");
    }
    if ((verdict == Verdict.URGENT) != urgency.isPresent()) {
      throw new IllegalArgumentException(
          "an urgency goes with URGENT and only with it: " + urgency);
    }
    if (routine != null && !verdict.allowsSession()) {
      throw new IllegalArgumentException(verdict + " must not carry a routine");
    }
    if ((routine == null || !routine.holdsSelfCrack())
        && guidance.stream().anyMatch(Guidance::aboutSelfCracking)) {
      // Rev. 3, §6: words about cracking only where the routine holds a self-crack.
      throw new IllegalArgumentException(
          "guidance about self-cracking with a routine that holds none: " + guidance);
    }
    reasons = List.copyOf(reasons);
    leftOut = List.copyOf(leftOut);
    advisories = List.copyOf(advisories);
    guidance = List.copyOf(guidance);
  }

  /** A plan for a verdict that is not URGENT, so it carries no urgency. */
  public Plan(
      Verdict verdict,
      List<Reason> reasons,
      Routine routine,
      List<LeftOut> leftOut,
      List<String> advisories,
      List<Guidance> guidance,
      String emergencyNotice) {
    this(
        verdict,
        Optional.empty(),
        reasons,
        routine,
        leftOut,
        advisories,
        guidance,
        emergencyNotice);
  }

  public Optional<Routine> findRoutine() {
    return Optional.ofNullable(routine);
  }
}

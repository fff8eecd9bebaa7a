package dev.limber.screening;

import java.util.List;

/**
 * A screening with its workings: the result a person sees, and the decision on every catalog
 * technique (in catalog order) so that a planner can say what it left out and why.
 */
public record Screening(
    Answers answers, ScreeningResult result, List<TechniqueDecision> decisions) {
  public Screening {
    decisions = List.copyOf(decisions);
  }

  /** The techniques left out, each with every exclusion that applies. */
  public List<TechniqueDecision> leftOut() {
    return decisions.stream().filter(decision -> !decision.allowed()).toList();
  }
}

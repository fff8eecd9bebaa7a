package dev.limber.screening;

import dev.limber.catalog.Technique;
import java.util.List;

/** The screening's decision on one technique: allowed, or every exclusion that applies. */
public record TechniqueDecision(Technique technique, List<Exclusion> exclusions) {
  public TechniqueDecision {
    exclusions = List.copyOf(exclusions);
  }

  public boolean allowed() {
    return exclusions.isEmpty();
  }
}

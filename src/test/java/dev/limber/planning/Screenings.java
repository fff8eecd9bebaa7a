package dev.limber.planning;

import dev.limber.catalog.Catalog;
import dev.limber.catalog.Tag;
import dev.limber.catalog.Technique;
import dev.limber.screening.Reason;
import dev.limber.screening.ScreeningResult;
import dev.limber.screening.Verdict;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

/** Screening results built by hand, as the screener would answer them, for planner tests. */
public final class Screenings {
  public static final Catalog CATALOG = Catalog.bundled();
  private static final String NOTICE = "Emergency: chest pain, saddle numbness → call now.";

  private Screenings() {}

  /** CLEAR or STRETCH_ONLY with every technique except those carrying an excluded tag. */
  public static ScreeningResult allowing(Verdict verdict, Set<Tag> excludedTags) {
    List<Technique> techniques =
        CATALOG.techniques().stream()
            .filter(technique -> verdict == Verdict.CLEAR || !technique.isSelfCrack())
            .filter(technique -> verdict == Verdict.CLEAR || !technique.has(Tag.CHALLENGING))
            .filter(technique -> technique.tags().stream().noneMatch(excludedTags::contains))
            .sorted(Comparator.comparing(Technique::isSelfCrack))
            .toList();
    List<Reason> reasons =
        verdict == Verdict.CLEAR
            ? List.of()
            : List.of(new Reason("X4", "Moderate pain: stretches only today.", List.of("000")));
    return new ScreeningResult(
        verdict,
        java.util.Optional.empty(),
        reasons,
        techniques,
        List.of("Ask a physiotherapist first."),
        NOTICE);
  }

  public static ScreeningResult clear() {
    return allowing(Verdict.CLEAR, Set.of());
  }

  public static ScreeningResult seeProfessional() {
    return new ScreeningResult(
        Verdict.SEE_PROFESSIONAL,
        java.util.Optional.empty(),
        List.of(new Reason("S3", "Severe pain: see a professional first.", List.of("000"))),
        List.of(),
        List.of("Ask a physiotherapist first."),
        NOTICE);
  }
}

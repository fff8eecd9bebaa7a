package dev.limber.screening;

import dev.limber.catalog.Catalog;
import dev.limber.catalog.Technique;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Screens validated answers (spec/screening.md): runs every rule, reports all that fired in rule
 * order, lets the most severe decide the verdict, and filters the catalog for the verdicts that
 * allow a session. Thread-safe.
 */
public final class Screener {
  private final RuleBook ruleBook;
  private final Catalog catalog;

  public Screener(RuleBook ruleBook, Catalog catalog) {
    this.ruleBook = ruleBook;
    this.catalog = catalog;
  }

  /** A screener over the shipped rule data and catalog. */
  public static Screener bundled() {
    return new Screener(RuleBook.bundled(), Catalog.bundled());
  }

  public RuleBook ruleBook() {
    return ruleBook;
  }

  /** A technique's name for people, or its id when the catalog does not hold it. */
  public String techniqueName(String techniqueId) {
    return catalog.techniques().stream()
        .filter(technique -> technique.id().equals(techniqueId))
        .map(Technique::name)
        .findFirst()
        .orElse(techniqueId);
  }

  /** Rules whose firing makes an URGENT verdict an emergency (spec/screening.md §6, rev. 2). */
  public static final Set<String> EMERGENCY_RULES = Set.of("U1", "U2", "U5", "U6", "U13");

  public ScreeningResult screen(Answers answers) {
    return assess(answers).result();
  }

  /** As {@link #assess(Answers, Set)} with no off-by-default technique turned on. */
  public Screening assess(Answers answers) {
    return assess(answers, Set.of());
  }

  /**
   * The result plus the decision on every technique, for callers that explain exclusions. The
   * result lists only what may be used today: a technique off by default only when its id is in
   * {@code enabled} (§6).
   */
  public Screening assess(Answers answers, Set<String> enabled) {
    return assess(answers, enabled, false);
  }

  /**
   * As {@link #assess(Answers, Set)}; with {@code joinedToClinician}, rule P1 applies ({@link
   * ProgramLinkRule}): the join counts as a review, and a SEE_PROFESSIONAL that only asks for an
   * assessment becomes STRETCH_ONLY with P1's reason added after the others.
   */
  public Screening assess(Answers answers, Set<String> enabled, boolean joinedToClinician) {
    if (joinedToClinician) {
      answers = ProgramLinkRule.underReview(answers);
    }
    List<Rule> fired = new ArrayList<>();
    for (Rule rule : ruleBook.rules()) {
      if (rule.firesFor().test(answers)) {
        fired.add(rule);
      }
    }
    Verdict strictest =
        fired.stream().map(Rule::verdict).max(Comparator.naturalOrder()).orElse(Verdict.CLEAR);
    List<Rule> deciding = fired;
    if (joinedToClinician) {
      // For a joined person the rule that really stops the session is named, not one P1 answers.
      deciding =
          fired.stream()
              .sorted(Comparator.comparing(rule -> ProgramLinkRule.LIFTS.contains(rule.id())))
              .toList();
    }
    boolean lifted = joinedToClinician && ProgramLinkRule.lifts(fired);
    Verdict verdict = lifted ? Verdict.STRETCH_ONLY : strictest;
    // The rules P1 covers keep their place among the reasons, in the words for that case.
    List<Reason> reasons =
        new ArrayList<>(
            fired.stream()
                .map(
                    rule ->
                        lifted && ProgramLinkRule.LIFTS.contains(rule.id())
                            ? rule.coveredReason()
                            : rule.reason(verdict))
                .toList());
    if (lifted) {
      reasons.add(ruleBook.programLink());
      deciding = fired.stream().filter(rule -> rule.verdict().allowsSession()).toList();
    }
    List<TechniqueDecision> decisions = decide(answers, verdict, deciding);
    List<Technique> allowed =
        decisions.stream()
            .filter(TechniqueDecision::allowed)
            .map(TechniqueDecision::technique)
            .filter(technique -> technique.enabledByDefault() || enabled.contains(technique.id()))
            // F8: a stable sort keeps catalog order and puts every self-crack last (warm up first).
            .sorted(Comparator.comparing(Technique::isSelfCrack))
            .toList();
    List<String> ids = reasons.stream().map(Reason::rule).toList();
    Optional<Urgency> urgency = urgencyOf(verdict, ids);
    List<String> advisories = new ArrayList<>();
    advisories.add(urgency.map(ruleBook::adviceFor).orElseGet(() -> ruleBook.adviceFor(verdict)));
    if (verdict.allowsSession() && allowed.isEmpty()) {
      advisories.add(ruleBook.nothingLeft());
    }
    if (selfCrackingInQuestion(verdict, allowed)) {
      advisories.add(ruleBook.physiotherapistFirst());
    }
    ScreeningResult result =
        new ScreeningResult(verdict, urgency, reasons, allowed, advisories, EmergencyNotice.text());
    return new Screening(answers, result, decisions);
  }

  /**
   * Rev. 3 (§6): advice about cracking only where self-cracking is in question, so it never
   * contradicts the verdict: the verdict took it away (STRETCH_ONLY), or a self-crack is offered.
   */
  static boolean selfCrackingInQuestion(Verdict verdict, List<Technique> allowed) {
    return verdict == Verdict.STRETCH_ONLY
        || (verdict == Verdict.CLEAR && allowed.stream().anyMatch(Technique::isSelfCrack));
  }

  private static Optional<Urgency> urgencyOf(Verdict verdict, List<String> firedIds) {
    if (verdict != Verdict.URGENT) {
      return Optional.empty();
    }
    return Optional.of(
        firedIds.stream().anyMatch(EMERGENCY_RULES::contains) ? Urgency.EMERGENCY : Urgency.TODAY);
  }

  private List<TechniqueDecision> decide(Answers answers, Verdict verdict, List<Rule> fired) {
    List<TechniqueDecision> decisions = new ArrayList<>();
    Optional<Exclusion> noSession =
        verdict.allowsSession()
            ? Optional.empty()
            : fired.stream()
                .filter(rule -> rule.verdict() == verdict)
                .findFirst()
                .map(
                    rule ->
                        new Exclusion(
                            rule.id(),
                            verdict == Verdict.URGENT
                                ? "no session today: get medical help first"
                                : "no session today: see a physiotherapist or doctor first"));
    for (Technique technique : catalog.techniques()) {
      List<Exclusion> exclusions = new ArrayList<>();
      noSession.ifPresent(exclusions::add);
      if (noSession.isEmpty()) {
        for (Filter filter : ruleBook.filters()) {
          filter.check(technique, answers, verdict).ifPresent(exclusions::add);
        }
      }
      decisions.add(new TechniqueDecision(technique, exclusions));
    }
    return decisions;
  }

  /**
   * The URGENT result for red flags answered yes before the rest of a questionnaire was asked: the
   * person is sent for help at once, without the remaining questions.
   */
  public ScreeningResult urgentStop(List<String> ruleIds) {
    List<Reason> reasons = new ArrayList<>();
    for (String id : ruleIds) {
      Rule rule = ruleBook.requireRule(id);
      if (rule.verdict() != Verdict.URGENT) {
        throw new IllegalArgumentException("not an URGENT rule: " + id);
      }
      reasons.add(rule.reason(Verdict.URGENT));
    }
    if (reasons.isEmpty()) {
      throw new IllegalArgumentException("an urgent stop needs at least one URGENT rule");
    }
    Urgency urgency = urgencyOf(Verdict.URGENT, ruleIds).orElseThrow();
    return new ScreeningResult(
        Verdict.URGENT,
        Optional.of(urgency),
        reasons,
        List.of(),
        List.of(ruleBook.adviceFor(urgency)),
        EmergencyNotice.text());
  }
}

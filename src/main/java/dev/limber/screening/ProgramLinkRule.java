package dev.limber.screening;

import java.util.List;
import java.util.Set;

/**
 * Rule P1: while a person is joined to a clinician, the join counts as a professional review, and a
 * SEE_PROFESSIONAL verdict that only asks for a professional's assessment (S1, S2, or a rule a
 * review lifts: S4, S9, S11, S12, S14) becomes STRETCH_ONLY for the program's stretches. Any U
 * rule, S3, S5 or S6 (open pain flags, or pain stated), S7, S8 or S10 still stops everything.
 */
public final class ProgramLinkRule {
  public static final String ID = "P1";

  /** The SEE_PROFESSIONAL rules an assessing clinician answers. */
  public static final Set<String> LIFTS = Set.of("S1", "S2", "S4", "S9", "S11", "S12", "S14");

  private ProgramLinkRule() {}

  /** The answers as the link sees them: the join is a review advising exercise (X9, §2.1). */
  static Answers underReview(Answers answers) {
    History history = answers.history();
    if (history.professionalReview() == ProfessionalReview.EXERCISE_ADVISED) {
      return answers;
    }
    return new Answers(
        answers.conditions(),
        answers.symptoms(),
        history.withProfessionalReview(ProfessionalReview.EXERCISE_ADVISED));
  }

  /** True when every rule that asks for no session is one the link answers. */
  static boolean lifts(List<Rule> fired) {
    List<Rule> stopping = fired.stream().filter(rule -> !rule.verdict().allowsSession()).toList();
    return !stopping.isEmpty() && stopping.stream().allMatch(rule -> LIFTS.contains(rule.id()));
  }
}

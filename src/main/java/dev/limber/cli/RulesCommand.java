package dev.limber.cli;

import dev.limber.json.Json;
import dev.limber.screening.EmergencyNotice;
import dev.limber.screening.Filter;
import dev.limber.screening.Rule;
import dev.limber.screening.RuleBook;
import dev.limber.screening.SafetyWords;
import dev.limber.screening.Threshold;
import dev.limber.screening.Verdict;
import java.io.PrintStream;
import java.util.List;
import java.util.function.Supplier;

/** {@code limber rules}: every screening rule, filter and threshold, with sources. */
public final class RulesCommand implements Command {
  private final Supplier<RuleBook> ruleBook;

  public RulesCommand(Supplier<RuleBook> ruleBook) {
    this.ruleBook = ruleBook;
  }

  @Override
  public String name() {
    return "rules";
  }

  @Override
  public String summary() {
    return "List the screening rules, technique filters and thresholds, with sources";
  }

  @Override
  public List<Option> options() {
    return List.of(
        Option.flag("json", "print {\"rules\", \"filters\", \"thresholds\", \"emergencyNotice\"}"));
  }

  @Override
  public int run(Arguments arguments, Io io) {
    arguments.noPositionals();
    RuleBook book = ruleBook.get();
    if (arguments.flag("json")) {
      io.out().println(Json.pretty(book));
      return ExitCode.OK;
    }
    PrintStream out = io.wrappedOut();
    for (Verdict verdict :
        List.of(Verdict.URGENT, Verdict.SEE_PROFESSIONAL, Verdict.STRETCH_ONLY)) {
      out.println(verdict + ": " + VerdictReport.meaning(verdict));
      for (Rule rule : book.rules()) {
        if (rule.verdict() == verdict) {
          out.printf("  %-4s when %s%n", rule.id(), rule.trigger());
          out.printf("  %-4s sources: %s%n", "", Words.sources(rule.sources()));
        }
      }
      out.println();
    }
    out.println("CLEAR: " + VerdictReport.meaning(Verdict.CLEAR) + " (when no rule above applies)");
    out.println();
    out.println("Technique filters, for CLEAR and STRETCH_ONLY:");
    for (Filter filter : book.filters()) {
      out.printf("  %-4s %s%n", filter.id(), filter.rule());
      out.printf("  %-4s sources: %s%n", "", Words.sources(filter.sources()));
    }
    out.println();
    out.println("Thresholds (POLICY: Limber's choice where no guideline gives a number):");
    for (Threshold threshold : book.thresholds()) {
      out.printf(
          "  %s = %d  (%s; used by %s)%n",
          threshold.name(),
          threshold.value(),
          threshold.kind(),
          String.join(", ", threshold.usedBy()));
      out.println("      " + threshold.rationale());
      out.println("      sources: " + Words.sources(threshold.sources()));
    }
    out.println();
    out.println(SafetyWords.bundled().emergencyLine(EmergencyNotice.text()));
    return ExitCode.OK;
  }
}

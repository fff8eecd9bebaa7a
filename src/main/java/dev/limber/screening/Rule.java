package dev.limber.screening;

import dev.limber.json.JsonValue;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * One screening rule of spec/screening.md §4: its id, the verdict it demands, its trigger in words,
 * the message a person reads (true under every verdict it can appear in), what it still allows when
 * the overall verdict allows a session, its sources, and the test on the answers.
 */
public record Rule(
    String id,
    Verdict verdict,
    String trigger,
    String message,
    Optional<String> allows,
    Optional<String> whenCovered,
    List<String> sources,
    Predicate<Answers> firesFor)
    implements JsonValue {
  public Rule {
    allows = allows == null ? Optional.empty() : allows;
    whenCovered = whenCovered == null ? Optional.empty() : whenCovered;
    if (allows.isPresent() && !verdict.allowsSession()) {
      throw new IllegalArgumentException(
          id + ": only a rule that allows a session says what it allows");
    }
    sources = List.copyOf(sources);
    if (sources.isEmpty()) {
      throw new IllegalArgumentException(id + ": a rule needs a source");
    }
  }

  /** The reason this rule gives for these answers, or empty when it does not fire. */
  public Optional<Reason> check(Answers answers) {
    return firesFor.test(answers) ? Optional.of(reason(verdict)) : Optional.empty();
  }

  /**
   * The reason as shown under the overall verdict: what the rule still allows follows its message
   * only when that verdict allows a session, so no reason offers stretches on a day without one.
   */
  public Reason reason(Verdict overall) {
    String text =
        overall.allowsSession()
            ? allows.map(more -> message + " " + more).orElse(message)
            : message;
    return new Reason(id, text, sources);
  }

  /**
   * The reason while rule P1 covers this rule (the person follows a clinician's program): its own
   * words for that case when the data has them, else the usual ones.
   */
  public Reason coveredReason() {
    return new Reason(id, whenCovered.orElse(message), sources);
  }

  @Override
  public Object toJson() {
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("id", id);
    json.put("verdict", verdict);
    json.put("trigger", trigger);
    json.put("message", message);
    allows.ifPresent(text -> json.put("allows", text));
    whenCovered.ifPresent(text -> json.put("whenCovered", text));
    json.put("sources", sources);
    return json;
  }
}

package dev.limber.screening;

import dev.limber.catalog.Technique;
import dev.limber.json.JsonValue;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One technique filter of spec/screening.md §5: its id, the rule in words, the reason shown for a
 * technique it leaves out, its sources, and the test (F8 and F9 order and advise; they exclude
 * nothing).
 */
public record Filter(String id, String rule, String reason, List<String> sources, Test test)
    implements JsonValue {

  /** Whether this filter leaves a technique out, given the answers and the verdict. */
  @FunctionalInterface
  public interface Test {
    boolean excludes(Technique technique, Answers answers, Verdict verdict);
  }

  public Filter {
    sources = List.copyOf(sources);
    if (sources.isEmpty()) {
      throw new IllegalArgumentException(id + ": a filter needs a source");
    }
  }

  /** The reason names the day a held technique comes back where it says {@code {backOn}} (F10). */
  public Optional<Exclusion> check(Technique technique, Answers answers, Verdict verdict) {
    if (!test.excludes(technique, answers, verdict)) {
      return Optional.empty();
    }
    String why =
        answers
            .history()
            .painNotes()
            .heldUntil(technique.id())
            .map(day -> reason.replace("{backOn}", BACK_ON.format(day)))
            .orElse(reason);
    return Optional.of(new Exclusion(id, why));
  }

  private static final java.time.format.DateTimeFormatter BACK_ON =
      java.time.format.DateTimeFormatter.ofPattern("EEEE d MMMM", java.util.Locale.ENGLISH);

  @Override
  public Object toJson() {
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("id", id);
    json.put("rule", rule);
    json.put("reason", reason);
    json.put("sources", sources);
    return json;
  }
}

package dev.limber.program;

import dev.limber.json.JsonValue;
import java.time.Instant;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * A clinician's people list as asked for: in one {@link Order}, and either everyone or only those
 * who need attention ({@link CaseloadEntry#needsAttention}). {@code everyone} counts the whole list
 * before the filter.
 */
public record Caseload(List<CaseloadEntry> people, Order order, boolean attentionOnly, int everyone)
    implements JsonValue {
  public Caseload {
    people = List.copyOf(people);
    if (order == null) {
      throw new IllegalArgumentException("order is required");
    }
  }

  /** How the list is sorted; each has one direction, the one a clinician looks for first. */
  public enum Order {
    /** By e-mail address, A to Z. */
    NAME(true),
    /** Longest without a session first; never played comes first of all. */
    LAST_SESSION(true),
    /** Highest latest pain first; no score last. */
    PAIN(false),
    /** Most to look at first: normal alerts, then flags, then a quiet week, then low alerts. */
    ATTENTION(false);

    private final boolean ascending;

    Order(boolean ascending) {
      this.ascending = ascending;
    }

    public boolean ascending() {
      return ascending;
    }

    /** The word a request uses for it: {@code last-session}. */
    public String word() {
      return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** The order a request's word names; empty for any other word. */
    public static Optional<Order> find(String word) {
      return Arrays.stream(values()).filter(order -> order.word().equals(word)).findFirst();
    }
  }

  /** The entries sorted in {@code order} (ties by address) and filtered. */
  public static Caseload of(List<CaseloadEntry> entries, Order order, boolean attentionOnly) {
    Comparator<CaseloadEntry> byName = Comparator.comparing(CaseloadEntry::email);
    Comparator<CaseloadEntry> sorting =
        switch (order) {
          case NAME -> byName;
          case LAST_SESSION ->
              Comparator.comparing(
                  (CaseloadEntry entry) -> entry.lastSession().orElse(Instant.MIN));
          case PAIN ->
              Comparator.comparing((CaseloadEntry entry) -> entry.latestPain().orElse(-1))
                  .reversed();
          case ATTENTION ->
              Comparator.comparing((CaseloadEntry entry) -> entry.attention()).reversed();
        };
    List<CaseloadEntry> people =
        entries.stream()
            .filter(entry -> !attentionOnly || entry.needsAttention())
            .sorted(sorting.thenComparing(byName))
            .toList();
    return new Caseload(people, order, attentionOnly, entries.size());
  }

  @Override
  public Object toJson() {
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("sort", order.word());
    json.put("filter", attentionOnly ? "attention" : "all");
    json.put("everyone", everyone);
    json.put("people", people);
    return json;
  }
}

package dev.limber.screening;

import java.math.BigDecimal;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * What a person feels today (spec/screening.md §2). {@code painScore} is the 0–10 rating (0 means
 * stiffness only); {@code painDurationWeeks} is present whenever {@code painScore} is above 0.
 */
public record Symptoms(
    int painScore,
    Optional<BigDecimal> painDurationWeeks,
    Set<Numbness> numbness,
    Set<Weakness> weakness,
    boolean bladderOrBowelChange,
    boolean chestPain,
    boolean fever,
    boolean unexplainedWeightLoss,
    boolean swelling,
    boolean nightPainOrUnrelievedByRest,
    boolean painWorseWithCoughSneeze,
    Optional<StartBack> startBack) {

  public static final int MAX_PAIN = 10;
  public static final BigDecimal MAX_DURATION_WEEKS = BigDecimal.valueOf(5200);

  public Symptoms {
    if (painScore < 0 || painScore > MAX_PAIN) {
      throw new IllegalArgumentException("painScore outside 0–10: " + painScore);
    }
    painDurationWeeks.ifPresent(
        weeks -> {
          if (weeks.signum() < 0 || weeks.compareTo(MAX_DURATION_WEEKS) > 0) {
            throw new IllegalArgumentException("painDurationWeeks outside 0–5200: " + weeks);
          }
        });
    if (painScore > 0 && painDurationWeeks.isEmpty()) {
      throw new IllegalArgumentException("painDurationWeeks is required when painScore > 0");
    }
    numbness = numbness.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(numbness));
    weakness = weakness.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(weakness));
  }

  Map<String, Object> toJson() {
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("painScore", painScore);
    painDurationWeeks.ifPresent(weeks -> json.put("painDurationWeeks", weeks));
    json.put("numbness", sorted(numbness, Numbness.class));
    json.put("weakness", sorted(weakness, Weakness.class));
    json.put("bladderOrBowelChange", bladderOrBowelChange);
    json.put("chestPain", chestPain);
    json.put("fever", fever);
    json.put("unexplainedWeightLoss", unexplainedWeightLoss);
    json.put("swelling", swelling);
    json.put("nightPainOrUnrelievedByRest", nightPainOrUnrelievedByRest);
    json.put("painWorseWithCoughSneeze", painWorseWithCoughSneeze);
    startBack.ifPresent(tool -> json.put("startBack", tool.toJson()));
    return json;
  }

  static <E extends Enum<E>> java.util.List<E> sorted(Set<E> values, Class<E> type) {
    EnumSet<E> ordered = EnumSet.noneOf(type);
    ordered.addAll(values);
    return java.util.List.copyOf(ordered);
  }
}

package dev.limber.catalog;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** The validated set of techniques and the general guidance shown with every routine. Immutable. */
public final class Catalog {
  /** The catalog file shipped in the jar. */
  public static final String BUNDLED_RESOURCE = "/catalog/techniques.json";

  /** The folder of the shipped catalog's drawings, one file per technique. */
  public static final String BUNDLED_ILLUSTRATIONS = "/catalog/illustrations/";

  /** The generated index of the shipped drawings' summaries (DrawingSummariesTest). */
  public static final String BUNDLED_DRAWING_SUMMARIES = "/catalog/drawing-summaries.json";

  private final Map<String, Technique> techniquesById;
  private final List<Guidance> generalGuidance;
  private final String version;

  public Catalog(List<Technique> techniques, List<Guidance> generalGuidance) {
    this(techniques, generalGuidance, "unversioned");
  }

  /**
   * A catalog whose content is identified by {@code version}: a digest of its files, so anything
   * derived from it (a drawing, a cached answer) can be keyed to it.
   */
  public Catalog(List<Technique> techniques, List<Guidance> generalGuidance, String version) {
    if (version == null || version.isBlank()) {
      throw new IllegalArgumentException("version must not be blank: " + version);
    }
    this.version = version;
    Map<String, Technique> byId = new LinkedHashMap<>();
    for (Technique technique : techniques) {
      if (byId.putIfAbsent(technique.id(), technique) != null) {
        throw new IllegalArgumentException("duplicate technique id: " + technique.id());
      }
    }
    this.techniquesById = byId;
    this.generalGuidance = List.copyOf(generalGuidance);
  }

  /** Reads and validates the catalog shipped in the jar; a broken file is a build defect. */
  public static Catalog bundled() {
    return CatalogReader.readResource(
        BUNDLED_RESOURCE,
        IllustrationFiles.classpath(BUNDLED_ILLUSTRATIONS, BUNDLED_DRAWING_SUMMARIES));
  }

  /** Every technique, in catalog order. */
  public List<Technique> techniques() {
    return List.copyOf(techniquesById.values());
  }

  /** Changes whenever the catalog file or any illustration file changes. */
  public String version() {
    return version;
  }

  public List<Guidance> generalGuidance() {
    return generalGuidance;
  }

  /**
   * The general guidance to show with a routine, in catalog order: the guidance about self-cracking
   * only when the routine holds a self-crack technique (spec rev. 3, §6).
   */
  public List<Guidance> guidanceFor(boolean routineHoldsSelfCrack) {
    return generalGuidance.stream()
        .filter(item -> routineHoldsSelfCrack || !item.aboutSelfCracking())
        .toList();
  }

  public Optional<Technique> find(String id) {
    return Optional.ofNullable(techniquesById.get(id));
  }

  /**
   * The technique with this id, or {@link UnknownTechniqueException} suggesting the closest ids.
   */
  public Technique require(String id) {
    return find(id).orElseThrow(() -> new UnknownTechniqueException(id, closestIds(id, 3)));
  }

  /** Techniques carrying every one of {@code tags} that can be done with {@code atHand}. */
  public List<Technique> select(Set<Tag> tags, Optional<Equipment> equipment) {
    return techniquesById.values().stream()
        .filter(technique -> technique.tags().containsAll(tags))
        .filter(technique -> equipment.isEmpty() || technique.equipment().contains(equipment.get()))
        .toList();
  }

  /** Up to {@code limit} ids nearest to {@code id} by edit distance, nearest first. */
  public List<String> closestIds(String id, int limit) {
    String wanted = id.toLowerCase(java.util.Locale.ROOT);
    return techniquesById.keySet().stream()
        .sorted(
            Comparator.comparingInt((String candidate) -> distance(wanted, candidate))
                .thenComparing(Comparator.naturalOrder()))
        .limit(limit)
        .toList();
  }

  /** Levenshtein distance, with a containing match counted as near. */
  static int distance(String from, String to) {
    if (!from.isEmpty() && (to.contains(from) || from.contains(to))) {
      return Math.abs(to.length() - from.length()) / 4;
    }
    int[] previous = new int[to.length() + 1];
    int[] current = new int[to.length() + 1];
    for (int j = 0; j <= to.length(); j++) {
      previous[j] = j;
    }
    for (int i = 1; i <= from.length(); i++) {
      current[0] = i;
      for (int j = 1; j <= to.length(); j++) {
        int substitution = previous[j - 1] + (from.charAt(i - 1) == to.charAt(j - 1) ? 0 : 1);
        current[j] = Math.min(substitution, Math.min(previous[j] + 1, current[j - 1] + 1));
      }
      int[] swap = previous;
      previous = current;
      current = swap;
    }
    return previous[to.length()];
  }
}

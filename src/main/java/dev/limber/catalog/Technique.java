package dev.limber.catalog;

import dev.limber.json.JsonValue;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * One technique of the catalog, with everything a person needs to do it safely and every source it
 * rests on. The invariants of spec/catalog.md hold for every instance.
 */
public record Technique(
    String id,
    String name,
    List<String> aliases,
    String summary,
    Set<Tag> tags,
    Region region,
    Set<Equipment> equipment,
    Set<Setting> settings,
    Laterality laterality,
    Dose dose,
    List<String> steps,
    List<String> cues,
    List<String> stopRules,
    List<String> cautions,
    List<String> preconditions,
    Difficulty difficulty,
    boolean enabledByDefault,
    List<Source> sources,
    List<String> curationNotes,
    DrawingFile drawing)
    implements JsonValue {

  private static final Pattern KEBAB_CASE = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

  public Technique {
    if (id == null || !KEBAB_CASE.matcher(id).matches()) {
      throw new IllegalArgumentException("id must be kebab-case: " + id);
    }
    tags = Set.copyOf(EnumSet.copyOf(tags));
    equipment = Set.copyOf(equipment);
    settings = Set.copyOf(settings);
    aliases = List.copyOf(aliases);
    steps = List.copyOf(steps);
    cues = List.copyOf(cues);
    stopRules = List.copyOf(stopRules);
    cautions = List.copyOf(cautions);
    preconditions = List.copyOf(preconditions);
    sources = List.copyOf(sources);
    curationNotes = List.copyOf(curationNotes);
    long modalities = tags.stream().filter(Tag.MODALITIES::contains).count();
    if (modalities != 1) {
      throw new IllegalArgumentException(id + ": needs exactly one modality tag, has " + tags);
    }
    if (tags.contains(Tag.SELF_CRACK) != (dose.kind() == DoseKind.CRACK_ATTEMPT)) {
      throw new IllegalArgumentException(
          id + ": a SELF_CRACK technique takes a CRACK_ATTEMPT dose and nothing else does");
    }
    if (equipment.isEmpty() || (equipment.contains(Equipment.NONE) && equipment.size() > 1)) {
      throw new IllegalArgumentException(id + ": equipment must be NONE alone or a list of items");
    }
    if (drawing == null) {
      throw new IllegalArgumentException(id + ": drawing must be DrawingFile.NONE, not null");
    }
    if (settings.isEmpty() || steps.isEmpty() || stopRules.isEmpty() || sources.isEmpty()) {
      throw new IllegalArgumentException(
          id + ": settings, steps, stop rules and sources are required");
    }
  }

  /** A technique not yet drawn. */
  public Technique(
      String id,
      String name,
      List<String> aliases,
      String summary,
      Set<Tag> tags,
      Region region,
      Set<Equipment> equipment,
      Set<Setting> settings,
      Laterality laterality,
      Dose dose,
      List<String> steps,
      List<String> cues,
      List<String> stopRules,
      List<String> cautions,
      List<String> preconditions,
      Difficulty difficulty,
      boolean enabledByDefault,
      List<Source> sources,
      List<String> curationNotes) {
    this(
        id,
        name,
        aliases,
        summary,
        tags,
        region,
        equipment,
        settings,
        laterality,
        dose,
        steps,
        cues,
        stopRules,
        cautions,
        preconditions,
        difficulty,
        enabledByDefault,
        sources,
        curationNotes,
        DrawingFile.NONE);
  }

  /** This technique with its drawing. */
  public Technique withIllustration(Illustration illustration) {
    return withDrawing(DrawingFile.of(illustration));
  }

  /** This technique with a drawing that may still be unread. */
  public Technique withDrawing(DrawingFile drawing) {
    return new Technique(
        id,
        name,
        aliases,
        summary,
        tags,
        region,
        equipment,
        settings,
        laterality,
        dose,
        steps,
        cues,
        stopRules,
        cautions,
        preconditions,
        difficulty,
        enabledByDefault,
        sources,
        curationNotes,
        drawing);
  }

  /** The drawing of this technique, when it has one; read and checked on first use. */
  public Optional<Illustration> findIllustration() {
    return drawing.illustration();
  }

  public boolean has(Tag tag) {
    return tags.contains(tag);
  }

  public boolean isSelfCrack() {
    return tags.contains(Tag.SELF_CRACK);
  }

  /** The modality tag: SELF_CRACK, STRETCH or SELF_MASSAGE. */
  public Tag modality() {
    return tags.stream().filter(Tag.MODALITIES::contains).findFirst().orElseThrow();
  }

  /** True when nothing beyond {@code atHand} is needed; {@code NONE} is always at hand. */
  public boolean canBeDoneWith(Set<Equipment> atHand) {
    return equipment.stream().allMatch(item -> item == Equipment.NONE || atHand.contains(item));
  }

  /** Tags in declaration order, for stable output. */
  public List<Tag> sortedTags() {
    return EnumSet.copyOf(tags).stream().toList();
  }

  /** The short form used in screening results: id, name and tags. */
  public Map<String, Object> toSummaryJson() {
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("id", id);
    json.put("name", name);
    json.put("tags", sortedTags());
    return json;
  }

  @Override
  public Object toJson() {
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("id", id);
    json.put("name", name);
    json.put("aliases", aliases);
    json.put("summary", summary);
    json.put("tags", sortedTags());
    json.put("region", region);
    json.put("equipment", EnumSet.copyOf(equipment).stream().toList());
    json.put("settings", EnumSet.copyOf(settings).stream().toList());
    json.put("laterality", laterality);
    json.put("dose", dose);
    json.put("steps", steps);
    json.put("cues", cues);
    json.put("stopRules", stopRules);
    json.put("cautions", cautions);
    json.put("preconditions", preconditions);
    json.put("difficulty", difficulty);
    json.put("enabledByDefault", enabledByDefault);
    json.put("sources", sources);
    json.put("curationNotes", curationNotes);
    json.put("illustration", drawing.summary(dose).map(DrawingSummary::toJson).orElse(null));
    return json;
  }
}

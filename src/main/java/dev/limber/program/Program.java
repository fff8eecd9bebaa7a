package dev.limber.program;

import dev.limber.catalog.Catalog;
import dev.limber.json.JsonValue;
import dev.limber.planning.Routine;
import dev.limber.planning.RoutineStep;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A clinician's home program: a title, the techniques in the order they are done with their doses,
 * how often, notes for the person, and whether a self-crack technique may be included. Shape only
 * here; {@link ProgramRule} checks it against the catalog.
 */
public record Program(
    String title,
    List<ProgramItem> items,
    Frequency frequency,
    String notes,
    boolean selfCrackAllowed)
    implements JsonValue {
  public static final int MAX_TITLE_LENGTH = 100;
  public static final int MAX_ITEMS = 20;
  public static final int MAX_NOTES_LENGTH = 2000;

  public Program {
    if (title == null || title.isBlank() || title.length() > MAX_TITLE_LENGTH) {
      throw new IllegalArgumentException("title must be 1–100 characters: " + title);
    }
    if (items == null || items.isEmpty() || items.size() > MAX_ITEMS) {
      throw new IllegalArgumentException(
          "a program needs 1–20 techniques: " + (items == null ? null : items.size()));
    }
    items = List.copyOf(items);
    if (frequency == null) {
      throw new IllegalArgumentException("frequency is required");
    }
    notes = notes == null ? "" : notes;
    if (notes.length() > MAX_NOTES_LENGTH) {
      throw new IllegalArgumentException("notes longer than 2000 characters: " + notes.length());
    }
  }

  /** Reads the form {@link #toJson()} writes, as kept by the store (checked when it was saved). */
  public static Program fromJson(Object tree) {
    Map<?, ?> json = (Map<?, ?>) tree;
    Map<?, ?> frequency = (Map<?, ?>) json.get("frequency");
    List<ProgramItem> items =
        ((List<?>) json.get("items"))
            .stream()
                .map(item -> (Map<?, ?>) item)
                .map(
                    item ->
                        new ProgramItem(
                            (String) item.get("techniqueId"),
                            number(item.get("holdSeconds")),
                            number(item.get("reps")),
                            number(item.get("sides"))))
                .toList();
    return new Program(
        (String) json.get("title"),
        items,
        new Frequency(number(frequency.get("timesPerDay")), number(frequency.get("daysPerWeek"))),
        (String) json.get("notes"),
        Boolean.TRUE.equals(json.get("selfCrackAllowed")));
  }

  private static int number(Object value) {
    return ((Number) value).intValue();
  }

  /**
   * The program's steps as the player plays them on a day that holds nothing back: the items in the
   * clinician's order and doses. Every item must be in the catalog.
   */
  public Routine routine(Catalog catalog) {
    return new Routine(
        items.stream()
            .map(
                item ->
                    new RoutineStep(
                        catalog
                            .find(item.techniqueId())
                            .orElseThrow(
                                () ->
                                    new IllegalArgumentException(
                                        "a program item is not in the catalog: "
                                            + item.techniqueId())),
                        item.holdSeconds(),
                        item.reps(),
                        item.sides()))
            .toList());
  }

  public List<String> techniqueIds() {
    return items.stream().map(ProgramItem::techniqueId).toList();
  }

  @Override
  public Object toJson() {
    return toJsonMap();
  }

  /** The members of {@link #toJson()}, for a version to add its own to. */
  public Map<String, Object> toJsonMap() {
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("title", title);
    json.put("items", items);
    json.put("frequency", frequency);
    json.put("notes", notes);
    json.put("selfCrackAllowed", selfCrackAllowed);
    return json;
  }
}

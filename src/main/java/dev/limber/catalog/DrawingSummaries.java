package dev.limber.catalog;

import dev.limber.json.Json;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The index of drawing summaries by technique id, as {@code drawing-summaries.json} keeps it. */
public final class DrawingSummaries {
  private DrawingSummaries() {}

  /** Reads an index; {@code {}} is an empty one. */
  public static Map<String, DrawingSummary> read(String text) {
    Map<String, DrawingSummary> index = new LinkedHashMap<>();
    ((Map<?, ?>) Json.parse(text))
        .forEach((id, entry) -> index.put((String) id, DrawingSummary.read((Map<?, ?>) entry)));
    return index;
  }

  /** The index of every drawn technique of {@code techniques}, each summary from its drawing. */
  public static String write(List<Technique> techniques) {
    Map<String, Object> index = new LinkedHashMap<>();
    for (Technique technique : techniques) {
      technique
          .findIllustration()
          .ifPresent(
              drawing ->
                  index.put(
                      technique.id(), DrawingSummary.of(drawing, technique.dose()).toIndexJson()));
    }
    return Json.pretty(index) + "\n";
  }
}

package dev.limber.catalog;

import dev.limber.json.JsonValue;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Where a fact comes from: a seed article (by file name) or a named guideline, the section, and the
 * reference the seed cites there, if any ({@code reference} may be null).
 */
public record Source(String document, String section, String reference) implements JsonValue {
  public Source {
    if (document == null || document.isBlank()) {
      throw new IllegalArgumentException("source document is required");
    }
    if (section == null || section.isBlank()) {
      throw new IllegalArgumentException("source section is required for " + document);
    }
  }

  /** One line: {@code 001_b4d023317583ddde.txt, Method 2 Step 1 (cites Kaiser Permanente)}. */
  public String cite() {
    return document + ", " + section + (reference == null ? "" : " (cites " + reference + ")");
  }

  @Override
  public Object toJson() {
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("document", document);
    json.put("section", section);
    if (reference != null) {
      json.put("reference", reference);
    }
    return json;
  }
}

package dev.limber.catalog;

import dev.limber.json.Json;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The readable titles of source documents named by file (the seed articles), from {@code
 * catalog/sources.json}: what a person reads instead of a file name.
 */
public final class SourceTitles {
  public static final String BUNDLED_RESOURCE = "/catalog/sources.json";

  private static final Pattern GUIDELINE =
      Pattern.compile(
          "\\b(NICE|NHS|ACP|guideline|guidance|Directive)\\b", Pattern.CASE_INSENSITIVE);

  private final Map<String, String> titles;

  public SourceTitles(Map<String, String> titles) {
    this.titles = Map.copyOf(titles);
  }

  /** The titles shipped with Limber. */
  public static SourceTitles bundled() {
    try (InputStream in = SourceTitles.class.getResourceAsStream(BUNDLED_RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + BUNDLED_RESOURCE);
      }
      Object root = Json.parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
      Map<String, String> titles = new LinkedHashMap<>();
      if (root instanceof Map<?, ?> document && document.get("titles") instanceof Map<?, ?> map) {
        map.forEach((file, title) -> titles.put(String.valueOf(file), String.valueOf(title)));
      } else {
        throw new IllegalStateException(BUNDLED_RESOURCE + ": needs an object \"titles\"");
      }
      return new SourceTitles(titles);
    } catch (IOException e) {
      throw new UncheckedIOException("read " + BUNDLED_RESOURCE, e);
    }
  }

  /** The title of {@code document}, or the document itself when it already reads as a name. */
  public String title(String document) {
    return titles.getOrDefault(document, document);
  }

  /**
   * The titles of {@code documents}, each once, strongest evidence first (rev. 3 §6): clinical
   * guidelines, then studies and clinics, then web articles (the seeds); the given order within
   * each.
   */
  public List<String> strongestFirst(List<String> documents) {
    return documents.stream()
        .distinct()
        .sorted(Comparator.comparingInt(this::strength))
        .map(this::title)
        .distinct()
        .toList();
  }

  private int strength(String document) {
    if (titles.containsKey(document)) {
      return 2;
    }
    return GUIDELINE.matcher(document).find() ? 0 : 1;
  }

  /** Every document with a title, file name first. */
  public Map<String, String> all() {
    return titles;
  }
}

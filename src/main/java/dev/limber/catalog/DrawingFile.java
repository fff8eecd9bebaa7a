package dev.limber.catalog;

import dev.limber.json.FieldError;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A technique's illustration file, read and checked the first time the drawing is needed, so that
 * commands which draw nothing start as fast as before. Thread-safe.
 */
public final class DrawingFile {
  /** A technique without a drawing. */
  public static final DrawingFile NONE = new DrawingFile(null, null, null, Optional.empty());

  private final Technique technique;
  private final String text;
  private final Optional<DrawingSummary> summary;
  private Illustration illustration;

  private DrawingFile(
      Technique technique,
      String text,
      Illustration illustration,
      Optional<DrawingSummary> summary) {
    this.technique = technique;
    this.text = text;
    this.illustration = illustration;
    this.summary = summary;
  }

  /** A drawing already read and checked. */
  public static DrawingFile of(Illustration illustration) {
    return new DrawingFile(null, null, Objects.requireNonNull(illustration), Optional.empty());
  }

  /**
   * The text of {@code technique}'s file, read and checked when first drawn; {@code summary}, when
   * given, answers {@link #summary} without reading it.
   */
  static DrawingFile deferred(Technique technique, String text, Optional<DrawingSummary> summary) {
    return new DrawingFile(technique, text, null, summary);
  }

  /**
   * What the drawing offers for a technique with {@code dose}: from the summary index when there is
   * one, else from the drawing itself (read and checked then).
   */
  public Optional<DrawingSummary> summary(Dose dose) {
    return summary.isPresent()
        ? summary
        : illustration().map(drawing -> DrawingSummary.of(drawing, dose));
  }

  /**
   * The drawing; a file that fails its checks throws {@link InvalidCatalogException} naming the
   * file and every fault, the first time and every time after.
   */
  public synchronized Optional<Illustration> illustration() {
    if (illustration == null && text != null) {
      List<FieldError> errors = new ArrayList<>();
      Illustration read = IllustrationReader.read(text, technique, errors);
      if (read == null) {
        throw new InvalidCatalogException("illustrations/" + technique.id() + ".json", errors);
      }
      illustration = read;
    }
    return Optional.ofNullable(illustration);
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof DrawingFile file
        && Objects.equals(text, file.text)
        && (text != null || Objects.equals(illustration, file.illustration));
  }

  @Override
  public int hashCode() {
    return text != null ? text.hashCode() : Objects.hashCode(illustration);
  }
}

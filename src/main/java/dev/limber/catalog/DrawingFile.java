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
  public static final DrawingFile NONE = new DrawingFile(null, null, null);

  private final Technique technique;
  private final String text;
  private Illustration illustration;

  private DrawingFile(Technique technique, String text, Illustration illustration) {
    this.technique = technique;
    this.text = text;
    this.illustration = illustration;
  }

  /** A drawing already read and checked. */
  public static DrawingFile of(Illustration illustration) {
    return new DrawingFile(null, null, Objects.requireNonNull(illustration));
  }

  /** The text of {@code technique}'s file, read and checked when first drawn. */
  static DrawingFile deferred(Technique technique, String text) {
    return new DrawingFile(technique, text, null);
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

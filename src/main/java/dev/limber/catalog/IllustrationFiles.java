package dev.limber.catalog;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * Where a catalog finds each technique's illustration file ({@code illustrations/ID.json} beside
 * the catalog), whether every technique must have one, whether a file is checked as the catalog
 * loads or the first time it is drawn ({@code deferred}), and each drawing's summary when an index
 * gives it ({@code summaries}, so a listing reads no drawing).
 */
public record IllustrationFiles(
    Function<String, Optional<String>> lookup,
    boolean required,
    boolean deferred,
    Function<String, Optional<DrawingSummary>> summaries) {
  /** A catalog that carries no drawings (test fixtures of the catalog itself). */
  public static final IllustrationFiles NONE =
      new IllustrationFiles(id -> Optional.empty(), false, false);

  /** Files without a summary index: each summary comes from its drawing. */
  public IllustrationFiles(
      Function<String, Optional<String>> lookup, boolean required, boolean deferred) {
    this(lookup, required, deferred, id -> Optional.empty());
  }

  /**
   * Files under a classpath folder, such as {@code /catalog/illustrations/}; all required, each
   * checked when first drawn (the build checks them all: ShippedIllustrationsTest).
   */
  public static IllustrationFiles classpath(String folder) {
    return new IllustrationFiles(id -> resource(folder + id + ".json"), true, true);
  }

  /**
   * Files under a classpath folder as {@link #classpath(String)} gives them, with their summaries
   * from the index resource {@code summaries} (generated; DrawingSummariesTest keeps it current).
   */
  public static IllustrationFiles classpath(String folder, String summaries) {
    Map<String, DrawingSummary> index = DrawingSummaries.read(resource(summaries).orElse("{}"));
    return new IllustrationFiles(
        id -> resource(folder + id + ".json"),
        true,
        true,
        id -> Optional.ofNullable(index.get(id)));
  }

  /** Given texts by technique id, checked as the catalog loads; the others are left undrawn. */
  public static IllustrationFiles of(Map<String, String> textsById) {
    return new IllustrationFiles(id -> Optional.ofNullable(textsById.get(id)), false, false);
  }

  private static Optional<String> resource(String path) {
    try (InputStream in = IllustrationFiles.class.getResourceAsStream(path)) {
      return in == null
          ? Optional.empty()
          : Optional.of(new String(in.readAllBytes(), StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException("read illustration " + path, e);
    }
  }
}

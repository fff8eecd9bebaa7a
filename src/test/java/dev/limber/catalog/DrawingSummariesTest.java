package dev.limber.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.limber.json.Json;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The generated index of drawing summaries says what reading the drawings says. After changing a
 * drawing, rewrite it: {@code ./mvnw test -Dtest=DrawingSummariesTest -Dlimber.writeSummaries}.
 */
class DrawingSummariesTest {
  private static final Catalog CATALOG = Catalog.bundled();

  static Stream<Technique> techniques() {
    return CATALOG.techniques().stream();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("techniques")
  void theListedSummaryIsWhatReadingTheDrawingGives(Technique technique) {
    Technique fromTheDrawing =
        technique.withIllustration(technique.findIllustration().orElseThrow());

    Object listed = ((Map<?, ?>) technique.toJson()).get("illustration");

    assertThat(Json.write(listed))
        .isEqualTo(Json.write(((Map<?, ?>) fromTheDrawing.toJson()).get("illustration")))
        .contains("\"animationSeconds\"");
  }

  @Test
  void theShippedIndexIsCurrent() throws IOException {
    String generated = DrawingSummaries.write(CATALOG.techniques());
    if (System.getProperty("limber.writeSummaries") != null) {
      Files.writeString(
          Path.of("src/main/resources" + Catalog.BUNDLED_DRAWING_SUMMARIES), generated);
    }

    String shipped;
    try (InputStream in = Catalog.class.getResourceAsStream(Catalog.BUNDLED_DRAWING_SUMMARIES)) {
      shipped = in == null ? "" : new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }

    assertThat(shipped)
        .as(
            "src/main/resources%s; rewrite it with -Dlimber.writeSummaries",
            Catalog.BUNDLED_DRAWING_SUMMARIES)
        .isEqualTo(generated);
  }

  @Test
  void aListingTakesTheSummaryFromTheIndexWithoutReadingTheDrawing() {
    Technique shipped = CATALOG.techniques().get(0);
    DrawingSummary indexed =
        DrawingSummary.of(shipped.findIllustration().orElseThrow(), shipped.dose());
    IllustrationFiles unreadableDrawings =
        new IllustrationFiles(
            id -> Optional.of("{ not a drawing"), true, true, id -> Optional.of(indexed));
    Technique listed =
        shipped.withDrawing(DrawingFile.deferred(shipped, "{ not a drawing", Optional.of(indexed)));

    Object json = ((Map<?, ?>) listed.toJson()).get("illustration");

    assertThat(unreadableDrawings.summaries().apply(shipped.id())).contains(indexed);
    assertThat(Json.write(json)).isEqualTo(Json.write(indexed.toJson()));
    assertThatThrownBy(listed::findIllustration).isInstanceOf(InvalidCatalogException.class);
  }
}

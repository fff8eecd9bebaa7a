package dev.limber.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class IllustrationReaderTest {
  private static final String DRAWING =
      "\"test-stretch\".illustration(illustrations/test-stretch.json)";

  @Test
  void readsAValidDrawingWithEveryJointAndAPoseResting() throws IOException {
    Catalog catalog = withDrawing(fixture("illustrations-valid.json"));

    Illustration drawing = catalog.require("test-stretch").findIllustration().orElseThrow();

    assertThat(drawing.steps()).containsExactly(1, 2);
    assertThat(drawing.poses().get(0).angles()).hasSize(Joint.values().length);
    assertThat(drawing.poses().get(0).angles().get(Joint.LEFT_KNEE).flex()).isEqualTo(72);
    assertThat(drawing.poses().get(1).angles().get(Joint.RIGHT_KNEE).flex())
        .as("a joint a pose leaves out keeps the previous pose's angle")
        .isEqualTo(72);
    Pose seated = drawing.poses().get(0);
    Illustration.PlacedProp chair = drawing.propsIn(seated).get(0);
    double nearest = Double.MAX_VALUE;
    for (Capsule capsule : seated.body().parts().values()) {
      for (Point sample : capsule.samples()) {
        nearest = Math.min(nearest, chair.distance(sample) - capsule.radius());
      }
    }
    assertThat(nearest)
        .as("a pose without a height is lowered until it rests on the chair")
        .isBetween(-0.5, 0.5);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "step-without-pose       | poses                  | step 2 has no pose",
        "pose-names-missing-step | poses[1].step          | names step 9 but the technique has 2 steps",
        "knee-beyond-range       | poses[1].joints.knees  | leftKnee flex 170° is outside the human range 0° to 155°",
        "elbow-bent-backward     | poses[1].joints.elbows | flex -20° is outside the human range 0° to 150°",
        "under-the-floor         | poses[0]               | under the floor",
        "inside-a-prop           | poses[0]               | the pelvis is",
        "contact-apart           | poses[1].contacts[0]   | the left hand does not touch floor",
        "unknown-body-part       | poses[1].contacts[0].part | no body part \"TAIL\"",
        "unknown-contact-target  | poses[1].contacts[0].on   | no prop or body part \"sofa\"",
        "unknown-joint           | poses[1].joints.wing   | no joint \"wing\"",
        "other-technique         | technique              | names \"test-crack\", not \"test-stretch\"",
        "side-on-two-sided       | drawnSide              | only a technique done on each side",
        "unknown-prop            | props[0].kind          | unknown code \"TRAMPOLINE\"",
      })
  void rejectsABrokenDrawingNamingTechniqueFieldAndReason(
      String fixture, String field, String message) throws IOException {
    String text = fixture("illustrations-broken/" + fixture + ".json");

    assertThatThrownBy(() -> withDrawing(text))
        .isInstanceOf(InvalidCatalogException.class)
        .hasMessageContaining(DRAWING + "." + field + ": ")
        .hasMessageContaining(message);
  }

  @Test
  void insideAPropNamesHowDeepAndWhichProp() throws IOException {
    String text = fixture("illustrations-broken/inside-a-prop.json");

    assertThatThrownBy(() -> withDrawing(text))
        .hasMessageMatching("(?s).*the pelvis is \\d+\\.\\d cm inside the chair.*");
  }

  @Test
  void aCatalogThatMustBeDrawnRejectsATechniqueWithoutADrawing() throws IOException {
    IllustrationFiles required = new IllustrationFiles(id -> Optional.empty(), true, false);

    assertThatThrownBy(() -> CatalogReader.read("valid.json", fixture("valid.json"), required))
        .isInstanceOf(InvalidCatalogException.class)
        .hasMessageContaining("\"test-stretch\".illustration: no illustration file")
        .hasMessageContaining("\"test-crack\".illustration: no illustration file");
  }

  @Test
  void aDeferredDrawingIsCheckedTheFirstTimeItIsDrawn() throws IOException {
    String broken = fixture("illustrations-broken/knee-beyond-range.json");
    IllustrationFiles deferred =
        new IllustrationFiles(
            id -> Optional.ofNullable(Map.of("test-stretch", broken).get(id)), false, true);

    Catalog catalog = CatalogReader.read("valid.json", fixture("valid.json"), deferred);

    assertThatThrownBy(() -> catalog.require("test-stretch").findIllustration())
        .isInstanceOf(InvalidCatalogException.class)
        .hasMessageContaining("illustrations/test-stretch.json")
        .hasMessageContaining("poses[1].joints.knees: leftKnee flex 170°");
    assertThat(catalog.require("test-crack").findIllustration()).isEmpty();
  }

  @Test
  void theCatalogVersionChangesWithADrawing() throws IOException {
    String drawing = fixture("illustrations-valid.json");

    String before = withDrawing(drawing).version();
    String after = withDrawing(drawing.replace("\"elbows\": [0]", "\"elbows\": [10]")).version();

    assertThat(before).isNotEqualTo(after).isEqualTo(withDrawing(drawing).version());
  }

  private static Catalog withDrawing(String text) throws IOException {
    return CatalogReader.read(
        "valid.json", fixture("valid.json"), IllustrationFiles.of(Map.of("test-stretch", text)));
  }

  private static String fixture(String name) throws IOException {
    try (InputStream in = IllustrationReaderTest.class.getResourceAsStream("/catalog/" + name)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }
}

package dev.limber.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every technique shipped in the jar is drawn: each step, and both sides when one-sided. */
class ShippedIllustrationsTest {
  private static final Catalog CATALOG = Catalog.bundled();

  static Stream<Technique> techniques() {
    return CATALOG.techniques().stream();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("techniques")
  void everyStepHasAPose(Technique technique) {
    Illustration drawing = technique.findIllustration().orElseThrow();

    assertThat(drawing.steps())
        .containsExactlyElementsOf(
            IntStream.rangeClosed(1, technique.steps().size()).boxed().toList());
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("techniques")
  void aOneSidedTechniqueIsDrawnForBothSides(Technique technique) {
    Illustration drawing = technique.findIllustration().orElseThrow();

    if (technique.laterality() == Laterality.EACH_SIDE) {
      assertThat(drawing.sides()).containsExactlyInAnyOrder(BodySide.LEFT, BodySide.RIGHT);
    } else {
      assertThat(drawing.sides()).isEmpty();
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("techniques")
  void everyPoseCanBeTakenByAPerson(Technique technique) {
    Illustration drawing = technique.findIllustration().orElseThrow();

    assertThat(IllustrationChecks.problems(drawing)).isEmpty();
    for (Pose pose : drawing.poses()) {
      pose.angles().forEach((joint, angles) -> assertThat(joint.outOfRange(angles)).isEmpty());
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("techniques")
  void theJsonListsWhatCanBeDrawn(Technique technique) {
    Object json = ((java.util.Map<?, ?>) technique.toJson()).get("illustration");

    assertThat(json).isInstanceOf(java.util.Map.class);
    java.util.Map<?, ?> listing = (java.util.Map<?, ?>) json;
    assertThat((java.util.List<?>) listing.get("stills")).hasSize(technique.steps().size());
    assertThat(listing.get("animated")).isEqualTo(true);
    assertThat(((Number) listing.get("animationSeconds")).doubleValue()).isGreaterThan(5);
  }
}

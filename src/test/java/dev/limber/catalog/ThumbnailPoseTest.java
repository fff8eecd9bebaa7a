package dev.limber.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Each shipped technique's thumbnail shows the pose it holds, not where its last step ends. */
class ThumbnailPoseTest {
  private static final Catalog CATALOG = Catalog.bundled();

  static Stream<Technique> techniques() {
    return CATALOG.techniques().stream();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("techniques")
  void theThumbnailStepIsTheFirstHeldPose(Technique technique) {
    Illustration drawing = technique.findIllustration().orElseThrow();

    int step = drawing.holdStep();

    assertThat(drawing.stillOf(step).orElseThrow().phase()).isEqualTo(Phase.HOLD);
    for (int earlier = 1; earlier < step; earlier++) {
      assertThat(drawing.stillOf(earlier).orElseThrow().phase())
          .as("step %d comes before the hold", earlier)
          .isNotEqualTo(Phase.HOLD);
    }
    assertThat(step).as("a held pose, not the return").isLessThan(drawing.lastStep());
  }
}

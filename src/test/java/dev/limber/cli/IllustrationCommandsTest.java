package dev.limber.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.limber.catalog.Catalog;
import dev.limber.catalog.Illustration;
import dev.limber.catalog.Technique;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class IllustrationCommandsTest {

  @Test
  void techniqueSvgPrintsTheStillOfTheAskedStep() {
    CliRun run = CliRun.of("technique", "bridge", "--svg", "--step", "4");

    assertThat(run.exitCode()).isZero();
    assertThat(run.out()).startsWith("<svg").contains("Bridge — step 4 of 6").endsWith("</svg>\n");
  }

  @Test
  void withoutAStepTheStillShowsTheHeldPoseNotTheLastStep() {
    Illustration drawing =
        Catalog.bundled().require("upward-stretch").findIllustration().orElseThrow();
    int held = drawing.holdStep();

    CliRun run = CliRun.of("technique", "upward-stretch", "--svg");

    assertThat(held).isLessThan(drawing.lastStep());
    assertThat(run.exitCode()).isZero();
    assertThat(run.out())
        .contains("step " + held + " of ")
        .isEqualTo(
            CliRun.of("technique", "upward-stretch", "--svg", "--step", Integer.toString(held))
                .out());
  }

  @Test
  void animatedPrintsTheWholeMovement() {
    CliRun run = CliRun.of("technique", "wall-slide", "--svg", "--animated");

    assertThat(run.exitCode()).isZero();
    assertThat(run.out()).contains("<animate").contains("prefers-reduced-motion");
  }

  @Test
  void theOtherSideOfAOneSidedTechniqueSaysItIsMirrored() {
    CliRun left = CliRun.of("technique", "armchair-twist", "--svg", "--step", "4");
    CliRun right =
        CliRun.of("technique", "armchair-twist", "--svg", "--step", "4", "--side", "right");

    assertThat(left.out()).contains("left side").doesNotContain("Shown for the");
    assertThat(right.out()).contains("right side").contains("Shown for the right side");
  }

  @Test
  void aSideForATwoSidedTechniqueIsInvalidInput() {
    CliRun run = CliRun.of("technique", "bridge", "--svg", "--side", "left");

    assertThat(run.exitCode()).isEqualTo(ExitCode.INVALID_INPUT);
    assertThat(run.err()).contains("both sides at once");
    assertThat(run.out()).isEmpty();
  }

  @Test
  void aStepTheTechniqueLacksIsInvalidInput() {
    CliRun run = CliRun.of("technique", "bridge", "--svg", "--step", "9");

    assertThat(run.exitCode()).isEqualTo(ExitCode.INVALID_INPUT);
    assertThat(run.err()).contains("--step must be from 1 to 6, found 9");
  }

  @Test
  void drawingOptionsWithoutSvgAreInvalidInput() {
    CliRun run = CliRun.of("technique", "bridge", "--step", "2");

    assertThat(run.exitCode()).isEqualTo(ExitCode.INVALID_INPUT);
    assertThat(run.err()).contains("go with --svg");
  }

  @Test
  void illustrationsWritesEveryStillEveryAnimationAndAContactSheet(@TempDir Path folder)
      throws IOException {
    Path out = folder.resolve("drawings");

    CliRun run = CliRun.of("illustrations", "--out", out.toString());

    int expected = 0;
    for (Technique technique : Catalog.bundled().techniques()) {
      Illustration drawing = technique.findIllustration().orElseThrow();
      int sides = Math.max(1, drawing.sides().size());
      expected += sides * (drawing.steps().size() + 1);
    }
    assertThat(run.exitCode()).isZero();
    assertThat(run.out()).contains("Wrote " + expected + " SVG files");
    try (Stream<Path> files = Files.list(out)) {
      assertThat(files.filter(file -> file.toString().endsWith(".svg")).count())
          .isEqualTo(expected);
    }
    String index = Files.readString(out.resolve("index.html"));
    assertThat(index)
        .contains("src=\"armchair-twist-step4-right.svg\"")
        .contains("src=\"bridge-animated.svg\"")
        .contains(Catalog.bundled().require("bridge").steps().get(3));
    assertThat(out.resolve("seated-floor-rotation-left-animated.svg")).exists();
  }

  @Test
  void illustrationsNeedsAnOutDirectory() {
    CliRun run = CliRun.of("illustrations");

    assertThat(run.exitCode()).isEqualTo(ExitCode.INVALID_INPUT);
    assertThat(run.err()).contains("--out DIR is required");
  }
}

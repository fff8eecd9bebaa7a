package dev.limber.render.svg;

import dev.limber.catalog.BodySide;
import dev.limber.catalog.Catalog;
import dev.limber.catalog.Illustration;
import dev.limber.catalog.Technique;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Every drawing of the catalog (each still of each step and side, and each animation), the work
 * behind {@code limber illustrations}: aim under 100 ms for all of them, warm. Run with
 * bench/illustrations.sh.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class IllustrationBenchmark {
  private final SvgIllustrator illustrator = new SvgIllustrator();
  private final List<Technique> techniques = new ArrayList<>();

  @Setup
  public void setUp() {
    techniques.addAll(Catalog.bundled().techniques());
  }

  @Benchmark
  public long allStillsAndAnimations() {
    long characters = 0;
    for (Technique technique : techniques) {
      Illustration drawing = technique.findIllustration().orElseThrow();
      List<Optional<BodySide>> sides = new ArrayList<>();
      drawing.sides().forEach(side -> sides.add(Optional.of(side)));
      if (sides.isEmpty()) {
        sides.add(Optional.empty());
      }
      for (Optional<BodySide> side : sides) {
        for (int step : drawing.steps()) {
          characters += illustrator.still(technique, step, side).length();
        }
        characters += illustrator.animation(technique, side).length();
      }
    }
    return characters;
  }

  @Benchmark
  public long oneStill() {
    return illustrator.still(techniques.get(3), 4, Optional.empty()).length();
  }

  /** Reading the catalog and reading and checking all 19 drawing files, as a first drawing does. */
  @Benchmark
  public int loadCatalogWithDrawings() {
    int poses = 0;
    for (Technique technique : Catalog.bundled().techniques()) {
      poses += technique.findIllustration().orElseThrow().poses().size();
    }
    return poses;
  }
}

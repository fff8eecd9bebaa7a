package dev.limber.render.pdf;

import dev.limber.app.HandoutService;
import dev.limber.app.Paper;
import dev.limber.app.Person;
import dev.limber.app.Services;
import dev.limber.catalog.Catalog;
import dev.limber.catalog.Setting;
import dev.limber.json.Json;
import dev.limber.planning.Preferences;
import dev.limber.render.svg.SvgIllustrator;
import dev.limber.screening.RuleBook;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * A whole served handout, as {@code POST /api/handouts} makes it: screen, plan a 6-minute desk
 * routine, draw its steps and print the tagged PDF with its QR code. Aim under 300 ms warm. Run
 * with bench/handouts.sh.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class HandoutBenchmark {
  private HandoutService handouts;
  private Object answers;
  private final Preferences desk =
      new Preferences(6, Setting.DESK, Set.of(), false, null, 20_000, Set.of());

  @Setup
  public void setUp() throws Exception {
    Clock clock = Clock.systemUTC();
    Services services = Services.of(Catalog.bundled(), RuleBook.bundled(), clock);
    handouts =
        new HandoutService(
            services.planning(), new SvgIllustrator(), new PdfHandoutPrinter(), "bench", clock);
    try (var in = HandoutBenchmark.class.getResourceAsStream("/answers/clear.json")) {
      answers = Json.parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
    }
  }

  @Benchmark
  public int clearRoutineOnA4() {
    return handouts
        .print(
            Person.ANONYMOUS,
            answers,
            desk,
            Paper.A4,
            Optional.of("https://limber.example/plan?minutes=6&place=desk&seed=20000"))
        .document()
        .orElseThrow()
        .length;
  }
}

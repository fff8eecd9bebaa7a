package dev.limber.planning;

import dev.limber.catalog.Equipment;
import dev.limber.catalog.Setting;
import dev.limber.screening.Verdict;
import dev.limber.session.PlannedSession;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Planning plus timeline expansion, the work behind {@code limber plan} and {@code POST
 * /api/plans}: aim under 1 ms per plan. Run with bench/plan.sh.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class PlanBenchmark {
  /** A short desk break, and the largest routine: an hour at home with everything at hand. */
  @Param({"desk-10", "home-60"})
  public String shape;

  private Planner planner;
  private PlanRequest request;
  private long seed;

  @Setup
  public void setUp() {
    planner = new Planner(Screenings.CATALOG);
    Preferences preferences =
        shape.equals("desk-10")
            ? new Preferences(
                10, Setting.DESK, EnumSet.of(Equipment.CHAIR), true, null, 1, Set.of())
            : new Preferences(
                60, Setting.HOME, EnumSet.allOf(Equipment.class), true, null, 1, Set.of());
    request =
        new PlanRequest(
            Screenings.allowing(Verdict.CLEAR, Set.of()),
            preferences,
            new RecentHistory(false, Map.of("upward-stretch", 2, "wall-slide", 1)));
  }

  @Benchmark
  public PlannedSession planAndExpand() {
    // A new seed each call, so no two plans are alike and nothing is cached by accident.
    Preferences preferences = request.preferences();
    PlanRequest varied =
        new PlanRequest(
            request.screening(),
            new Preferences(
                preferences.minutes(),
                preferences.place(),
                preferences.equipment(),
                preferences.crackWanted(),
                preferences.focus(),
                seed++,
                preferences.enabledOnRequest()),
            request.history());
    return PlannedSession.of(planner.plan(varied));
  }
}

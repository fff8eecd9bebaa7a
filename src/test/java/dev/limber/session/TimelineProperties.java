package dev.limber.session;

import static org.assertj.core.api.Assertions.assertThat;

import dev.limber.catalog.Equipment;
import dev.limber.catalog.Setting;
import dev.limber.planning.Plan;
import dev.limber.planning.PlanRequest;
import dev.limber.planning.Planner;
import dev.limber.planning.Preferences;
import dev.limber.planning.RecentHistory;
import dev.limber.planning.Screenings;
import java.util.Set;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

class TimelineProperties {
  private final Planner planner = new Planner(Screenings.CATALOG);

  @Property
  void segmentsAddUpExactlyToTheRoutineWithinTheMinutes(
      @ForAll @IntRange(min = 1, max = 60) int minutes,
      @ForAll Setting place,
      @ForAll Set<Equipment> equipment,
      @ForAll boolean crack,
      @ForAll long seed) {
    Plan plan =
        planner.plan(
            new PlanRequest(
                Screenings.clear(),
                new Preferences(minutes, place, equipment, crack, null, seed, Set.of()),
                RecentHistory.NONE));

    plan.findRoutine()
        .ifPresent(
            routine -> {
              Timeline timeline = Timeline.expand(routine);
              int sum = timeline.segments().stream().mapToInt(Segment::seconds).sum();
              assertThat(sum).isEqualTo(routine.totalSeconds());
              assertThat(sum).isLessThanOrEqualTo(minutes * 60);
              assertThat(timeline.segments().get(0).kind()).isEqualTo(SegmentKind.PAIN_CHECK);
              assertThat(timeline.segments().get(timeline.segments().size() - 1).kind())
                  .isEqualTo(SegmentKind.PAIN_CHECK);
            });
  }
}

package dev.limber.session;

import static org.assertj.core.api.Assertions.assertThat;

import dev.limber.planning.Pacing;
import dev.limber.planning.Routine;
import dev.limber.planning.RoutineStep;
import dev.limber.planning.Screenings;
import java.util.List;
import org.junit.jupiter.api.Test;

class TimelineTest {
  static Routine routine(String... ids) {
    return new Routine(
        java.util.Arrays.stream(ids)
            .map(id -> RoutineStep.smallest(Screenings.CATALOG.require(id)))
            .toList());
  }

  @Test
  void expandsAOneSidedHoldIntoBothSidesWithRestsAndASwitch() {
    Timeline timeline = Timeline.expand(routine("armchair-twist"));

    assertThat(timeline.segments())
        .extracting(Segment::kind, Segment::side, Segment::rep, Segment::seconds)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(SegmentKind.PAIN_CHECK, null, null, 5),
            org.assertj.core.groups.Tuple.tuple(SegmentKind.GET_READY, null, null, 10),
            org.assertj.core.groups.Tuple.tuple(SegmentKind.HOLD, Side.LEFT, 1, 10),
            org.assertj.core.groups.Tuple.tuple(SegmentKind.REST, Side.LEFT, null, 5),
            org.assertj.core.groups.Tuple.tuple(SegmentKind.HOLD, Side.LEFT, 2, 10),
            org.assertj.core.groups.Tuple.tuple(SegmentKind.SWITCH_SIDES, Side.RIGHT, null, 5),
            org.assertj.core.groups.Tuple.tuple(SegmentKind.HOLD, Side.RIGHT, 1, 10),
            org.assertj.core.groups.Tuple.tuple(SegmentKind.REST, Side.RIGHT, null, 5),
            org.assertj.core.groups.Tuple.tuple(SegmentKind.HOLD, Side.RIGHT, 2, 10),
            org.assertj.core.groups.Tuple.tuple(SegmentKind.PAIN_CHECK, null, null, 5));
    assertThat(timeline.totalSeconds()).isEqualTo(75);
  }

  @Test
  void givesASelfCrackTechniqueOneSlowAttemptAfterTheStretches() {
    Timeline timeline = Timeline.expand(routine("butterfly-elbows", "chair-back-extension"));

    List<Segment> segments = timeline.segments();
    assertThat(segments).filteredOn(s -> s.kind() == SegmentKind.CRACK_ATTEMPT).hasSize(1);
    assertThat(segments.get(segments.size() - 2).kind()).isEqualTo(SegmentKind.CRACK_ATTEMPT);
    assertThat(timeline.isSelfCrack(segments.size() - 2)).isTrue();
    assertThat(timeline.isSelfCrack(2)).isFalse();
  }

  @Test
  void countedRepetitionsAndContinuousWorkAreOneSegmentEach() {
    Timeline timeline =
        Timeline.expand(routine("rocking-knees-to-chest", "upper-back-self-massage"));

    assertThat(timeline.segments())
        .filteredOn(s -> s.kind() == SegmentKind.REPETITIONS || s.kind() == SegmentKind.CONTINUOUS)
        .extracting(Segment::kind, Segment::seconds)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(SegmentKind.REPETITIONS, 5 * 4),
            org.assertj.core.groups.Tuple.tuple(SegmentKind.CONTINUOUS, 60));
  }

  @Test
  void writesTheSegmentFieldsOfThePlanJson() {
    Segment hold = Timeline.expand(routine("armchair-twist")).segments().get(2);

    assertThat(dev.limber.json.Json.write(hold))
        .isEqualTo(
            "{\"kind\":\"HOLD\",\"label\":\"Hold: Armchair twist, left side, 1 of 2\","
                + "\"seconds\":10,\"techniqueId\":\"armchair-twist\",\"side\":\"LEFT\",\"rep\":1}");
  }

  @Test
  void pacingConstantsAreWhatTheFittingAssumes() {
    assertThat(Pacing.stepSeconds(dev.limber.catalog.DoseKind.HOLD, 10, 2, 2)).isEqualTo(65);
  }
}

package dev.limber.render.html;

import static org.assertj.core.api.Assertions.assertThat;

import dev.limber.journal.Insights;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The geometry of the insights charts: where values land, and what a reader hears for each. */
class ChartsTest {
  private static final LocalDate TODAY = LocalDate.of(2026, 11, 30);

  @Test
  void painTrendPutsTodayAtTheRightEdgeAndPainTenAtTheTop() {
    PainTrendChart chart =
        PainTrendChart.of(
            List.of(
                new Insights.PainPoint(TODAY.minusDays(89), new BigDecimal("0.0"), 1),
                new Insights.PainPoint(TODAY, new BigDecimal("10.0"), 2)),
            TODAY);

    assertThat(chart.dots()).hasSize(2);
    assertThat(chart.dots().get(0).x()).isEqualTo(PainTrendChart.LEFT);
    assertThat(chart.dots().get(0).y()).isEqualTo(chart.plotBottom());
    assertThat(chart.dots().get(1).x()).isEqualTo(chart.plotRight());
    assertThat(chart.dots().get(1).y()).isEqualTo(PainTrendChart.TOP);
    assertThat(chart.dots().get(1).text()).isEqualTo("30 Nov: pain 10.0 (2 readings)");
    assertThat(chart.yTicks())
        .extracting(PainTrendChart.Tick::label)
        .containsExactly("0", "2", "4", "6", "8", "10");
    assertThat(chart.xTicks().get(chart.xTicks().size() - 1).label()).isEqualTo("today");
    assertThat(chart.line()).isEqualTo("30.0,190.0 390.0,10.0");
  }

  @Test
  void aYearsTrendWithTwoWeeksOfScoresStartsItsAxisAtTheFirstScore() {
    List<Insights.PainPoint> fortnight = new java.util.ArrayList<>();
    for (int day = 13; day >= 0; day--) {
      fortnight.add(new Insights.PainPoint(TODAY.minusDays(day), new BigDecimal("3.0"), 1));
    }

    PainTrendChart chart = PainTrendChart.of(fortnight, TODAY, 365);

    assertThat(chart.from()).isEqualTo(TODAY.minusDays(13));
    assertThat(chart.dots().get(0).x()).isEqualTo(PainTrendChart.LEFT);
    assertThat(chart.dots().get(13).x()).isEqualTo(chart.plotRight());
    double spacing = chart.dots().get(1).x() - chart.dots().get(0).x();
    assertThat(spacing).as("a day is a readable step").isGreaterThan(20);
    assertThat(chart.xTicks()).hasSizeBetween(3, 6);
    assertThat(chart.xTicks().get(0).label()).isEqualTo("17 Nov");
    for (int index = 1; index < chart.xTicks().size(); index++) {
      assertThat(chart.xTicks().get(index).at() - chart.xTicks().get(index - 1).at())
          .as("labels do not overlap")
          .isGreaterThan(50);
    }
  }

  @Test
  void aTrendOfOneDaySpansAWeekSoTheDotIsNotOnTheAxis() {
    PainTrendChart chart =
        PainTrendChart.of(
            List.of(new Insights.PainPoint(TODAY, new BigDecimal("2.0"), 1)), TODAY, 30);

    assertThat(chart.from()).isEqualTo(TODAY.minusDays(PainTrendChart.MIN_SPAN_DAYS));
    assertThat(chart.dots().get(0).x()).isEqualTo(chart.plotRight());
  }

  @Test
  void aTrendWithScoresFromTheRangesFirstDaySpansTheWholeRange() {
    PainTrendChart chart =
        PainTrendChart.of(
            List.of(
                new Insights.PainPoint(TODAY.minusDays(364), new BigDecimal("5.0"), 1),
                new Insights.PainPoint(TODAY, new BigDecimal("2.0"), 1)),
            TODAY,
            365);

    assertThat(chart.from()).isEqualTo(TODAY.minusDays(364));
    assertThat(chart.xTicks()).hasSizeBetween(4, 6);
    assertThat(chart.xTicks().get(chart.xTicks().size() - 1).label()).isEqualTo("today");
  }

  @Test
  void aYearOfWeeksStartsAtTheFirstWeekWithASessionAndLabelsAboutSixWeeks() {
    List<Insights.WeekCount> year = new java.util.ArrayList<>();
    LocalDate monday = LocalDate.of(2025, 12, 1);
    for (int week = 0; week < 53; week++) {
      year.add(new Insights.WeekCount(monday.plusWeeks(week), week >= 51 ? 2 : 0));
    }
    List<Insights.WeekCount> busyYear = new java.util.ArrayList<>(year);
    busyYear.set(0, new Insights.WeekCount(monday, 1));

    WeeklyChart recent = WeeklyChart.of(year);
    WeeklyChart whole = WeeklyChart.of(busyYear);

    assertThat(recent.bars()).hasSize(WeeklyChart.MIN_WEEKS);
    assertThat(whole.bars()).hasSize(53);
    assertThat(whole.bars().stream().filter(bar -> bar.label() != null).count()).isBetween(5L, 7L);
    assertThat(whole.bars().get(52).label()).as("this week is labelled").isNotNull();
  }

  @Test
  void painTrendLeavesOutDaysBeforeItsWindow() {
    PainTrendChart chart =
        PainTrendChart.of(
            List.of(new Insights.PainPoint(TODAY.minusDays(90), new BigDecimal("3.0"), 1)), TODAY);

    assertThat(chart.isEmpty()).isTrue();
  }

  @Test
  void reliefBarsGoLeftOfZeroForLessPainOnAScaleSymmetricAroundZero() {
    ReliefChart chart =
        ReliefChart.of(
            List.of(
                new Insights.TechniqueRelief("wall-slide", 3, new BigDecimal("-2.5")),
                new Insights.TechniqueRelief("other", 1, new BigDecimal("1.0"))),
            Map.of("wall-slide", "Wall slide"));

    assertThat(chart.scale()).isEqualTo(3);
    ReliefChart.Bar relief = chart.bars().get(0);
    ReliefChart.Bar worse = chart.bars().get(1);
    assertThat(relief.label()).isEqualTo("Wall slide");
    assertThat(relief.relief()).isTrue();
    assertThat(relief.x() + relief.width()).isEqualTo(chart.zero());
    assertThat(relief.change()).isEqualTo("\u22122.5");
    assertThat(worse.label()).isEqualTo("other");
    assertThat(worse.relief()).isFalse();
    assertThat(worse.x()).isEqualTo(chart.zero());
    assertThat(worse.change()).isEqualTo("+1.0");
    assertThat(worse.width()).isLessThan(relief.width());
  }

  @Test
  void weeklyBarsAreAsTallAsTheirCountAndTheAxisCountsInWholeSessions() {
    WeeklyChart chart =
        WeeklyChart.of(
            List.of(
                new Insights.WeekCount(TODAY.minusWeeks(1), 0), new Insights.WeekCount(TODAY, 8)));

    assertThat(chart.total()).isEqualTo(8);
    assertThat(chart.bars().get(0).height()).isZero();
    assertThat(chart.bars().get(1).y()).isEqualTo(WeeklyChart.TOP);
    assertThat(chart.bars().get(1).text()).isEqualTo("Week of 30 Nov: 8 sessions");
    assertThat(chart.yTicks())
        .extracting(PainTrendChart.Tick::label)
        .containsExactly("0", "2", "4", "6", "8");
  }

  @Test
  void aWaitReadsInWholeUnitsRoundedUp() {
    assertThat(JournalWords.wait(java.time.Duration.ofSeconds(1))).isEqualTo("1 second");
    assertThat(JournalWords.wait(java.time.Duration.ofSeconds(61))).isEqualTo("2 minutes");
    assertThat(JournalWords.wait(java.time.Duration.ofMinutes(15))).isEqualTo("15 minutes");
  }
}

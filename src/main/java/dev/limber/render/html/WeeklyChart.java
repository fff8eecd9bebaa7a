package dev.limber.render.html;

import dev.limber.journal.Insights;
import java.util.ArrayList;
import java.util.List;

/**
 * The geometry of the sessions-per-week chart: one bar per week (oldest first) from the first week
 * with a session (four weeks at least), with whole-number ticks on the count axis and about six
 * week labels whatever the range. Drawn by {@code journal/weekly-chart.jte}.
 */
public record WeeklyChart(List<Bar> bars, List<PainTrendChart.Tick> yTicks, int total) {
  public static final int WIDTH = 400;
  public static final int HEIGHT = 200;
  public static final int LEFT = 30;
  public static final int RIGHT = 10;
  public static final int TOP = 10;
  public static final int BOTTOM = 30;

  public WeeklyChart {
    bars = List.copyOf(bars);
    yTicks = List.copyOf(yTicks);
  }

  /** One week's bar, its label when the axis shows one, and what a reader hears for it. */
  public record Bar(double x, double y, double width, double height, String label, String text) {
    public double labelX() {
      return x + width / 2;
    }
  }

  /** The fewest weeks shown when the first session is recent. */
  static final int MIN_WEEKS = 4;

  public static WeeklyChart of(List<Insights.WeekCount> allWeeks) {
    int first = 0;
    while (first < allWeeks.size() - MIN_WEEKS && allWeeks.get(first).sessions() == 0) {
      first++;
    }
    List<Insights.WeekCount> weeks = allWeeks.subList(first, allWeeks.size());
    int labelEvery = Math.max(1, (weeks.size() + 5) / 6);
    int most = weeks.stream().mapToInt(Insights.WeekCount::sessions).max().orElse(0);
    int step = Math.max(1, (int) Math.ceil(Math.max(most, 4) / 4.0));
    int top = step * 4;
    double plotHeight = HEIGHT - TOP - BOTTOM;
    double band = (WIDTH - LEFT - RIGHT) / (double) Math.max(1, weeks.size());
    List<Bar> bars = new ArrayList<>();
    int total = 0;
    for (int index = 0; index < weeks.size(); index++) {
      Insights.WeekCount week = weeks.get(index);
      total += week.sessions();
      double height = week.sessions() / (double) top * plotHeight;
      String day = PainTrendChart.DAY.format(week.weekStart());
      bars.add(
          new Bar(
              LEFT + index * band + band * 0.15,
              TOP + plotHeight - height,
              band * 0.7,
              height,
              (weeks.size() - 1 - index) % labelEvery == 0 ? day : null,
              "Week of "
                  + day
                  + ": "
                  + week.sessions()
                  + (week.sessions() == 1 ? " session" : " sessions")));
    }
    List<PainTrendChart.Tick> ticks = new ArrayList<>();
    for (int count = 0; count <= top; count += step) {
      ticks.add(
          new PainTrendChart.Tick(
              TOP + plotHeight - count / (double) top * plotHeight, Integer.toString(count)));
    }
    return new WeeklyChart(bars, ticks, total);
  }

  public double plotBottom() {
    return HEIGHT - BOTTOM;
  }

  public double plotRight() {
    return WIDTH - RIGHT;
  }
}

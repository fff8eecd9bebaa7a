package dev.limber.render.html;

import dev.limber.journal.Insights;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * The geometry of the pain trend chart: the daily mean pain (0–10) of the chosen last days up to
 * today, as dots joined by a line, with the axes' ticks. The axis starts at the first day with a
 * score when that is later (a week at least), so a fortnight of scores is not squeezed into the
 * right edge of a year. Drawn by {@code journal/pain-chart.jte}; coordinates are in the chart's own
 * viewBox.
 */
public record PainTrendChart(
    LocalDate from, LocalDate to, List<Dot> dots, List<Tick> xTicks, List<Tick> yTicks) {
  public static final int WIDTH = 400;
  public static final int HEIGHT = 220;
  public static final int LEFT = 30;
  public static final int RIGHT = 10;
  public static final int TOP = 10;
  public static final int BOTTOM = 30;
  static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM", Locale.ENGLISH);

  public PainTrendChart {
    dots = List.copyOf(dots);
    xTicks = List.copyOf(xTicks);
    yTicks = List.copyOf(yTicks);
  }

  /** One day's mean pain at its place on the chart, with what a reader hears for it. */
  public record Dot(double x, double y, String text) {}

  /** A tick on an axis: where, and its label. */
  public record Tick(double at, String label) {}

  /** The chart of the last {@link Insights#TREND_DAYS} days. */
  public static PainTrendChart of(List<Insights.PainPoint> trend, LocalDate today) {
    return of(trend, today, Insights.TREND_DAYS);
  }

  /** The chart of the last {@code days} days, today included. */
  public static PainTrendChart of(List<Insights.PainPoint> trend, LocalDate today, int days) {
    LocalDate rangeStart = today.minusDays(days - 1L);
    List<Insights.PainPoint> shown =
        trend.stream()
            .filter(point -> !point.date().isBefore(rangeStart) && !point.date().isAfter(today))
            .toList();
    LocalDate from = rangeStart;
    if (!shown.isEmpty() && shown.get(0).date().isAfter(rangeStart)) {
      LocalDate aWeek = today.minusDays(MIN_SPAN_DAYS);
      from = shown.get(0).date().isBefore(aWeek) ? shown.get(0).date() : aWeek;
      from = from.isBefore(rangeStart) ? rangeStart : from;
    }
    long span = Math.max(1, ChronoUnit.DAYS.between(from, today));
    List<Dot> dots = new ArrayList<>();
    for (Insights.PainPoint point : shown) {
      dots.add(
          new Dot(
              x(from, span, point.date()),
              y(point.pain().doubleValue()),
              DAY.format(point.date())
                  + ": pain "
                  + point.pain().toPlainString()
                  + (point.readings() == 1
                      ? " (1 reading)"
                      : " (" + point.readings() + " readings)")));
    }
    int step = tickStep(span);
    List<Tick> xTicks = new ArrayList<>();
    for (long day = 0; day <= span - step / 2.0 - 0.5 || day == 0; day += step) {
      LocalDate date = from.plusDays(day);
      xTicks.add(new Tick(x(from, span, date), DAY.format(date)));
    }
    xTicks.add(new Tick(x(from, span, today), "today"));
    List<Tick> yTicks = new ArrayList<>();
    for (int pain = 0; pain <= 10; pain += 2) {
      yTicks.add(new Tick(y(pain), Integer.toString(pain)));
    }
    return new PainTrendChart(from, today, dots, xTicks, yTicks);
  }

  /** The fewest days the axis spans, so a few days of scores still read as days apart. */
  static final int MIN_SPAN_DAYS = 6;

  /** Days between date labels: the smallest round step giving at most five labels. */
  private static int tickStep(long span) {
    for (int step : new int[] {1, 2, 7, 14, 30, 61, 91, 182}) {
      if (span / step <= 4) {
        return step;
      }
    }
    return 365;
  }

  public boolean isEmpty() {
    return dots.isEmpty();
  }

  /** The dots as an SVG polyline's points. */
  public String line() {
    return dots.stream()
        .map(dot -> round(dot.x()) + "," + round(dot.y()))
        .collect(Collectors.joining(" "));
  }

  public String fromLabel() {
    return DAY.format(from);
  }

  public double plotBottom() {
    return HEIGHT - BOTTOM;
  }

  public double plotRight() {
    return WIDTH - RIGHT;
  }

  private static double x(LocalDate from, long span, LocalDate date) {
    double share = ChronoUnit.DAYS.between(from, date) / (double) span;
    return LEFT + share * (WIDTH - LEFT - RIGHT);
  }

  private static double y(double pain) {
    return TOP + (10 - pain) / 10.0 * (HEIGHT - TOP - BOTTOM);
  }

  static String round(double value) {
    return Double.toString(Math.round(value * 10) / 10.0);
  }
}

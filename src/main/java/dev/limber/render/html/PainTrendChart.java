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
 * The geometry of the pain trend chart: the daily mean pain (0–10) of the last {@link
 * Insights#TREND_DAYS} days up to today, as dots joined by a line, with the axes' ticks. Drawn by
 * {@code journal/pain-chart.jte}; coordinates are in the chart's own viewBox.
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

  public static PainTrendChart of(List<Insights.PainPoint> trend, LocalDate today) {
    return of(trend, today, Insights.TREND_DAYS);
  }

  /** The chart over the last {@code days} days up to today (a clinician's 30, 90 or 365). */
  public static PainTrendChart of(List<Insights.PainPoint> trend, LocalDate today, int days) {
    if (days < 2) {
      throw new IllegalArgumentException("a trend needs at least 2 days: " + days);
    }
    LocalDate from = today.minusDays(days - 1L);
    List<Dot> dots = new ArrayList<>();
    for (Insights.PainPoint point : trend) {
      if (point.date().isBefore(from) || point.date().isAfter(today)) {
        continue;
      }
      dots.add(
          new Dot(
              x(from, point.date(), days),
              y(point.pain().doubleValue()),
              DAY.format(point.date())
                  + ": pain "
                  + point.pain().toPlainString()
                  + (point.readings() == 1
                      ? " (1 reading)"
                      : " (" + point.readings() + " readings)")));
    }
    List<Tick> xTicks = new ArrayList<>();
    // A tick every third of the range: every 30 days over the journal's 90.
    int step = Math.max(1, days / 3);
    for (int day = 0; day + step / 2 < days; day += step) {
      LocalDate date = from.plusDays(day);
      xTicks.add(new Tick(x(from, date, days), DAY.format(date)));
    }
    xTicks.add(new Tick(x(from, today, days), "today"));
    List<Tick> yTicks = new ArrayList<>();
    for (int pain = 0; pain <= 10; pain += 2) {
      yTicks.add(new Tick(y(pain), Integer.toString(pain)));
    }
    return new PainTrendChart(from, today, dots, xTicks, yTicks);
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

  private static double x(LocalDate from, LocalDate date, int days) {
    double share = ChronoUnit.DAYS.between(from, date) / (double) (days - 1);
    return LEFT + share * (WIDTH - LEFT - RIGHT);
  }

  private static double y(double pain) {
    return TOP + (10 - pain) / 10.0 * (HEIGHT - TOP - BOTTOM);
  }

  static String round(double value) {
    return Double.toString(Math.round(value * 10) / 10.0);
  }
}

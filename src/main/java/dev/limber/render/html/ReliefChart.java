package dev.limber.render.html;

import dev.limber.journal.Insights;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The geometry of the relief chart: one bar per technique from zero to its mean change in pain
 * (after minus before; left of zero is relief), on a scale symmetric around zero. Drawn by {@code
 * journal/relief-chart.jte}.
 */
public record ReliefChart(int scale, List<Bar> bars) {
  public static final int WIDTH = 400;
  public static final int LEFT = 10;
  public static final int RIGHT = 10;
  public static final int TOP = 6;
  public static final int ROW = 50;
  public static final int AXIS = 44;

  public ReliefChart {
    if (scale < 1) {
      throw new IllegalArgumentException("scale < 1: " + scale);
    }
    bars = List.copyOf(bars);
  }

  /** One technique's row: its label, the bar's left edge and width, and whether it relieved. */
  public record Bar(
      String label,
      String change,
      int sessions,
      double top,
      double x,
      double width,
      boolean relief) {
    public double labelY() {
      return top + 16;
    }

    public double barY() {
      return top + 24;
    }

    /** The value is written beside the zero line, on the side away from the bar. */
    public double valueX(double zero) {
      return relief ? zero + 6 : zero - 6;
    }

    public String valueAnchor() {
      return relief ? "start" : "end";
    }
  }

  /** {@code names} gives each technique id its name; an unknown id is shown as it is. */
  public static ReliefChart of(List<Insights.TechniqueRelief> relief, Map<String, String> names) {
    int scale = 1;
    for (Insights.TechniqueRelief technique : relief) {
      scale = Math.max(scale, (int) Math.ceil(technique.meanChange().abs().doubleValue()));
    }
    List<Bar> bars = new ArrayList<>();
    double half = (WIDTH - LEFT - RIGHT) / 2.0;
    double zero = LEFT + half;
    for (int row = 0; row < relief.size(); row++) {
      Insights.TechniqueRelief technique = relief.get(row);
      double change = technique.meanChange().doubleValue();
      double end = zero + change / scale * half;
      // A change of zero still shows as a sliver, so the row does not look empty.
      double width = Math.max(2, Math.abs(end - zero));
      bars.add(
          new Bar(
              names.getOrDefault(technique.techniqueId(), technique.techniqueId()),
              signed(technique.meanChange()),
              technique.sessions(),
              TOP + row * (double) ROW,
              change < 0 ? end : (change == 0 ? zero - 1 : zero),
              width,
              change < 0));
    }
    return new ReliefChart(scale, bars);
  }

  public boolean isEmpty() {
    return bars.isEmpty();
  }

  public int height() {
    return TOP + bars.size() * ROW + AXIS;
  }

  public double zero() {
    return LEFT + (WIDTH - LEFT - RIGHT) / 2.0;
  }

  public double axisY() {
    return TOP + bars.size() * (double) ROW + 4;
  }

  public double plotLeft() {
    return LEFT;
  }

  public double plotRight() {
    return WIDTH - RIGHT;
  }

  /** {@code -1.5}, {@code 0} or {@code +2.0}, with a real minus sign. */
  public static String signed(BigDecimal change) {
    String plain = change.abs().toPlainString();
    return change.signum() < 0 ? "\u2212" + plain : change.signum() > 0 ? "+" + plain : plain;
  }
}

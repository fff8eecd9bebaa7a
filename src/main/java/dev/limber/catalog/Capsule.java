package dev.limber.catalog;

/** A segment with a radius, in centimetres: a limb, the trunk or (when both ends meet) the head. */
public record Capsule(Point from, Point to, double radius) {
  public Capsule {
    if (!(radius > 0)) {
      throw new IllegalArgumentException("radius must be above 0: " + radius);
    }
  }

  public Point middle() {
    return from.toward(to, 0.5);
  }

  /** Points along the axis no more than about four centimetres apart, both ends included. */
  public Point[] samples() {
    double length = to.minus(from).length();
    int count = Math.max(1, (int) Math.ceil(length / 4));
    Point[] points = new Point[count + 1];
    for (int index = 0; index <= count; index++) {
      points[index] = from.toward(to, (double) index / count);
    }
    return points;
  }

  /** The gap between the surfaces of two capsules; negative when they overlap. */
  public double gapTo(Capsule other) {
    double nearest = Double.MAX_VALUE;
    for (Point point : samples()) {
      nearest = Math.min(nearest, other.axisDistance(point));
    }
    for (Point point : other.samples()) {
      nearest = Math.min(nearest, axisDistance(point));
    }
    return nearest - radius - other.radius;
  }

  /** The distance from a point to this capsule's axis. */
  public double axisDistance(Point point) {
    Point axis = to.minus(from);
    double lengthSquared = axis.dot(axis);
    double t = lengthSquared == 0 ? 0 : point.minus(from).dot(axis) / lengthSquared;
    t = Math.max(0, Math.min(1, t));
    return point.minus(from.toward(to, t)).length();
  }

  Capsule moved(Point offset) {
    return new Capsule(from.plus(offset), to.plus(offset), radius);
  }
}

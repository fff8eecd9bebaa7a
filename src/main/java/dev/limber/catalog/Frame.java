package dev.limber.catalog;

/**
 * A position and orientation in the world: an origin and the world directions of the local forward
 * (x), up (y) and right (z) axes. Rotations turn the local axes in place.
 */
record Frame(Point origin, Point forward, Point up, Point right) {
  static final Frame WORLD =
      new Frame(Point.ORIGIN, new Point(1, 0, 0), new Point(0, 1, 0), new Point(0, 0, 1));

  /** The world point at local coordinates (forward, up, right). */
  Point at(double forwardCm, double upCm, double rightCm) {
    return origin.plus(forward.times(forwardCm)).plus(up.times(upCm)).plus(right.times(rightCm));
  }

  Frame movedTo(Point newOrigin) {
    return new Frame(newOrigin, forward, up, right);
  }

  /** Turns up toward forward by {@code degrees} (about the right axis). */
  Frame pitched(double degrees) {
    double angle = Math.toRadians(degrees);
    double cos = Math.cos(angle);
    double sin = Math.sin(angle);
    return new Frame(
        origin,
        forward.times(cos).minus(up.times(sin)),
        up.times(cos).plus(forward.times(sin)),
        right);
  }

  /** Turns up toward right by {@code degrees} (about the forward axis). */
  Frame rolled(double degrees) {
    double angle = Math.toRadians(degrees);
    double cos = Math.cos(angle);
    double sin = Math.sin(angle);
    return new Frame(
        origin,
        forward,
        up.times(cos).plus(right.times(sin)),
        right.times(cos).minus(up.times(sin)));
  }

  /** Turns forward toward right by {@code degrees} (about the up axis). */
  Frame yawed(double degrees) {
    double angle = Math.toRadians(degrees);
    double cos = Math.cos(angle);
    double sin = Math.sin(angle);
    return new Frame(
        origin,
        forward.times(cos).plus(right.times(sin)),
        up,
        right.times(cos).minus(forward.times(sin)));
  }
}

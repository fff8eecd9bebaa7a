package dev.limber.catalog;

/**
 * A point or direction in the illustration world, in centimetres: x toward where the figure faces
 * at rest, y up from the floor, z toward the figure's right.
 */
public record Point(double x, double y, double z) {
  public static final Point ORIGIN = new Point(0, 0, 0);

  public Point plus(Point other) {
    return new Point(x + other.x, y + other.y, z + other.z);
  }

  public Point minus(Point other) {
    return new Point(x - other.x, y - other.y, z - other.z);
  }

  public Point times(double factor) {
    return new Point(x * factor, y * factor, z * factor);
  }

  public double dot(Point other) {
    return x * other.x + y * other.y + z * other.z;
  }

  public Point cross(Point other) {
    return new Point(
        y * other.z - z * other.y, z * other.x - x * other.z, x * other.y - y * other.x);
  }

  public double length() {
    return Math.sqrt(dot(this));
  }

  public Point normalized() {
    double length = length();
    return length == 0 ? this : times(1 / length);
  }

  /** The point a fraction {@code t} of the way from here to {@code other}. */
  public Point toward(Point other, double t) {
    return new Point(x + (other.x - x) * t, y + (other.y - y) * t, z + (other.z - z) * t);
  }
}

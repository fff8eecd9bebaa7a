package dev.limber.catalog;

/** A simple solid that makes up a prop, with its signed distance (negative inside), in cm. */
public sealed interface Solid {
  double distance(Point point);

  /**
   * How far a ball of {@code radius} at {@code point} can fall straight down before it lands on
   * this solid; NaN when it would miss it or is already below its top.
   */
  double fallOnto(Point point, double radius);

  private static double landing(double height, double horizontalGap, double reach) {
    if (horizontalGap >= reach) {
      return Double.NaN;
    }
    double fall = height - Math.sqrt(reach * reach - horizontalGap * horizontalGap);
    return fall >= -1 ? fall : Double.NaN;
  }

  /** A box of half-extents along its own forward, up and right axes, turned by {@code yaw}. */
  record Box(Point centre, Point halfSize, double yaw) implements Solid {
    public Point forwardAxis() {
      double radians = Math.toRadians(yaw);
      return new Point(Math.cos(radians), 0, Math.sin(radians));
    }

    public Point rightAxis() {
      double radians = Math.toRadians(yaw);
      return new Point(-Math.sin(radians), 0, Math.cos(radians));
    }

    /** A corner: each sign is -1 or 1 along forward, up and right. */
    public Point corner(int forwardSign, int upSign, int rightSign) {
      return centre
          .plus(forwardAxis().times(forwardSign * halfSize.x()))
          .plus(new Point(0, upSign * halfSize.y(), 0))
          .plus(rightAxis().times(rightSign * halfSize.z()));
    }

    @Override
    public double distance(Point point) {
      Point offset = point.minus(centre);
      double qx = Math.abs(offset.dot(forwardAxis())) - halfSize.x();
      double qy = Math.abs(offset.y()) - halfSize.y();
      double qz = Math.abs(offset.dot(rightAxis())) - halfSize.z();
      double outside = new Point(Math.max(qx, 0), Math.max(qy, 0), Math.max(qz, 0)).length();
      return outside + Math.min(Math.max(qx, Math.max(qy, qz)), 0);
    }

    @Override
    public double fallOnto(Point point, double radius) {
      Point offset = point.minus(centre);
      double outsideX = Math.max(Math.abs(offset.dot(forwardAxis())) - halfSize.x(), 0);
      double outsideZ = Math.max(Math.abs(offset.dot(rightAxis())) - halfSize.z(), 0);
      double gap = Math.sqrt(outsideX * outsideX + outsideZ * outsideZ);
      return landing(offset.y() - halfSize.y(), gap, radius);
    }
  }

  /** A cylinder between two end centres. */
  record Cylinder(Point from, Point to, double radius) implements Solid {
    @Override
    public double distance(Point point) {
      return new Capsule(from, to, radius).axisDistance(point) - radius;
    }

    @Override
    public double fallOnto(Point point, double ballRadius) {
      Point axis = to.minus(from);
      Point flat = new Point(axis.x(), 0, axis.z());
      double along = point.minus(from).dot(flat) / flat.dot(flat);
      if (along < 0 || along > 1) {
        return Double.NaN;
      }
      Point centre = from.toward(to, along);
      Point across = new Point(point.x() - centre.x(), 0, point.z() - centre.z());
      return landing(point.y() - centre.y(), across.length(), radius + ballRadius);
    }
  }

  /** A ball. */
  record Ball(Point centre, double radius) implements Solid {
    @Override
    public double distance(Point point) {
      return point.minus(centre).length() - radius;
    }

    @Override
    public double fallOnto(Point point, double ballRadius) {
      Point across = new Point(point.x() - centre.x(), 0, point.z() - centre.z());
      return landing(point.y() - centre.y(), across.length(), radius + ballRadius);
    }
  }
}

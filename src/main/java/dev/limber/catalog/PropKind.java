package dev.limber.catalog;

import java.util.ArrayList;
import java.util.List;

/**
 * The things a technique uses, each as a few solids in its own frame (front toward its forward
 * axis, origin on the floor under its middle), sized like common household items in centimetres.
 */
public enum PropKind {
  /** A sturdy dining chair whose back is short: it ends about 44 cm above the seat. */
  CHAIR,
  /** An upholstered armchair with armrests 22 cm above the seat. */
  ARMCHAIR,
  WALL,
  MAT,
  FOAM_ROLLER,
  EXERCISE_BALL,
  /** A firm bed; its top is 55 cm above the floor. */
  BED;

  /** The solids of this prop standing at {@code at} and turned by {@code yaw} degrees. */
  public List<Solid> solids(Point at, double yaw) {
    List<Solid> solids = new ArrayList<>();
    switch (this) {
      case CHAIR -> {
        solids.add(box(at, yaw, 0, 43.5, 0, 21, 2.5, 22));
        solids.add(box(at, yaw, -19.5, 68, 0, 1.5, 22, 20));
        for (int forward : new int[] {-1, 1}) {
          for (int right : new int[] {-1, 1}) {
            solids.add(box(at, yaw, forward * 18, 20.5, right * 19, 1.5, 20.5, 1.5));
          }
        }
      }
      case ARMCHAIR -> {
        solids.add(box(at, yaw, 0, 21, 0, 24, 21, 25));
        solids.add(box(at, yaw, -29, 45, 0, 6, 45, 35));
        solids.add(box(at, yaw, -2, 32, -30, 27, 32, 5));
        solids.add(box(at, yaw, -2, 32, 30, 27, 32, 5));
      }
      case WALL -> solids.add(box(at, yaw, 0, 120, 0, 2, 120, 90));
      case MAT -> solids.add(box(at, yaw, 0, 0.5, 0, 95, 0.5, 32));
      case FOAM_ROLLER -> {
        Point axis = new Point(-Math.sin(Math.toRadians(yaw)), 0, Math.cos(Math.toRadians(yaw)));
        Point centre = at.plus(new Point(0, 7.5, 0));
        solids.add(
            new Solid.Cylinder(centre.minus(axis.times(45)), centre.plus(axis.times(45)), 7.5));
      }
      case EXERCISE_BALL -> solids.add(new Solid.Ball(at.plus(new Point(0, 32.5, 0)), 32.5));
      case BED -> {
        solids.add(box(at, yaw, 0, 22.5, 0, 100, 22.5, 70));
        solids.add(box(at, yaw, 0, 50, 0, 100, 5, 70));
      }
    }
    return solids;
  }

  private static Solid box(
      Point at,
      double yaw,
      double forward,
      double up,
      double right,
      double halfForward,
      double halfUp,
      double halfRight) {
    double radians = Math.toRadians(yaw);
    Point forwardAxis = new Point(Math.cos(radians), 0, Math.sin(radians));
    Point rightAxis = new Point(-Math.sin(radians), 0, Math.cos(radians));
    Point centre =
        at.plus(forwardAxis.times(forward)).plus(new Point(0, up, 0)).plus(rightAxis.times(right));
    return new Solid.Box(centre, new Point(halfForward, halfUp, halfRight), yaw);
  }

  /** Props that fill the background and may run out of the picture: a wall, a mat, a bed. */
  public boolean isScenery() {
    return this == WALL || this == MAT || this == BED;
  }
}

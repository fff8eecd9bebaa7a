package dev.limber.catalog;

/**
 * The three angles of one joint in degrees. {@code flex} bends forward (spine, neck, head) or
 * raises the limb forward (shoulder, hip), bends the elbow, knee or wrist, or lifts the toes
 * (ankle); {@code side} bends the trunk toward the right or lifts a limb out to its own side;
 * {@code twist} turns the trunk toward the right or rolls a limb inward about its length.
 */
public record JointAngles(double flex, double side, double twist) {
  public static final JointAngles REST = new JointAngles(0, 0, 0);

  public JointAngles {
    if (!Double.isFinite(flex) || !Double.isFinite(side) || !Double.isFinite(twist)) {
      throw new IllegalArgumentException(
          "joint angles must be finite: " + flex + ", " + side + ", " + twist);
    }
  }

  /** The angles a fraction {@code t} of the way to {@code other}. */
  public JointAngles toward(JointAngles other, double t) {
    return new JointAngles(
        flex + (other.flex - flex) * t,
        side + (other.side - side) * t,
        twist + (other.twist - twist) * t);
  }

  double get(int axis) {
    return switch (axis) {
      case 0 -> flex;
      case 1 -> side;
      default -> twist;
    };
  }
}

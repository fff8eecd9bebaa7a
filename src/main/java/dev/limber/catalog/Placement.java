package dev.limber.catalog;

/**
 * Where the figure's pelvis is (the point between the hip joints, in centimetres) and how it is
 * turned, in degrees: {@code yaw} turns it toward its right, {@code pitch} tips it forward (-90
 * lies it on its back, 90 on its front), {@code roll} tips it toward its right side.
 */
public record Placement(Point position, double yaw, double pitch, double roll) {
  public Placement toward(Placement other, double t) {
    return new Placement(
        position.toward(other.position, t),
        yaw + (other.yaw - yaw) * t,
        pitch + (other.pitch - pitch) * t,
        roll + (other.roll - roll) * t);
  }

  Placement at(Point newPosition) {
    return new Placement(newPosition, yaw, pitch, roll);
  }
}

package dev.limber.catalog;

/**
 * Where a technique's drawings are seen from, in degrees: at {@code yaw} 0 the viewer stands at the
 * figure's right (z) looking across, with the figure's front to the right of the picture; 90 looks
 * at its front. {@code pitch} raises the viewer to look down on it.
 */
public record Camera(double yaw, double pitch) {
  public Camera {
    if (!(yaw >= -180 && yaw <= 180) || !(pitch >= -10 && pitch <= 80)) {
      throw new IllegalArgumentException(
          "camera yaw -180..180, pitch -10..80: " + yaw + ", " + pitch);
    }
  }

  /** The direction from the scene toward the viewer. */
  public Point towardViewer() {
    double yawRadians = Math.toRadians(yaw);
    double pitchRadians = Math.toRadians(pitch);
    return new Point(
        Math.sin(yawRadians) * Math.cos(pitchRadians),
        Math.sin(pitchRadians),
        Math.cos(yawRadians) * Math.cos(pitchRadians));
  }

  /** The world direction that points right in the picture. */
  public Point pictureRight() {
    double yawRadians = Math.toRadians(yaw);
    return new Point(Math.cos(yawRadians), 0, -Math.sin(yawRadians));
  }

  /** The world direction that points up in the picture. */
  public Point pictureUp() {
    return towardViewer().cross(pictureRight());
  }
}

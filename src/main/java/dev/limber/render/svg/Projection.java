package dev.limber.render.svg;

import dev.limber.catalog.Camera;
import dev.limber.catalog.Point;

/**
 * The orthographic view of a camera onto the picture plane (x right, y down, in centimetres), with
 * depth toward the viewer; a mirrored projection flips the picture left to right.
 */
record Projection(Point right, Point up, Point towardViewer, boolean mirrored) {
  static Projection of(Camera camera, boolean mirrored) {
    return new Projection(
        camera.pictureRight(), camera.pictureUp(), camera.towardViewer(), mirrored);
  }

  double x(Point point) {
    double x = point.dot(right);
    return mirrored ? -x : x;
  }

  double y(Point point) {
    return -point.dot(up);
  }

  double depth(Point point) {
    return point.dot(towardViewer);
  }
}

package dev.limber.render.svg;

/**
 * One path of a picture in picture coordinates: a stroked line whose round caps give a limb its
 * width ({@code width} above 0), or a filled outline ({@code closed}).
 */
record Mark(String cssClass, double width, double[] points, boolean closed) {
  /** Appends the path data: {@code M x y L x y ...}, closed with {@code Z} for an outline. */
  void appendPath(StringBuilder out) {
    for (int index = 0; index < points.length; index += 2) {
      out.append(index == 0 ? 'M' : 'L');
      SvgText.number(out, points[index]);
      out.append(' ');
      SvgText.number(out, points[index + 1]);
    }
    if (closed) {
      out.append('Z');
    }
  }

  String path() {
    StringBuilder out = new StringBuilder(points.length * 6);
    appendPath(out);
    return out.toString();
  }
}

package dev.limber.render.svg;

import dev.limber.catalog.BodySide;
import dev.limber.catalog.Capsule;
import dev.limber.catalog.Illustration;
import dev.limber.catalog.Illustrator;
import dev.limber.catalog.Phase;
import dev.limber.catalog.Point;
import dev.limber.catalog.Pose;
import dev.limber.catalog.Solid;
import dev.limber.catalog.Technique;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Draws the catalog's poses as self-contained SVG: a still per step and side, and an animation of
 * the whole movement (SMIL, no script) that stands still under {@code prefers-reduced-motion}. Same
 * data, same bytes: nothing depends on time, locale or hash order. Thread-safe.
 */
public final class SvgIllustrator implements Illustrator {
  /** Picture pixels per centimetre at the drawing's natural size. */
  private static final double PIXELS_PER_CM = 2;

  private static final double MARGIN_CM = 6;

  /** Eases each move in and out, sampled at these fractions between two key poses. */
  private static final double[] BETWEEN = {0.25, 0.5, 0.75};

  private static final String STYLE =
      "path{fill:none;stroke-linecap:round;stroke-linejoin:round}"
          + ".o{stroke:#2b3641}.A{fill:#2b3641}"
          + ".s{stroke:#7c9dc1}.a{fill:#7c9dc1}.S{stroke:#5a7a9e}"
          + ".t{stroke:#6e7b8b}.T{stroke:#505b68}"
          + ".k{stroke:#e6b992}.K{stroke:#c29370}.h{stroke:#5b4639}"
          + ".f{stroke:#3c4650}.F{stroke:#2f373f}"
          + ".g{fill:#efeeeb;stroke:#c9c7c2;stroke-width:.6}"
          + ".p{stroke:#8e8575;stroke-width:.6}.pt{fill:#ebe5da}.ps{fill:#d6cdbf}.pd{fill:#c2b8a8}"
          + ".pr{fill:#9db9a6}.pc{fill:#bcd2c3}.pb{stroke:#c6d6e6}.bo{stroke:#7f8fa0}"
          + "@media (prefers-color-scheme:dark){.g{fill:#2b2e33;stroke:#454a51}"
          + ".pt{fill:#77705f}.ps{fill:#625c50}.pd{fill:#544f45}.p{stroke:#2b2824}"
          + ".pb{stroke:#5d6e80}.pr{fill:#5f7a68}.pc{fill:#7b9686}}";

  private static final String MOTION =
      ".m{display:none}@media (prefers-reduced-motion:reduce){.v{display:none}.m{display:inline}}";

  @Override
  public String still(Technique technique, int step, Optional<BodySide> side) {
    Illustration illustration = require(technique, step, side);
    Pose pose = illustration.stillOf(step).orElseThrow();
    Projection projection = Projection.of(illustration.camera(), illustration.mirrors(side));
    StringBuilder out = new StringBuilder(6000);
    String title =
        technique.name() + " — step " + step + " of " + technique.steps().size() + sideWords(side);
    String description = technique.steps().get(step - 1) + mirrorWords(illustration, side);
    open(out, illustration, projection, title, description, STYLE);
    for (Picture.Group group : Picture.of(illustration, pose, projection)) {
      for (Mark mark : group.marks()) {
        element(out, mark);
        out.append("/>");
      }
    }
    return out.append("</svg>\n").toString();
  }

  @Override
  public String animation(Technique technique, Optional<BodySide> side) {
    Illustration illustration = require(technique, null, side);
    Projection projection = Projection.of(illustration.camera(), illustration.mirrors(side));
    List<Illustration.Keyframe> keyframes = illustration.keyframes(technique.dose());
    List<Double> times = new ArrayList<>();
    List<List<Picture.Group>> frames = new ArrayList<>();
    for (int index = 0; index < keyframes.size(); index++) {
      Illustration.Keyframe keyframe = keyframes.get(index);
      if (index > 0) {
        Illustration.Keyframe previous = keyframes.get(index - 1);
        if (previous.pose() != keyframe.pose()) {
          for (double fraction : BETWEEN) {
            double eased = fraction * fraction * (3 - 2 * fraction);
            times.add(previous.seconds() + (keyframe.seconds() - previous.seconds()) * fraction);
            frames.add(
                Picture.of(
                    illustration, previous.pose().toward(keyframe.pose(), eased), projection));
          }
        }
      }
      times.add(keyframe.seconds());
      frames.add(Picture.of(illustration, keyframe.pose(), projection));
    }
    double total = times.get(times.size() - 1);
    Pose held = heldPose(illustration);
    List<Picture.Group> order = Picture.of(illustration, held, projection);
    StringBuilder keyTimes = new StringBuilder();
    for (int index = 0; index < times.size(); index++) {
      if (index > 0) {
        keyTimes.append(';');
      }
      keyTimes.append(String.format(Locale.ROOT, "%.4f", times.get(index) / total));
    }
    StringBuilder out = new StringBuilder(60_000);
    String title = technique.name() + " — the whole movement" + sideWords(side);
    StringBuilder description = new StringBuilder();
    for (int step = 0; step < technique.steps().size(); step++) {
      description
          .append(step == 0 ? "" : " ")
          .append(step + 1)
          .append(". ")
          .append(technique.steps().get(step));
    }
    description.append(mirrorWords(illustration, side));
    open(out, illustration, projection, title, description.toString(), STYLE + MOTION);
    out.append("<g class=\"v\">");
    String duration = SvgText.number(total) + "s";
    for (Picture.Group group : order) {
      List<List<Mark>> marksOverTime = new ArrayList<>();
      for (List<Picture.Group> frame : frames) {
        marksOverTime.add(find(frame, group.key()).marks());
      }
      for (int markIndex = 0; markIndex < group.marks().size(); markIndex++) {
        List<String> paths = new ArrayList<>();
        for (List<Mark> marks : marksOverTime) {
          paths.add(marks.get(markIndex).path());
        }
        Mark first = marksOverTime.get(0).get(markIndex);
        if (paths.stream().distinct().count() == 1) {
          element(out, first);
          out.append("/>");
          continue;
        }
        element(out, first);
        out.append("><animate attributeName=\"d\" dur=\"")
            .append(duration)
            .append("\" repeatCount=\"indefinite\" keyTimes=\"")
            .append(keyTimes)
            .append("\" values=\"")
            .append(String.join(";", paths))
            .append("\"/></path>");
      }
    }
    out.append("</g><g class=\"m\">");
    for (Picture.Group group : order) {
      for (Mark mark : group.marks()) {
        element(out, mark);
        out.append("/>");
      }
    }
    return out.append("</g></svg>\n").toString();
  }

  private static Picture.Group find(List<Picture.Group> frame, String key) {
    for (Picture.Group group : frame) {
      if (group.key().equals(key)) {
        return group;
      }
    }
    throw new IllegalStateException("no group " + key + " in a frame");
  }

  private static Pose heldPose(Illustration illustration) {
    for (Pose pose : illustration.poses()) {
      if (pose.phase() == Phase.HOLD) {
        return pose;
      }
    }
    return illustration.poses().get(0);
  }

  private static Illustration require(Technique technique, Integer step, Optional<BodySide> side) {
    Illustration illustration =
        technique
            .findIllustration()
            .orElseThrow(() -> new IllegalArgumentException(technique.id() + " is not drawn"));
    illustration
        .problemWith(step, side)
        .ifPresent(
            problem -> {
              throw new IllegalArgumentException(technique.id() + ": " + problem);
            });
    return illustration;
  }

  private static String sideWords(Optional<BodySide> side) {
    return side.map(value -> ", " + value.name().toLowerCase(Locale.ROOT) + " side").orElse("");
  }

  private static String mirrorWords(Illustration illustration, Optional<BodySide> side) {
    if (side.isEmpty() || illustration.drawnSide().isEmpty()) {
      return "";
    }
    if (illustration.mirrors(side)) {
      return " Shown for the "
          + side.get().name().toLowerCase(Locale.ROOT)
          + " side: the steps' left and right swap.";
    }
    return "";
  }

  private static void open(
      StringBuilder out,
      Illustration illustration,
      Projection projection,
      String title,
      String description,
      String style) {
    double[] box = bounds(illustration, projection);
    double width = box[2] - box[0];
    double height = box[3] - box[1];
    out.append("<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"");
    SvgText.number(out, box[0]);
    out.append(' ');
    SvgText.number(out, box[1]);
    out.append(' ');
    SvgText.number(out, width);
    out.append(' ');
    SvgText.number(out, height);
    out.append("\" width=\"")
        .append(Math.round(width * PIXELS_PER_CM))
        .append("\" height=\"")
        .append(Math.round(height * PIXELS_PER_CM))
        .append("\" role=\"img\" aria-labelledby=\"title desc\"><title id=\"title\">")
        .append(SvgText.escape(title))
        .append("</title><desc id=\"desc\">")
        .append(SvgText.escape(description))
        .append("</desc><style>")
        .append(style)
        .append("</style>");
  }

  /**
   * The picture's box (min x, min y, max x, max y): the figure in every key pose and the props that
   * are not scenery, with a margin; mirrored with the projection, so sides mirror exactly.
   */
  private static double[] bounds(Illustration illustration, Projection projection) {
    double[] box = {Double.MAX_VALUE, Double.MAX_VALUE, -Double.MAX_VALUE, -Double.MAX_VALUE};
    for (Pose pose : illustration.poses()) {
      for (Capsule capsule : pose.body().parts().values()) {
        // The widest mark of a part is its outline, a little wider than the part.
        double reach = capsule.radius() + 1.2;
        include(box, projection, capsule.from(), reach);
        include(box, projection, capsule.to(), reach);
      }
      for (Illustration.PlacedProp prop : illustration.propsIn(pose)) {
        if (prop.prop().kind().isScenery()) {
          continue;
        }
        for (Solid solid : prop.solids()) {
          if (solid instanceof Solid.Box shape) {
            for (int corner = 0; corner < 8; corner++) {
              include(
                  box,
                  projection,
                  shape.corner(
                      (corner & 1) == 0 ? -1 : 1,
                      (corner & 2) == 0 ? -1 : 1,
                      (corner & 4) == 0 ? -1 : 1),
                  0);
            }
          } else if (solid instanceof Solid.Cylinder shape) {
            include(box, projection, shape.from(), shape.radius());
            include(box, projection, shape.to(), shape.radius());
          } else if (solid instanceof Solid.Ball shape) {
            include(box, projection, shape.centre(), shape.radius() + 0.6);
          }
        }
      }
    }
    box[0] = Math.floor(box[0] - MARGIN_CM);
    box[1] = Math.floor(box[1] - MARGIN_CM);
    box[2] = Math.ceil(box[2] + MARGIN_CM);
    box[3] = Math.ceil(box[3] + MARGIN_CM);
    return box;
  }

  private static void include(double[] box, Projection projection, Point point, double reach) {
    double x = projection.x(point);
    double y = projection.y(point);
    box[0] = Math.min(box[0], x - reach);
    box[2] = Math.max(box[2], x + reach);
    box[1] = Math.min(box[1], y - reach);
    box[3] = Math.max(box[3], y + reach);
  }

  private static void element(StringBuilder out, Mark mark) {
    out.append("<path class=\"").append(mark.cssClass()).append('"');
    if (mark.width() > 0) {
      out.append(" stroke-width=\"");
      SvgText.number(out, mark.width());
      out.append('"');
    }
    out.append(" d=\"");
    mark.appendPath(out);
    out.append('"');
  }
}

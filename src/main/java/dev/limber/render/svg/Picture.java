package dev.limber.render.svg;

import dev.limber.catalog.Body;
import dev.limber.catalog.BodyPart;
import dev.limber.catalog.Capsule;
import dev.limber.catalog.Illustration;
import dev.limber.catalog.Point;
import dev.limber.catalog.Pose;
import dev.limber.catalog.Solid;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * One pose seen through a projection: the floor, the props and the figure as groups of marks in the
 * order they are painted (far to near). Each group of the figure (trunk, head, each arm and leg)
 * paints all its outlines before its fills, so it reads as one shape.
 */
final class Picture {
  /** Outline beyond a limb's own width, in centimetres. */
  private static final double OUTLINE = 2.2;

  private static final BodyPart[] TRUNK_FILLS = {
    BodyPart.NECK, BodyPart.PELVIS, BodyPart.LOWER_BACK, BodyPart.UPPER_BACK, null
  };

  /**
   * A group of marks painted together. Groups {@code amongFigure} are painted far to near by {@code
   * depth} together with the figure; the others (floor, scenery, what the body rests on) first.
   */
  record Group(String key, double depth, List<Mark> marks, boolean amongFigure) {}

  private Picture() {}

  /** The groups of {@code pose}, far to near; the same keys in the same count for every pose. */
  static List<Group> of(Illustration illustration, Pose pose, Projection projection) {
    List<Group> groups = new ArrayList<>();
    groups.add(floor(pose, projection));
    Body body = pose.body();
    double pelvisHeight = body.part(BodyPart.PELVIS).from().y();
    int propIndex = 0;
    for (Illustration.PlacedProp prop : illustration.propsIn(pose)) {
      for (Solid solid : prop.solids()) {
        // A seat or a floor-level prop lies under the body; a chair back or an armrest can be in
        // front.
        boolean standsUp = !prop.prop().kind().isScenery() && top(solid) > pelvisHeight + 2;
        groups.add(solid(prop.prop().kind().name() + propIndex++, solid, projection, standsUp));
      }
    }
    groups.add(trunk(body, projection));
    groups.add(head(body, projection));
    boolean leftArmNear =
        depth(projection, body.part(BodyPart.LEFT_UPPER_ARM).from())
            >= depth(projection, body.part(BodyPart.RIGHT_UPPER_ARM).from());
    boolean leftLegNear =
        depth(projection, body.part(BodyPart.LEFT_THIGH).from())
            >= depth(projection, body.part(BodyPart.RIGHT_THIGH).from());
    groups.add(
        limb(
            "la",
            body,
            projection,
            leftArmNear,
            BodyPart.LEFT_UPPER_ARM,
            BodyPart.LEFT_FOREARM,
            BodyPart.LEFT_HAND));
    groups.add(
        limb(
            "ra",
            body,
            projection,
            !leftArmNear,
            BodyPart.RIGHT_UPPER_ARM,
            BodyPart.RIGHT_FOREARM,
            BodyPart.RIGHT_HAND));
    groups.add(
        limb(
            "ll",
            body,
            projection,
            leftLegNear,
            BodyPart.LEFT_THIGH,
            BodyPart.LEFT_SHIN,
            BodyPart.LEFT_FOOT));
    groups.add(
        limb(
            "rl",
            body,
            projection,
            !leftLegNear,
            BodyPart.RIGHT_THIGH,
            BodyPart.RIGHT_SHIN,
            BodyPart.RIGHT_FOOT));
    return sorted(groups);
  }

  /** Scenery and props first (each by its own depth), then the figure far to near. */
  static List<Group> sorted(List<Group> groups) {
    List<Group> ordered = new ArrayList<>(groups);
    ordered.sort(
        Comparator.comparing((Group group) -> group.amongFigure())
            .thenComparingDouble(Group::depth));
    return ordered;
  }

  private static double depth(Projection projection, Point point) {
    return projection.depth(point);
  }

  private static Group floor(Pose pose, Projection projection) {
    Point centre = pose.placement().position();
    double[] corners = new double[8];
    double[][] floor = {{-160, -60}, {160, -60}, {160, 60}, {-160, 60}};
    for (int index = 0; index < 4; index++) {
      Point corner =
          new Point(Math.rint(centre.x() / 200) * 200 + floor[index][0], 0, floor[index][1]);
      corners[index * 2] = projection.x(corner);
      corners[index * 2 + 1] = projection.y(corner);
    }
    return new Group("floor", -1e9, List.of(new Mark("g", 0, corners, true)), false);
  }

  private static double top(Solid solid) {
    if (solid instanceof Solid.Box box) {
      return box.centre().y() + box.halfSize().y();
    }
    if (solid instanceof Solid.Cylinder cylinder) {
      return Math.max(cylinder.from().y(), cylinder.to().y()) + cylinder.radius();
    }
    Solid.Ball ball = (Solid.Ball) solid;
    return ball.centre().y() + ball.radius();
  }

  private static Group solid(String key, Solid solid, Projection projection, boolean amongFigure) {
    List<Mark> marks = new ArrayList<>();
    Point toward = projection.towardViewer();
    double depth;
    if (solid instanceof Solid.Box box) {
      depth = projection.depth(box.centre());
      Point forward = box.forwardAxis();
      Point right = box.rightAxis();
      Point up = new Point(0, 1, 0);
      int[][] faces = {
        {1, 0, 0}, {-1, 0, 0}, {0, 1, 0}, {0, -1, 0}, {0, 0, 1}, {0, 0, -1},
      };
      for (int[] face : faces) {
        Point normal = forward.times(face[0]).plus(up.times(face[1])).plus(right.times(face[2]));
        if (normal.dot(toward) <= 1e-9) {
          continue;
        }
        double[] points = new double[8];
        int[][] corners = faceCorners(face);
        for (int index = 0; index < 4; index++) {
          Point corner = box.corner(corners[index][0], corners[index][1], corners[index][2]);
          points[index * 2] = projection.x(corner);
          points[index * 2 + 1] = projection.y(corner);
        }
        String shade = face[1] == 1 ? "p pt" : face[0] != 0 ? "p ps" : "p pd";
        marks.add(new Mark(shade, 0, points, true));
      }
    } else if (solid instanceof Solid.Cylinder cylinder) {
      depth = projection.depth(cylinder.from().toward(cylinder.to(), 0.5));
      Point axis = cylinder.to().minus(cylinder.from());
      Point across = axis.cross(toward).normalized().times(cylinder.radius());
      if (across.length() < 1e-9) {
        across = new Point(0, cylinder.radius(), 0);
      }
      Point[] side = {
        cylinder.from().plus(across), cylinder.to().plus(across),
        cylinder.to().minus(across), cylinder.from().minus(across)
      };
      double[] body = new double[8];
      for (int index = 0; index < 4; index++) {
        body[index * 2] = projection.x(side[index]);
        body[index * 2 + 1] = projection.y(side[index]);
      }
      marks.add(new Mark("p pr", 0, body, true));
      Point nearEnd = axis.dot(toward) >= 0 ? cylinder.to() : cylinder.from();
      Point first = axis.cross(new Point(0, 1, 0));
      if (first.length() < 1e-9) {
        first = axis.cross(new Point(1, 0, 0));
      }
      first = first.normalized().times(cylinder.radius());
      Point second = axis.normalized().cross(first);
      double[] cap = new double[24];
      for (int index = 0; index < 12; index++) {
        double angle = Math.PI * 2 * index / 12;
        Point rim = nearEnd.plus(first.times(Math.cos(angle))).plus(second.times(Math.sin(angle)));
        cap[index * 2] = projection.x(rim);
        cap[index * 2 + 1] = projection.y(rim);
      }
      marks.add(new Mark("p pc", 0, cap, true));
    } else {
      Solid.Ball ball = (Solid.Ball) solid;
      depth = projection.depth(ball.centre());
      double[] centre = {projection.x(ball.centre()), projection.y(ball.centre())};
      double[] dot = {centre[0], centre[1], centre[0], centre[1]};
      marks.add(new Mark("bo", ball.radius() * 2 + 1.2, dot.clone(), false));
      marks.add(new Mark("pb", ball.radius() * 2, dot, false));
    }
    return new Group(key, depth, marks, amongFigure);
  }

  /** The four corners of a box face, in order around it, as signs along forward, up, right. */
  private static int[][] faceCorners(int[] face) {
    int fixedAxis = face[0] != 0 ? 0 : face[1] != 0 ? 1 : 2;
    int sign = face[fixedAxis];
    int[][] square = {{-1, -1}, {1, -1}, {1, 1}, {-1, 1}};
    int[][] corners = new int[4][3];
    for (int index = 0; index < 4; index++) {
      int free = 0;
      for (int axis = 0; axis < 3; axis++) {
        corners[index][axis] = axis == fixedAxis ? sign : square[index][free++];
      }
    }
    return corners;
  }

  private static Group trunk(Body body, Projection projection) {
    List<Mark> outlines = new ArrayList<>();
    List<Mark> fills = new ArrayList<>();
    double[] quad =
        points(
            projection,
            body.part(BodyPart.LEFT_UPPER_ARM).from(),
            body.part(BodyPart.RIGHT_UPPER_ARM).from(),
            body.part(BodyPart.RIGHT_THIGH).from(),
            body.part(BodyPart.LEFT_THIGH).from());
    for (BodyPart part : TRUNK_FILLS) {
      if (part == null) {
        outlines.add(new Mark("o A", 12 + OUTLINE, quad, true));
        fills.add(new Mark("s a", 12, quad, true));
        continue;
      }
      Capsule capsule = body.part(part);
      String colour = part == BodyPart.NECK ? "k" : part == BodyPart.PELVIS ? "t" : "s";
      outlines.add(stroke("o", capsule, projection, OUTLINE));
      fills.add(stroke(colour, capsule, projection, 0));
    }
    outlines.addAll(fills);
    double depth = projection.depth(body.part(BodyPart.LOWER_BACK).to());
    return new Group("trunk", depth, outlines, true);
  }

  private static Group head(Body body, Projection projection) {
    List<Mark> marks = new ArrayList<>();
    BodyPart[] outlined = {BodyPart.HAIR, BodyPart.HEAD, BodyPart.NOSE};
    for (BodyPart part : outlined) {
      marks.add(stroke("o", body.part(part), projection, OUTLINE));
    }
    // Painted back to front, so the hair covers the head seen from behind and the face shows in
    // front.
    List<BodyPart> fills =
        new ArrayList<>(
            List.of(
                BodyPart.HAIR,
                BodyPart.HEAD,
                BodyPart.NOSE,
                BodyPart.LEFT_EYE,
                BodyPart.RIGHT_EYE));
    fills.sort(
        Comparator.comparingDouble(
            (BodyPart part) ->
                projection.depth(body.part(part).from())
                    + (part == BodyPart.NOSE ? 3 : part == BodyPart.HAIR ? -2 : 0)));
    for (BodyPart part : fills) {
      String colour = part == BodyPart.HAIR ? "h" : part.name().endsWith("_EYE") ? "o" : "k";
      marks.add(stroke(colour, body.part(part), projection, 0));
    }
    double depth = projection.depth(body.part(BodyPart.HEAD).from()) + 4;
    return new Group("head", depth, marks, true);
  }

  private static Group limb(
      String key, Body body, Projection projection, boolean near, BodyPart... parts) {
    List<Mark> marks = new ArrayList<>();
    boolean arm = parts[0] == BodyPart.LEFT_UPPER_ARM || parts[0] == BodyPart.RIGHT_UPPER_ARM;
    String cloth = arm ? "s" : "t";
    String end = arm ? "k" : "f";
    double depth = 0;
    for (BodyPart part : parts) {
      marks.add(stroke("o", body.part(part), projection, OUTLINE));
      depth += projection.depth(body.part(part).middle());
    }
    for (int index = 0; index < parts.length; index++) {
      String colour = index == parts.length - 1 ? end : cloth;
      marks.add(
          stroke(
              near ? colour : colour.toUpperCase(java.util.Locale.ROOT),
              body.part(parts[index]),
              projection,
              0));
    }
    // A leg starts inside the hips: it goes in front of the trunk only when clearly nearer.
    double bias = arm ? 0 : -6;
    return new Group(key, depth / parts.length + bias, marks, true);
  }

  /** The darker shade of a colour class, for the limb further from the viewer. */
  private static String far(String colour) {
    return switch (colour) {
      case "s" -> "S";
      case "t" -> "T";
      case "k" -> "K";
      default -> "F";
    };
  }

  private static Mark stroke(
      String cssClass, Capsule capsule, Projection projection, double extra) {
    return new Mark(
        cssClass,
        capsule.radius() * 2 + extra,
        points(projection, capsule.from(), capsule.to()),
        false);
  }

  private static double[] points(Projection projection, Point... points) {
    double[] projected = new double[points.length * 2];
    for (int index = 0; index < points.length; index++) {
      projected[index * 2] = projection.x(points[index]);
      projected[index * 2 + 1] = projection.y(points[index]);
    }
    return projected;
  }
}

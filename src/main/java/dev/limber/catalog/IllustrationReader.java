package dev.limber.catalog;

import dev.limber.json.FieldError;
import dev.limber.json.Fields;
import dev.limber.json.Json;
import dev.limber.json.JsonSyntaxException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Reads one technique's illustration file (docs/catalog-format.md, "Illustrations") and checks that
 * every pose is one a person can take: each step has a pose and each pose names a real step, every
 * joint stays within human range, and {@link IllustrationChecks} finds no part under the floor or
 * inside a prop and no contact that does not touch. A pose without a height is lowered until it
 * rests on something.
 */
public final class IllustrationReader {
  private static final Map<String, List<Joint>> PAIRS =
      Map.of(
          "shoulders", List.of(Joint.LEFT_SHOULDER, Joint.RIGHT_SHOULDER),
          "elbows", List.of(Joint.LEFT_ELBOW, Joint.RIGHT_ELBOW),
          "wrists", List.of(Joint.LEFT_WRIST, Joint.RIGHT_WRIST),
          "hips", List.of(Joint.LEFT_HIP, Joint.RIGHT_HIP),
          "knees", List.of(Joint.LEFT_KNEE, Joint.RIGHT_KNEE),
          "ankles", List.of(Joint.LEFT_ANKLE, Joint.RIGHT_ANKLE));

  private IllustrationReader() {}

  /**
   * The illustration in {@code text} for {@code technique}, or null after adding every fault to
   * {@code errors} with its path inside the file.
   */
  public static Illustration read(String text, Technique technique, List<FieldError> errors) {
    int before = errors.size();
    Illustration illustration = parse(text, technique, errors);
    if (illustration == null) {
      return null;
    }
    errors.addAll(IllustrationChecks.problems(illustration));
    return errors.size() > before ? null : illustration;
  }

  /**
   * The illustration in {@code text} checked only for its form (fields, ranges, steps), or null
   * after adding every fault to {@code errors}; {@link IllustrationChecks#problems} tells whether a
   * person could take its poses.
   */
  public static Illustration parse(String text, Technique technique, List<FieldError> errors) {
    Object tree;
    try {
      tree = Json.parse(text);
    } catch (JsonSyntaxException e) {
      errors.add(new FieldError("(file)", e.getMessage()));
      return null;
    }
    int before = errors.size();
    Fields root = Fields.root(tree, "(file)", errors);
    root.allowOnly("technique", "camera", "drawnSide", "props", "poses");
    String named = root.string("technique");
    if (named != null && !named.equals(technique.id())) {
      root.reject(
          "technique", "names " + Json.quote(named) + ", not " + Json.quote(technique.id()));
    }
    Fields cameraFields = root.object("camera");
    cameraFields.allowOnly("yaw", "pitch");
    Double yaw = number(cameraFields, "yaw", -180, 180);
    Double pitch = number(cameraFields, "pitch", -10, 80);
    Optional<BodySide> drawnSide =
        Optional.ofNullable(root.enumOr("drawnSide", BodySide.class, null));
    if (technique.laterality() == Laterality.EACH_SIDE
        && drawnSide.isEmpty()
        && !root.has("drawnSide")) {
      root.reject("drawnSide", "is required for a technique done on each side: LEFT or RIGHT");
    }
    if (technique.laterality() == Laterality.BILATERAL && drawnSide.isPresent()) {
      root.reject("drawnSide", "only a technique done on each side is drawn for one side");
    }
    List<Prop> props = new ArrayList<>();
    Map<String, Point> propStart = new LinkedHashMap<>();
    for (Fields item : root.objects("props")) {
      item.allowOnly("id", "kind", "at", "yaw");
      String id = item.string("id");
      PropKind kind = item.enumValue("kind", PropKind.class);
      Point at = position(item, "at", true);
      double propYaw = item.has("yaw") ? orZero(number(item, "yaw", -180, 180)) : 0;
      if (id != null && ("floor".equals(id) || propStart.containsKey(id))) {
        item.reject("id", "must be unique and not \"floor\": " + Json.quote(id));
      } else if (id != null && kind != null && at != null) {
        props.add(new Prop(id, kind, propYaw));
        propStart.put(id, at);
      }
    }
    List<Pose> poses = poses(root, technique, props, propStart, errors);
    if (errors.size() > before || yaw == null || pitch == null) {
      return null;
    }
    return new Illustration(new Camera(yaw, pitch), drawnSide, props, poses);
  }

  private static List<Pose> poses(
      Fields root,
      Technique technique,
      List<Prop> props,
      Map<String, Point> propStart,
      List<FieldError> errors) {
    List<Pose> poses = new ArrayList<>();
    Map<Joint, JointAngles> angles = new EnumMap<>(Joint.class);
    for (Joint joint : Joint.values()) {
      angles.put(joint, JointAngles.REST);
    }
    Map<String, Point> propPositions = new LinkedHashMap<>(propStart);
    Point at = null;
    double[] turn = {0, 0, 0};
    Set<Integer> covered = new HashSet<>();
    List<Fields> items = root.objects("poses");
    if (items.isEmpty() && root.has("poses")) {
      root.reject("poses", "must hold at least one pose");
    }
    for (Fields pose : items) {
      int before = errors.size();
      pose.allowOnly("step", "phase", "body", "joints", "props", "contacts", "seconds", "stay");
      Integer step = pose.integer("step", 1, 99);
      if (step != null && step > technique.steps().size()) {
        pose.reject(
            "step",
            "names step " + step + " but the technique has " + technique.steps().size() + " steps");
      }
      Phase phase = pose.enumValue("phase", Phase.class);
      Optional<Fields> body = pose.optionalObject("body");
      if (body.isPresent()) {
        body.get().allowOnly("at", "turn");
        at = body.get().has("at") ? position(body.get(), "at", false) : at;
        if (body.get().has("turn")) {
          turn = numbers(body.get(), "turn", 3, 3, -180, 180, turn);
        }
      }
      if (at == null && body.isEmpty() && poses.isEmpty()) {
        pose.reject(
            "body",
            "is required in the first pose: {\"at\": [x, z], \"turn\": [yaw, pitch, roll]}");
      }
      pose.optionalObject("joints").ifPresent(joints -> joints(joints, angles));
      pose.optionalObject("props")
          .ifPresent(
              moved -> {
                for (String id : moved.names()) {
                  if (!propPositions.containsKey(id)) {
                    moved.reject(id, "no prop with this id in \"props\"");
                  } else {
                    Point position = position(moved, id, true);
                    if (position != null) {
                      propPositions.put(id, position);
                    }
                  }
                }
              });
      List<Contact> contacts = new ArrayList<>();
      if (pose.has("contacts")) {
        for (Fields contact : pose.objects("contacts")) {
          contact.allowOnly("part", "on");
          String part = contact.string("part");
          String target = contact.string("on");
          if (part != null && BodyPart.named(part).isEmpty()) {
            contact.reject("part", "no body part " + Json.quote(part));
          }
          if (target != null
              && !"floor".equals(target)
              && !propPositions.containsKey(target)
              && BodyPart.named(target).isEmpty()) {
            contact.reject("on", "no prop or body part " + Json.quote(target));
          }
          if (part != null && target != null) {
            contacts.add(new Contact(part, target));
          }
        }
      }
      double move = pose.has("seconds") ? orZero(number(pose, "seconds", 0.2, 30)) : 2;
      double stay =
          pose.has("stay") ? orZero(number(pose, "stay", 0, 60)) : phase == Phase.HOLD ? 0 : 1;
      if (errors.size() > before || step == null || phase == null || at == null) {
        continue;
      }
      covered.add(step);
      Placement placement = new Placement(at, turn[0], turn[1], turn[2]);
      Pose built = new Pose(step, phase, placement, angles, propPositions, contacts, move, stay);
      if (Double.isNaN(at.y())) {
        built = settled(built, props, pose);
      }
      if (built != null) {
        poses.add(built);
      }
    }
    for (int step = 1; step <= technique.steps().size(); step++) {
      if (!covered.contains(step) && errors.isEmpty()) {
        root.reject("poses", "step " + step + " has no pose: every step is drawn");
      }
    }
    return poses;
  }

  private static void joints(Fields joints, Map<Joint, JointAngles> angles) {
    for (String name : joints.names()) {
      List<Joint> targets = PAIRS.get(name);
      if (targets == null) {
        targets = Joint.named(name).map(List::of).orElse(List.of());
      }
      if (targets.isEmpty()) {
        joints.reject(name, "no joint " + Json.quote(name));
        continue;
      }
      double[] values = numbers(joints, name, 1, 3, -360, 360, null);
      if (values == null) {
        continue;
      }
      JointAngles value =
          new JointAngles(
              values[0], values.length > 1 ? values[1] : 0, values.length > 2 ? values[2] : 0);
      for (Joint joint : targets) {
        Optional<String> problem = joint.outOfRange(value);
        if (problem.isPresent()) {
          joints.reject(name, joint.fileName() + " " + problem.get());
        } else {
          angles.put(joint, value);
        }
      }
    }
  }

  /** Lowers a pose given without a height straight down until it rests on the floor or a prop. */
  private static Pose settled(Pose pose, List<Prop> props, Fields fields) {
    double height = 300;
    Point at = pose.placement().position();
    Pose raised = pose.at(new Point(at.x(), height, at.z()));
    Illustration scene =
        new Illustration(new Camera(0, 0), Optional.empty(), props, List.of(raised));
    double fall = Double.MAX_VALUE;
    List<Illustration.PlacedProp> placed = scene.propsIn(raised);
    for (Map.Entry<BodyPart, Capsule> entry : raised.body().parts().entrySet()) {
      if (entry.getKey().isMarker()) {
        continue;
      }
      Capsule capsule = entry.getValue();
      for (Point sample : capsule.samples()) {
        fall = Math.min(fall, sample.y() - capsule.radius());
        for (Illustration.PlacedProp prop : placed) {
          if (prop.prop().kind() == PropKind.WALL) {
            continue; // a body leans on a wall but never rests on top of it
          }
          for (Solid solid : prop.solids()) {
            double onto = solid.fallOnto(sample, capsule.radius());
            if (!Double.isNaN(onto)) {
              fall = Math.min(fall, onto);
            }
          }
        }
      }
    }
    if (fall < 0) {
      fields.reject("body", "the figure cannot be lowered onto anything: it starts inside a prop");
      return null;
    }
    return pose.at(new Point(at.x(), height - fall, at.z()));
  }

  /** [x, z] on the floor (a body without height is lowered later), or [x, y, z]. */
  private static Point position(Fields fields, String name, boolean onFloor) {
    double[] values = numbers(fields, name, 2, 3, -1000, 1000, null);
    if (values == null) {
      return null;
    }
    if (values.length == 3) {
      return new Point(values[0], values[1], values[2]);
    }
    return new Point(values[0], onFloor ? 0 : Double.NaN, values[1]);
  }

  private static double[] numbers(
      Fields fields,
      String name,
      int fewest,
      int most,
      double lowest,
      double highest,
      double[] fallback) {
    List<Object> items = fields.array(name);
    if (items.size() < fewest || items.size() > most) {
      fields.reject(
          name, "must hold " + (fewest == most ? fewest : fewest + " to " + most) + " numbers");
      return fallback;
    }
    double[] values = new double[items.size()];
    for (int index = 0; index < items.size(); index++) {
      Object item = items.get(index);
      double value;
      if (item instanceof BigInteger whole) {
        value = whole.doubleValue();
      } else if (item instanceof BigDecimal decimal) {
        value = decimal.doubleValue();
      } else {
        fields.reject(name + "[" + index + "]", "must be a number, found " + Json.write(item));
        return fallback;
      }
      if (value < lowest || value > highest) {
        fields.reject(
            name + "[" + index + "]", "must be from " + (int) lowest + " to " + (int) highest);
        return fallback;
      }
      values[index] = value;
    }
    return values;
  }

  private static Double number(Fields fields, String name, double lowest, double highest) {
    BigDecimal value = fields.number(name, BigDecimal.valueOf(lowest), BigDecimal.valueOf(highest));
    return value == null ? null : value.doubleValue();
  }

  private static double orZero(Double value) {
    return value == null ? 0 : value;
  }
}

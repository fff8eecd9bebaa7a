package dev.limber.catalog;

import java.util.EnumMap;
import java.util.Map;

/**
 * The illustrated adult, about 174 cm tall, and its forward kinematics: from a placement of the
 * pelvis and the angles of every joint to each part's capsule in the world.
 */
public final class Figure {
  static final double LOWER_SPINE = 22;
  static final double UPPER_SPINE = 30;
  static final double NECK = 9;
  static final double HEAD_RADIUS = 10.5;
  static final double SHOULDER_WIDTH = 17;
  static final double SHOULDER_DROP = 4;
  static final double HIP_WIDTH = 9;
  static final double UPPER_ARM = 29;
  static final double FOREARM = 25;
  static final double HAND = 11;
  static final double THIGH = 42;
  static final double SHIN = 47;
  static final double FOOT = 18;

  private Figure() {}

  /** The body in {@code pose}. */
  public static Body body(Placement placement, Map<Joint, JointAngles> angles) {
    Map<BodyPart, Capsule> parts = new EnumMap<>(BodyPart.class);
    Frame pelvis =
        Frame.WORLD
            .movedTo(placement.position())
            .yawed(placement.yaw())
            .pitched(placement.pitch())
            .rolled(placement.roll());
    Frame lowerSpine = trunk(pelvis, angles.get(Joint.LOWER_SPINE));
    Point lumbarTop = lowerSpine.at(0, LOWER_SPINE, 0);
    Frame upperSpine = trunk(lowerSpine.movedTo(lumbarTop), angles.get(Joint.UPPER_SPINE));
    Point neckBase = upperSpine.at(0, UPPER_SPINE, 0);
    Frame neck = trunk(upperSpine.movedTo(neckBase), angles.get(Joint.NECK));
    Point headBase = neck.at(0, NECK, 0);
    Frame head = trunk(neck.movedTo(headBase), angles.get(Joint.HEAD));
    Point headCentre = head.at(0.5, 8.5, 0);
    parts.put(
        BodyPart.PELVIS,
        new Capsule(pelvis.at(-2, -1.5, -HIP_WIDTH), pelvis.at(-2, -1.5, HIP_WIDTH), 10));
    parts.put(BodyPart.LOWER_BACK, new Capsule(pelvis.origin(), lumbarTop, 12));
    parts.put(
        BodyPart.UPPER_BACK, new Capsule(lumbarTop, upperSpine.at(0, UPPER_SPINE - 5, 0), 12.5));
    parts.put(BodyPart.NECK, new Capsule(neckBase, headBase, 5.5));
    parts.put(BodyPart.HEAD, new Capsule(headCentre, headCentre, HEAD_RADIUS));
    parts.put(BodyPart.HAIR, new Capsule(head.at(-2.5, 10, 0), head.at(-2.5, 10, 0), 10));
    parts.put(BodyPart.NOSE, new Capsule(head.at(8.5, 8.5, 0), head.at(11.5, 7.3, 0), 2));
    parts.put(BodyPart.LEFT_EYE, new Capsule(head.at(9, 10.5, -3.8), head.at(9, 10.5, -3.8), 1.2));
    parts.put(BodyPart.RIGHT_EYE, new Capsule(head.at(9, 10.5, 3.8), head.at(9, 10.5, 3.8), 1.2));
    arm(parts, upperSpine, true, angles);
    arm(parts, upperSpine, false, angles);
    leg(parts, pelvis, true, angles);
    leg(parts, pelvis, false, angles);
    return new Body(parts);
  }

  private static Frame trunk(Frame frame, JointAngles angles) {
    return frame.pitched(angles.flex()).rolled(angles.side()).yawed(angles.twist());
  }

  private static Frame limb(Frame frame, JointAngles angles, boolean left) {
    double outward = left ? 1 : -1;
    return frame
        .pitched(-angles.flex())
        .rolled(outward * angles.side())
        .yawed(outward * angles.twist());
  }

  private static void arm(
      Map<BodyPart, Capsule> parts,
      Frame upperSpine,
      boolean left,
      Map<Joint, JointAngles> angles) {
    double side = left ? -1 : 1;
    Point shoulder = upperSpine.at(-1, UPPER_SPINE - SHOULDER_DROP, side * SHOULDER_WIDTH);
    Frame upperArm =
        limb(
            upperSpine.movedTo(shoulder),
            angles.get(left ? Joint.LEFT_SHOULDER : Joint.RIGHT_SHOULDER),
            left);
    Point elbow = upperArm.at(0, -UPPER_ARM, 0);
    Frame forearm =
        upperArm
            .movedTo(elbow)
            .pitched(-angles.get(left ? Joint.LEFT_ELBOW : Joint.RIGHT_ELBOW).flex());
    Point wrist = forearm.at(0, -FOREARM, 0);
    JointAngles wristAngles = angles.get(left ? Joint.LEFT_WRIST : Joint.RIGHT_WRIST);
    Frame hand =
        forearm.movedTo(wrist).pitched(-wristAngles.flex()).rolled(side * -wristAngles.side());
    Point fingers = hand.at(0, -HAND, 0);
    parts.put(
        left ? BodyPart.LEFT_UPPER_ARM : BodyPart.RIGHT_UPPER_ARM,
        new Capsule(shoulder, elbow, 5.3));
    parts.put(
        left ? BodyPart.LEFT_FOREARM : BodyPart.RIGHT_FOREARM, new Capsule(elbow, wrist, 4.4));
    parts.put(left ? BodyPart.LEFT_HAND : BodyPart.RIGHT_HAND, new Capsule(wrist, fingers, 4));
  }

  private static void leg(
      Map<BodyPart, Capsule> parts, Frame pelvis, boolean left, Map<Joint, JointAngles> angles) {
    double side = left ? -1 : 1;
    Point hip = pelvis.at(0, 0, side * HIP_WIDTH);
    Frame thigh =
        limb(pelvis.movedTo(hip), angles.get(left ? Joint.LEFT_HIP : Joint.RIGHT_HIP), left);
    Point knee = thigh.at(0, -THIGH, 0);
    Frame shin =
        thigh.movedTo(knee).pitched(angles.get(left ? Joint.LEFT_KNEE : Joint.RIGHT_KNEE).flex());
    Point ankle = shin.at(0, -SHIN, 0);
    Frame foot =
        shin.movedTo(ankle)
            .pitched(-angles.get(left ? Joint.LEFT_ANKLE : Joint.RIGHT_ANKLE).flex());
    Point heel = foot.at(-3, 0, 0);
    Point toes = foot.at(FOOT - 3, 0, 0);
    parts.put(left ? BodyPart.LEFT_THIGH : BodyPart.RIGHT_THIGH, new Capsule(hip, knee, 7));
    parts.put(
        left ? BodyPart.LEFT_SHIN : BodyPart.RIGHT_SHIN,
        new Capsule(knee, shin.at(0, 3 - SHIN, 0), 5));
    parts.put(left ? BodyPart.LEFT_FOOT : BodyPart.RIGHT_FOOT, new Capsule(heel, toes, 3.6));
  }
}

package dev.limber.catalog;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * A joint of the illustrated figure with the range a healthy adult reaches, per angle, in degrees
 * (flex, side, twist; see {@link JointAngles}). Ranges follow common clinical norms of active
 * motion, kept slightly inside them so a drawing never shows an end-range position.
 */
public enum Joint {
  LOWER_SPINE(-30, 60, -25, 25, -20, 20),
  UPPER_SPINE(-25, 45, -30, 30, -45, 45),
  NECK(-40, 45, -35, 35, -60, 60),
  HEAD(-20, 25, -15, 15, -20, 20),
  LEFT_SHOULDER(-50, 180, -30, 180, -90, 90),
  RIGHT_SHOULDER(-50, 180, -30, 180, -90, 90),
  LEFT_ELBOW(0, 150, 0, 0, 0, 0),
  RIGHT_ELBOW(0, 150, 0, 0, 0, 0),
  LEFT_WRIST(-70, 80, -20, 30, 0, 0),
  RIGHT_WRIST(-70, 80, -20, 30, 0, 0),
  LEFT_HIP(-25, 130, -30, 45, -45, 45),
  RIGHT_HIP(-25, 130, -30, 45, -45, 45),
  LEFT_KNEE(0, 155, 0, 0, 0, 0),
  RIGHT_KNEE(0, 155, 0, 0, 0, 0),
  LEFT_ANKLE(-50, 25, 0, 0, 0, 0),
  RIGHT_ANKLE(-50, 25, 0, 0, 0, 0);

  private static final String[] AXES = {"flex", "side", "twist"};
  private static final Map<String, Joint> BY_FILE_NAME = new HashMap<>();

  static {
    for (Joint joint : values()) {
      BY_FILE_NAME.put(joint.fileName(), joint);
    }
  }

  private final double[] limits;

  Joint(double... limits) {
    this.limits = limits;
  }

  /** The name in illustration files: {@code leftShoulder}, {@code upperSpine}. */
  public String fileName() {
    String[] words = name().toLowerCase(Locale.ROOT).split("_");
    StringBuilder name = new StringBuilder(words[0]);
    for (int index = 1; index < words.length; index++) {
      name.append(Character.toUpperCase(words[index].charAt(0))).append(words[index].substring(1));
    }
    return name.toString();
  }

  /** The joint a file names {@code leftShoulder}, if any. */
  public static Optional<Joint> named(String fileName) {
    return Optional.ofNullable(BY_FILE_NAME.get(fileName));
  }

  public double lowest(int axis) {
    return limits[axis * 2];
  }

  public double highest(int axis) {
    return limits[axis * 2 + 1];
  }

  /** The first angle outside this joint's range, as a sentence naming the angle and the range. */
  public Optional<String> outOfRange(JointAngles angles) {
    for (int axis = 0; axis < 3; axis++) {
      double value = angles.get(axis);
      if (value < lowest(axis) || value > highest(axis)) {
        return Optional.of(
            AXES[axis]
                + " "
                + plain(value)
                + "° is outside the human range "
                + plain(lowest(axis))
                + "° to "
                + plain(highest(axis))
                + "°");
      }
    }
    return Optional.empty();
  }

  private static String plain(double degrees) {
    return degrees == Math.rint(degrees) ? String.valueOf((long) degrees) : String.valueOf(degrees);
  }

  public boolean isLeft() {
    return name().startsWith("LEFT_");
  }

  public boolean isRight() {
    return name().startsWith("RIGHT_");
  }
}

package dev.limber.catalog;

import java.util.List;
import java.util.Locale;

/**
 * A drawn part of the figure, each a capsule (a sphere when both ends meet). Parts on one side
 * carry that side; {@code HAIR}, {@code NOSE} and the eyes only show which way the head faces.
 */
public enum BodyPart {
  PELVIS,
  LOWER_BACK,
  UPPER_BACK,
  NECK,
  HEAD,
  HAIR,
  NOSE,
  LEFT_EYE,
  RIGHT_EYE,
  LEFT_UPPER_ARM,
  LEFT_FOREARM,
  LEFT_HAND,
  RIGHT_UPPER_ARM,
  RIGHT_FOREARM,
  RIGHT_HAND,
  LEFT_THIGH,
  LEFT_SHIN,
  LEFT_FOOT,
  RIGHT_THIGH,
  RIGHT_SHIN,
  RIGHT_FOOT;

  /** Parts that show direction only: never checked against props, never a contact. */
  public boolean isMarker() {
    return this == HAIR || this == NOSE || this == LEFT_EYE || this == RIGHT_EYE;
  }

  public boolean isLeft() {
    return name().startsWith("LEFT_");
  }

  public boolean isRight() {
    return name().startsWith("RIGHT_");
  }

  /** The parts a contact name stands for: a part, or a pair such as {@code HANDS}. */
  public static List<BodyPart> named(String name) {
    String upper = name.toUpperCase(Locale.ROOT);
    return switch (upper) {
      case "HANDS" -> List.of(LEFT_HAND, RIGHT_HAND);
      case "FOREARMS" -> List.of(LEFT_FOREARM, RIGHT_FOREARM);
      case "UPPER_ARMS" -> List.of(LEFT_UPPER_ARM, RIGHT_UPPER_ARM);
      case "FEET" -> List.of(LEFT_FOOT, RIGHT_FOOT);
      case "SHINS" -> List.of(LEFT_SHIN, RIGHT_SHIN);
      case "THIGHS" -> List.of(LEFT_THIGH, RIGHT_THIGH);
      default -> {
        for (BodyPart part : values()) {
          if (part.name().equals(upper) && !part.isMarker()) {
            yield List.of(part);
          }
        }
        yield List.of();
      }
    };
  }
}

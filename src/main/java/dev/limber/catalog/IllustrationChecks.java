package dev.limber.catalog;

import dev.limber.json.FieldError;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Whether a person could take an illustration's poses: no part under the floor or inside a prop,
 * and every contact the file names really touches; each fault names its pose's path in the file.
 */
public final class IllustrationChecks {
  /** How far two surfaces may be apart and still touch, and how far soft tissue may press in. */
  static final double TOUCH_CM = 3;

  private IllustrationChecks() {}

  /**
   * Every way a person could not take the poses: a part under the floor or inside a prop, a contact
   * that does not touch; empty when all poses can be taken.
   */
  public static List<FieldError> problems(Illustration illustration) {
    List<FieldError> errors = new ArrayList<>();
    for (int index = 0; index < illustration.poses().size(); index++) {
      Pose pose = illustration.poses().get(index);
      String path = "poses[" + index + "]";
      Body body = pose.body();
      List<Illustration.PlacedProp> props = illustration.propsIn(pose);
      for (Map.Entry<BodyPart, Capsule> entry : body.parts().entrySet()) {
        BodyPart part = entry.getKey();
        Capsule capsule = entry.getValue();
        if (part.isMarker()) {
          continue;
        }
        double below = -(Math.min(capsule.from().y(), capsule.to().y()) - capsule.radius());
        if (below > 1) {
          errors.add(new FieldError(path, words(part) + " is " + cm(below) + " under the floor"));
        }
        for (Illustration.PlacedProp prop : props) {
          double inside = -(surfaceGap(capsule, prop));
          if (inside > TOUCH_CM) {
            errors.add(
                new FieldError(
                    path, words(part) + " is " + cm(inside) + " inside the " + prop.prop().id()));
          }
        }
      }
      for (int contactIndex = 0; contactIndex < pose.contacts().size(); contactIndex++) {
        Contact contact = pose.contacts().get(contactIndex);
        for (BodyPart part : BodyPart.named(contact.part())) {
          double gap = gap(body.part(part), contact.target(), body, props);
          if (gap > TOUCH_CM) {
            errors.add(
                new FieldError(
                    path + ".contacts[" + contactIndex + "]",
                    words(part)
                        + " does not touch "
                        + contact.target().toLowerCase(Locale.ROOT).replace('_', ' ')
                        + ": "
                        + cm(gap)
                        + " apart"));
          }
        }
      }
    }
    return errors;
  }

  private static double gap(
      Capsule capsule, String target, Body body, List<Illustration.PlacedProp> props) {
    if ("floor".equals(target)) {
      return Math.min(capsule.from().y(), capsule.to().y()) - capsule.radius();
    }
    for (Illustration.PlacedProp prop : props) {
      if (prop.prop().id().equals(target)) {
        return surfaceGap(capsule, prop);
      }
    }
    double nearest = Double.MAX_VALUE;
    for (BodyPart other : BodyPart.named(target)) {
      nearest = Math.min(nearest, capsule.gapTo(body.part(other)));
    }
    return nearest;
  }

  private static double surfaceGap(Capsule capsule, Illustration.PlacedProp prop) {
    double nearest = Double.MAX_VALUE;
    for (Point sample : capsule.samples()) {
      nearest = Math.min(nearest, prop.distance(sample));
    }
    return nearest - capsule.radius();
  }

  private static String words(BodyPart part) {
    String words = part.name().toLowerCase(Locale.ROOT).replace('_', ' ');
    return "the " + words;
  }

  private static String cm(double centimetres) {
    return String.format(Locale.ROOT, "%.1f cm", centimetres);
  }
}

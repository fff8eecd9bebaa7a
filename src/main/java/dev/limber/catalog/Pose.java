package dev.limber.catalog;

import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * One key pose of an illustration: the step it shows (1-based) and its phase, the figure's
 * placement and every joint's angles, where each prop stands, what the body touches, how many
 * seconds the movement into it takes and how long it is kept ({@code staySeconds}).
 */
public record Pose(
    int step,
    Phase phase,
    Placement placement,
    Map<Joint, JointAngles> angles,
    Map<String, Point> propPositions,
    List<Contact> contacts,
    double moveSeconds,
    double staySeconds) {
  public Pose {
    if (step < 1) {
      throw new IllegalArgumentException("step < 1: " + step);
    }
    if (angles.size() != Joint.values().length) {
      throw new IllegalArgumentException("a pose gives every joint, has " + angles.keySet());
    }
    if (!(moveSeconds >= 0) || !(staySeconds >= 0)) {
      throw new IllegalArgumentException("seconds < 0: " + moveSeconds + ", " + staySeconds);
    }
    angles = Collections.unmodifiableMap(new EnumMap<>(angles));
    propPositions = Collections.unmodifiableMap(new TreeMap<>(propPositions));
    contacts = List.copyOf(contacts);
  }

  /** This pose with the pelvis moved to {@code position}. */
  public Pose at(Point position) {
    return new Pose(
        step,
        phase,
        placement.at(position),
        angles,
        propPositions,
        contacts,
        moveSeconds,
        staySeconds);
  }

  public Body body() {
    return Figure.body(placement, angles);
  }

  /** The in-between pose a fraction {@code t} of the way to {@code other}. */
  public Pose toward(Pose other, double t) {
    Map<Joint, JointAngles> between = new EnumMap<>(Joint.class);
    for (Joint joint : Joint.values()) {
      between.put(joint, angles.get(joint).toward(other.angles.get(joint), t));
    }
    Map<String, Point> props = new LinkedHashMap<>();
    propPositions.forEach(
        (id, position) -> props.put(id, position.toward(other.propPositions.get(id), t)));
    return new Pose(
        other.step,
        other.phase,
        placement.toward(other.placement, t),
        between,
        props,
        List.of(),
        0,
        0);
  }
}

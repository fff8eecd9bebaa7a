package dev.limber.catalog;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;

/** The figure in one pose: every part as a capsule in world coordinates. Immutable. */
public final class Body {
  private final Map<BodyPart, Capsule> parts;

  Body(Map<BodyPart, Capsule> parts) {
    if (parts.size() != BodyPart.values().length) {
      throw new IllegalArgumentException("a body needs every part, has " + parts.keySet());
    }
    this.parts = Collections.unmodifiableMap(new EnumMap<>(parts));
  }

  public Capsule part(BodyPart part) {
    return parts.get(part);
  }

  public Map<BodyPart, Capsule> parts() {
    return parts;
  }

  /** The lowest point of the body's surface above the floor, in centimetres. */
  public double lowestHeight() {
    double lowest = Double.MAX_VALUE;
    for (Capsule capsule : parts.values()) {
      lowest = Math.min(lowest, Math.min(capsule.from().y(), capsule.to().y()) - capsule.radius());
    }
    return lowest;
  }

  Body moved(Point offset) {
    Map<BodyPart, Capsule> moved = new EnumMap<>(BodyPart.class);
    parts.forEach((part, capsule) -> moved.put(part, capsule.moved(offset)));
    return new Body(moved);
  }
}

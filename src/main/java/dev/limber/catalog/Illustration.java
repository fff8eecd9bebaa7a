package dev.limber.catalog;

import dev.limber.json.JsonValue;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;

/**
 * How a technique is drawn (spec/catalog.md, Illustrations rev. 2): the camera, the props, and key
 * poses of one figure, each tied to a step and phase. A one-sided technique is drawn for {@code
 * drawnSide}; its other side is the mirror image.
 */
public record Illustration(
    Camera camera, Optional<BodySide> drawnSide, List<Prop> props, List<Pose> poses)
    implements JsonValue {
  public Illustration {
    if (camera == null || drawnSide == null || poses.isEmpty()) {
      throw new IllegalArgumentException("an illustration needs a camera and at least one pose");
    }
    props = List.copyOf(props);
    poses = List.copyOf(poses);
  }

  /** The steps that have a pose, in order. */
  public List<Integer> steps() {
    TreeSet<Integer> steps = new TreeSet<>();
    poses.forEach(pose -> steps.add(pose.step()));
    return List.copyOf(steps);
  }

  /** The step a still shows when none is asked for: the last, where the movement ends up. */
  public int lastStep() {
    List<Integer> steps = steps();
    return steps.get(steps.size() - 1);
  }

  /**
   * The step a thumbnail shows: the first whose still is a held pose ({@link Phase#HOLD}), the
   * position the technique is for; the last step when no pose is held.
   */
  public int holdStep() {
    for (int step : steps()) {
      if (stillOf(step).map(pose -> pose.phase() == Phase.HOLD).orElse(false)) {
        return step;
      }
    }
    return lastStep();
  }

  /** The sides there are drawings for: both for a one-sided technique, none otherwise. */
  public List<BodySide> sides() {
    return drawnSide.map(side -> List.of(side, side.opposite())).orElse(List.of());
  }

  /** The position reached at the end of {@code step}: the last of its poses. */
  public Optional<Pose> stillOf(int step) {
    Pose still = null;
    for (Pose pose : poses) {
      if (pose.step() == step) {
        still = pose;
      }
    }
    return Optional.ofNullable(still);
  }

  /**
   * Why a drawing cannot be made for {@code step} (null for the animation) and {@code side}, in
   * words for the person who asked; empty when it can.
   */
  public Optional<String> problemWith(Integer step, Optional<BodySide> side) {
    if (step != null && stillOf(step).isEmpty()) {
      return Optional.of("step must be one of " + steps() + ", found " + step);
    }
    if (drawnSide.isEmpty() && side.isPresent()) {
      return Optional.of("this technique works both sides at once: leave the side out");
    }
    return Optional.empty();
  }

  /** Whether {@code side} is drawn as the mirror image of the poses. */
  public boolean mirrors(Optional<BodySide> side) {
    return side.isPresent() && drawnSide.isPresent() && side.get() != drawnSide.get();
  }

  /** The solids of every prop where it stands in {@code pose}. */
  public List<PlacedProp> propsIn(Pose pose) {
    List<PlacedProp> placed = new ArrayList<>();
    for (Prop prop : props) {
      placed.add(
          new PlacedProp(
              prop, prop.kind().solids(pose.propPositions().get(prop.id()), prop.yaw())));
    }
    return placed;
  }

  /** A prop with its solids in one pose. */
  public record PlacedProp(Prop prop, List<Solid> solids) {
    public double distance(Point point) {
      double nearest = Double.MAX_VALUE;
      for (Solid solid : solids) {
        nearest = Math.min(nearest, solid.distance(point));
      }
      return nearest;
    }
  }

  /**
   * The whole movement in time: each pose reached after its move seconds and kept for its stay,
   * then back to the first pose; a stay of 0 in a hold takes the dose's shortest hold.
   */
  public List<Keyframe> keyframes(Dose dose) {
    List<Keyframe> frames = new ArrayList<>();
    double time = 0;
    for (Pose pose : poses) {
      if (!frames.isEmpty()) {
        time += pose.moveSeconds();
      }
      frames.add(new Keyframe(time, pose));
      double stay = pose.staySeconds();
      if (stay == 0 && pose.phase() == Phase.HOLD) {
        stay = holdSeconds(dose);
      }
      if (stay > 0) {
        time += stay;
        frames.add(new Keyframe(time, pose));
      }
    }
    time += poses.get(0).moveSeconds() > 0 ? poses.get(0).moveSeconds() : 2;
    frames.add(new Keyframe(time, poses.get(0)));
    return frames;
  }

  private static double holdSeconds(Dose dose) {
    return switch (dose.kind()) {
      case HOLD -> dose.holdSeconds().min();
      case REPETITIONS -> dose.secondsPerRep();
      case CONTINUOUS -> 6;
      case CRACK_ATTEMPT -> 8;
    };
  }

  /** A pose at a time, in seconds from the start of the movement. */
  public record Keyframe(double seconds, Pose pose) {}

  /** What is available to draw: the steps with their phases, the sides, the animation's length. */
  @Override
  public Object toJson() {
    Map<String, Object> json = new LinkedHashMap<>();
    List<Object> stills = new ArrayList<>();
    for (int step : steps()) {
      Map<String, Object> still = new LinkedHashMap<>();
      still.put("step", step);
      still.put("phase", stillOf(step).orElseThrow().phase());
      stills.add(still);
    }
    json.put("stills", stills);
    json.put("sides", sides());
    json.put("drawnSide", drawnSide.orElse(null));
    json.put("animated", true);
    return json;
  }
}

package dev.limber.render.svg;

import dev.limber.catalog.BodySide;
import dev.limber.catalog.Catalog;
import dev.limber.catalog.Illustration;
import dev.limber.catalog.Technique;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Every drawing the shipped catalog asks for: each still of each step and side, each animation. */
record Drawings(Technique technique, Integer step, Optional<BodySide> side) {
  static final Catalog CATALOG = Catalog.bundled();

  static List<Drawings> all() {
    List<Drawings> all = new ArrayList<>();
    for (Technique technique : CATALOG.techniques()) {
      Illustration drawing = technique.findIllustration().orElseThrow();
      for (Optional<BodySide> side : sides(drawing)) {
        for (int step : drawing.steps()) {
          all.add(new Drawings(technique, step, side));
        }
        all.add(new Drawings(technique, null, side));
      }
    }
    return all;
  }

  static List<Optional<BodySide>> sides(Illustration drawing) {
    List<Optional<BodySide>> sides = new ArrayList<>();
    drawing.sides().forEach(side -> sides.add(Optional.of(side)));
    if (sides.isEmpty()) {
      sides.add(Optional.empty());
    }
    return sides;
  }

  boolean animated() {
    return step == null;
  }

  String draw(SvgIllustrator illustrator) {
    return animated()
        ? illustrator.animation(technique, side)
        : illustrator.still(technique, step, side);
  }

  @Override
  public String toString() {
    return technique.id()
        + (animated() ? " animated" : " step " + step)
        + side.map(value -> " " + value).orElse("");
  }
}

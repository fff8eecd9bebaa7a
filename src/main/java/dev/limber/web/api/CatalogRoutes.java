package dev.limber.web.api;

import dev.limber.catalog.BodySide;
import dev.limber.catalog.Catalog;
import dev.limber.catalog.Illustration;
import dev.limber.catalog.Illustrator;
import dev.limber.catalog.Technique;
import dev.limber.json.FieldError;
import dev.limber.web.http.Bodies;
import dev.limber.web.http.Problem;
import io.javalin.Javalin;
import io.javalin.http.Context;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * {@code /api/techniques}: the catalog as {@code limber techniques --json} prints it, and each
 * technique's drawings as SVG, cached by the catalog version.
 */
public final class CatalogRoutes {
  static final String SVG = "image/svg+xml; charset=utf-8";

  /** An SVG needs its own inline style and nothing from anywhere else. */
  private static final String SVG_SECURITY_POLICY =
      "default-src 'none'; style-src 'unsafe-inline'; frame-ancestors 'none'";

  private final Supplier<Catalog> catalog;
  private final Illustrator illustrator;

  public CatalogRoutes(Supplier<Catalog> catalog, Illustrator illustrator) {
    this.catalog = catalog;
    this.illustrator = illustrator;
  }

  public void register(Javalin app) {
    app.get("/api/techniques", context -> Bodies.answer(context, catalog.get().techniques()));
    app.get("/api/techniques/{id}", context -> Bodies.answer(context, technique(context)));
    app.get("/api/techniques/{id}/illustration.svg", this::illustration);
  }

  private Technique technique(Context context) {
    String id = context.pathParam("id");
    return catalog
        .get()
        .find(id)
        .orElseThrow(
            () ->
                Problem.notFound("no technique with id \"" + id + "\"")
                    .with("suggestions", catalog.get().closestIds(id, 3))
                    .exception());
  }

  private void illustration(Context context) {
    Technique technique = technique(context);
    Illustration drawing =
        technique
            .findIllustration()
            .orElseThrow(() -> Problem.notFound(technique.id() + " has no drawing").exception());
    List<FieldError> errors = new ArrayList<>();
    boolean animated = animated(context.queryParam("animated"), errors);
    Integer step = animated ? null : drawing.holdStep();
    String stepText = context.queryParam("step");
    if (stepText != null && animated) {
      errors.add(new FieldError("step", "the animation shows every step: leave step out"));
    } else if (stepText != null) {
      step = wholeNumber(stepText);
      if (step == null || drawing.stillOf(step).isEmpty()) {
        errors.add(
            new FieldError("step", "must be one of " + drawing.steps() + ", found " + stepText));
      }
    }
    Optional<BodySide> side = drawing.drawnSide();
    String sideText = context.queryParam("side");
    if (sideText != null) {
      side = side(sideText, errors);
      drawing
          .problemWith(null, side)
          .ifPresent(problem -> errors.add(new FieldError("side", problem)));
    }
    if (!errors.isEmpty()) {
      throw Problem.invalidFields(errors).exception();
    }
    String version = catalog.get().version();
    String tag =
        "\""
            + version
            + "-"
            + technique.id()
            + "-"
            + (animated ? "animated" : "step" + step)
            + side.map(value -> "-" + value.name()).orElse("")
            + "\"";
    context.header("ETag", tag);
    context.header("X-Catalog-Version", version);
    context.header("Content-Security-Policy", SVG_SECURITY_POLICY);
    // A URL that names the current catalog version never changes: cache it for good.
    context.header(
        "Cache-Control",
        version.equals(context.queryParam("v"))
            ? "public, max-age=31536000, immutable"
            : "public, max-age=3600");
    if (tag.equals(context.header("If-None-Match"))) {
      context.status(304);
      return;
    }
    String svg =
        animated
            ? illustrator.animation(technique, side)
            : illustrator.still(technique, step, side);
    context.contentType(SVG).result(svg);
  }

  private static boolean animated(String text, List<FieldError> errors) {
    if (text == null || text.equals("false")) {
      return false;
    }
    if (text.equals("true")) {
      return true;
    }
    errors.add(new FieldError("animated", "must be true or false, found \"" + text + "\""));
    return false;
  }

  private static Optional<BodySide> side(String text, List<FieldError> errors) {
    for (BodySide side : BodySide.values()) {
      if (side.name().equals(text)) {
        return Optional.of(side);
      }
    }
    errors.add(new FieldError("side", "must be LEFT or RIGHT, found \"" + text + "\""));
    return Optional.empty();
  }

  private static Integer wholeNumber(String text) {
    try {
      return Integer.parseInt(text);
    } catch (NumberFormatException e) {
      return null;
    }
  }
}

package dev.limber.web;

import dev.limber.catalog.Catalog;
import dev.limber.catalog.Technique;
import io.javalin.Javalin;
import java.util.function.Supplier;

/** {@code /api/techniques}: the catalog as {@code limber techniques --json} prints it. */
final class CatalogRoutes {
  private final Supplier<Catalog> catalog;

  CatalogRoutes(Supplier<Catalog> catalog) {
    this.catalog = catalog;
  }

  void register(Javalin app) {
    app.get("/api/techniques", context -> Bodies.answer(context, catalog.get().techniques()));
    app.get(
        "/api/techniques/{id}",
        context -> {
          String id = context.pathParam("id");
          Technique technique =
              catalog
                  .get()
                  .find(id)
                  .orElseThrow(
                      () ->
                          Problem.notFound("no technique with id \"" + id + "\"")
                              .with("suggestions", catalog.get().closestIds(id, 3))
                              .exception());
          Bodies.answer(context, technique);
        });
  }
}

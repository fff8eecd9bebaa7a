package dev.limber.web.pages;

import dev.limber.app.Services;
import dev.limber.catalog.Technique;
import dev.limber.web.http.Problem;
import io.javalin.Javalin;
import io.javalin.http.Context;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/** The technique pages: the list at {@code /techniques} and each technique's own page. */
final class TechniquePages {
  private final Pages pages;
  private final Services services;

  TechniquePages(Pages pages, Services services) {
    this.pages = pages;
    this.services = services;
  }

  void register(Javalin app) {
    app.get("/techniques", this::techniques);
    app.get("/techniques/{id}", this::technique);
  }

  private void techniques(Context context) {
    Map<String, Object> params = new LinkedHashMap<>();
    params.put("techniques", services.catalog().techniques());
    params.put("catalogVersion", services.catalog().version());
    pages.render(context, "journey/techniques.jte", pages.chrome(context, "Techniques"), params);
  }

  private void technique(Context context) {
    Optional<Technique> technique = services.catalog().find(context.pathParam("id"));
    if (technique.isEmpty()) {
      pages.problem(context, Problem.notFound("no technique with this id"));
      return;
    }
    Map<String, Object> params = new LinkedHashMap<>();
    params.put("technique", technique.get());
    params.put("catalogVersion", services.catalog().version());
    pages.render(
        context, "journey/technique.jte", pages.chrome(context, technique.get().name()), params);
  }
}

package dev.limber.web;

import io.javalin.Javalin;
import java.util.Map;

/** The pages that belong to no area: the home page and the theme choice. */
final class SitePages {
  private final Pages pages;

  SitePages(Pages pages) {
    this.pages = pages;
  }

  void register(Javalin app) {
    app.get(
        "/", context -> pages.render(context, "home.jte", pages.chrome(context, "Home"), Map.of()));
    app.post("/theme", pages::chooseTheme);
  }
}

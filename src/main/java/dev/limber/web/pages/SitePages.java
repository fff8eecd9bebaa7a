package dev.limber.web.pages;

import io.javalin.Javalin;
import java.util.Map;

/** The pages that belong to no area: the home page and the theme choice. */
public final class SitePages {
  private final Pages pages;

  public SitePages(Pages pages) {
    this.pages = pages;
  }

  public void register(Javalin app) {
    app.exception(Pages.Redirected.class, (redirected, context) -> {});
    app.get(
        "/", context -> pages.render(context, "home.jte", pages.chrome(context, "Home"), Map.of()));
    app.post("/theme", pages::chooseTheme);
  }
}

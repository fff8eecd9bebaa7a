package dev.limber.web.pages;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.ColorScheme;
import dev.limber.web.H2Server;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The home page, the error page and the theme in a real Chromium. */
class SitePagesBrowserTest {
  @RegisterExtension static final H2Server server = new H2Server();

  private static String url(String path) {
    return server.url(path);
  }

  @Test
  void theHomePageSaysWhatLimberIsNotAndPassesAxeInBothThemes() {
    try (BrowserContext context = Browser.context(ColorScheme.LIGHT)) {
      Page page = context.newPage();
      page.navigate(url("/"));
      assertThat(page.title()).isEqualTo("Home · Limber");
      assertThat(page.textContent("main")).contains("not a diagnosis");
      Browser.assertAccessible(page, "home", Browser.Look.BOTH_THEMES);
    }
  }

  @Test
  void anUnknownPathAnswersAnHtmlPageThatPassesAxe() {
    try (BrowserContext context = Browser.context(ColorScheme.LIGHT)) {
      Page page = context.newPage();
      var response = page.navigate(url("/no-such-page"));
      assertThat(response.status()).isEqualTo(404);
      assertThat(page.textContent("h1")).isEqualTo("Page not found");
      assertThat(page.textContent("main"))
          .contains("This page does not exist")
          .doesNotContain("no technique");
      assertThat(page.locator("main a[href='/']").count()).isEqualTo(1);
      Browser.assertAccessible(page, "404");
    }
  }

  @Test
  void theThemeChosenWithoutJavaScriptIsKept() {
    try (BrowserContext context =
        Browser.context(
            new com.microsoft.playwright.Browser.NewContextOptions().setJavaScriptEnabled(false))) {
      Page page = context.newPage();
      page.navigate(url("/"));
      page.selectOption("#theme-choice", "dark");
      page.click("footer button");
      assertThat(page.url()).isEqualTo(url("/"));
      assertThat(page.getAttribute("html", "data-theme")).isEqualTo("dark");
    }
  }

  @Test
  void theChosenDarkThemeOverASystemInLightPassesAxe() {
    try (BrowserContext context = Browser.context(ColorScheme.LIGHT)) {
      context.addCookies(
          java.util.List.of(
              new com.microsoft.playwright.options.Cookie(Pages.THEME_COOKIE, "dark")
                  .setUrl(url("/"))));
      Page page = context.newPage();
      page.navigate(url("/"));
      assertThat(page.getAttribute("html", "data-theme")).isEqualTo("dark");
      Browser.assertAccessible(page, "home, dark chosen, system light");
    }
  }

  @Test
  void aThemeFormWithoutItsTokenIsRefused() {
    var response = server.http.postForm("/theme", "theme=dark&back=/");
    assertThat(response.statusCode()).isEqualTo(403);
    assertThat(response.headers().firstValue("Set-Cookie").orElse(""))
        .doesNotContain("limber_theme");
  }

  @Test
  void theHomePageWeighsUnderTheBudget() {
    try (BrowserContext context = Browser.context(ColorScheme.LIGHT)) {
      assertThat(Browser.pageWeight(context.newPage(), url("/")))
          .isLessThan(Browser.PAGE_BUDGET_BYTES);
    }
  }
}

package dev.limber.web.pages;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.ConsoleMessage;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.ColorScheme;
import dev.limber.web.H2Server;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Every page a visitor can open by address, across areas: it reflows at 320 CSS pixels and at 200 %
 * zoom without sideways scrolling (WCAG 1.4.10), and the browser reports no Content Security Policy
 * violation (no inline script, style or handler slipped in).
 */
class PageReflowBrowserTest {
  @RegisterExtension static final H2Server server = new H2Server();

  private static final Pattern INLINE_HANDLER = Pattern.compile("<[^>]+\\son[a-z]+\\s*=");
  private static final Pattern INLINE_STYLE = Pattern.compile("<[^>]+\\sstyle\\s*=");

  @ParameterizedTest
  @ValueSource(
      strings = {
        "/",
        "/check",
        "/techniques",
        "/techniques/chair-back-extension",
        "/sign-in",
        "/sign-up"
      })
  void reflowsAtThreeHundredTwentyPixelsAndAtDoubleZoom(String path) {
    // 320 CSS px is a phone held upright; 640 CSS px at scale 2 is a 1280 px window at 200 % zoom.
    for (int[] viewport : new int[][] {{320, 700, 1}, {640, 450, 2}}) {
      try (BrowserContext context =
          Browser.context(
              new com.microsoft.playwright.Browser.NewContextOptions()
                  .setColorScheme(ColorScheme.LIGHT)
                  .setViewportSize(viewport[0], viewport[1])
                  .setDeviceScaleFactor(viewport[2]))) {
        Page page = context.newPage();
        page.navigate(server.url(path));

        Object overflow =
            page.evaluate("() => document.documentElement.scrollWidth - window.innerWidth");

        assertThat(((Number) overflow).intValue())
            .as("sideways scroll on %s at %d CSS px", path, viewport[0])
            .isLessThanOrEqualTo(0);
      }
    }
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "/",
        "/check",
        "/techniques",
        "/techniques/chair-back-extension",
        "/sign-in",
        "/sign-up"
      })
  void breaksNoContentSecurityPolicyRule(String path) {
    try (BrowserContext context = Browser.context(ColorScheme.DARK)) {
      Page page = context.newPage();
      List<String> refused = new ArrayList<>();
      page.onConsoleMessage(
          (ConsoleMessage message) -> {
            if (message.text().contains("Content Security Policy")) {
              refused.add(message.text());
            }
          });

      var response = page.navigate(server.url(path));
      page.waitForLoadState();
      String html = response.text();

      assertThat(response.status()).isEqualTo(200);
      assertThat(refused).as("CSP reports on %s", path).isEmpty();
      assertThat(INLINE_HANDLER.matcher(html).find()).as("inline handler on %s", path).isFalse();
      assertThat(INLINE_STYLE.matcher(html).find()).as("style attribute on %s", path).isFalse();
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"/techniques", "/verdict-clear"})
  void aTechniquesKindStaysOnOneLineOnAPhone(String path) {
    try (BrowserContext context = Camera.window(ColorScheme.LIGHT, true)) {
      Page page = context.newPage();
      if (path.equals("/verdict-clear")) {
        page.navigate(server.url("/check"));
        Journey.answerAll(page, Journey.STIFF);
        page.click("details.allowed-details summary");
      } else {
        page.navigate(server.url(path));
      }

      List<?> lines =
          (List<?>)
              page.evaluate(
                  "() => [...document.querySelectorAll('ul.techniques .kind')]"
                      + ".map(kind => kind.getClientRects().length)");

      assertThat(lines)
          .as("the kinds on %s", path)
          .isNotEmpty()
          .allMatch(count -> ((Number) count).intValue() == 1);
    }
  }
}

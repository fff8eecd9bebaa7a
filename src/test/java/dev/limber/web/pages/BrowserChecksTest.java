package dev.limber.web.pages;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.ColorScheme;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The accessibility check every page test leans on finds violations, and stays fresh per state. */
class BrowserChecksTest {
  private static final String CLEAN =
      "<!doctype html><html lang=\"en\"><head><title>Clean</title></head>"
          + "<body><main><h1>Clean</h1><p>Nothing wrong here.</p>"
          + "<button id=\"go\" type=\"button\">Go</button></main></body></html>";

  @Test
  void aCleanPagePassesAndEachViolationIsNamedWithItsElement() {
    try (BrowserContext context = Browser.context(ColorScheme.LIGHT)) {
      Page page = context.newPage();
      page.setContent(CLEAN);
      assertThatCode(() -> Browser.assertAccessible(page, "clean")).doesNotThrowAnyException();

      page.setContent(
          "<!doctype html><html><head><title>Broken</title></head><body><main><h1>Broken</h1>"
              + "<img id=\"photo\" src=\"data:image/gif;base64,R0lGODlhAQABAAAAACw=\">"
              + "<button id=\"nameless\" type=\"button\"></button></main></body></html>");
      assertThatThrownBy(() -> Browser.assertAccessible(page, "broken"))
          .isInstanceOf(AssertionError.class)
          .hasMessageContaining("(broken)")
          .hasMessageContaining("image-alt")
          .hasMessageContaining("#photo")
          .hasMessageContaining("button-name")
          .hasMessageContaining("#nameless")
          .hasMessageContaining("html-has-lang");
    }
  }

  @Test
  void aSecondRunOnTheSameDocumentSeesWhatChangedSinceTheFirst() {
    try (BrowserContext context = Browser.context(ColorScheme.LIGHT)) {
      Page page = context.newPage();
      page.setContent(CLEAN);
      Browser.assertAccessible(page, "before");

      page.evaluate("() => { document.getElementById('go').textContent = ''; }");
      assertThatThrownBy(() -> Browser.assertAccessible(page, "after"))
          .isInstanceOf(AssertionError.class)
          .hasMessageContaining("button-name");
    }
  }

  @Test
  void theDarkThemeAndAPhoneAreCheckedForContrastAndLayoutOnly() {
    String faint =
        "<!doctype html><html lang=\"en\"><head><title>Faint</title></head><body><main>"
            + "<h1>Faint</h1><p id=\"faint\" style=\"color:#777;background:#888\">Hard to read.</p>"
            + "<button id=\"nameless\" type=\"button\"></button></main></body></html>";
    for (BrowserContext context :
        List.of(Browser.context(ColorScheme.DARK), Browser.phone(ColorScheme.LIGHT))) {
      try (context) {
        Page page = context.newPage();
        page.setContent(faint);

        assertThatThrownBy(() -> Browser.assertAccessible(page, "faint"))
            .isInstanceOf(AssertionError.class)
            .hasMessageContaining("contrast and layout rules")
            .hasMessageContaining("color-contrast")
            .hasMessageContaining("#faint")
            .hasMessageNotContaining("button-name");
      }
    }
  }

  @Test
  void eachLookIsShownInPlaceAndTheLightDesktopComesBackAfter() {
    String darkOnlyFaint =
        "<!doctype html><html lang=\"en\"><head><title>Dark</title><style>"
            + "@media (prefers-color-scheme: dark) { #faint { color: #777; background: #888 } }"
            + "</style></head><body><main><h1>Dark</h1><p id=\"faint\">Hard to read in the dark."
            + "</p></main></body></html>";
    try (BrowserContext context = Browser.context(ColorScheme.LIGHT)) {
      Page page = context.newPage();
      page.setContent(darkOnlyFaint);
      List<String> seen = new ArrayList<>();
      Browser.inLooks(
          page,
          Browser.Look.EVERY,
          look ->
              seen.add(
                  look
                      + " "
                      + page.evaluate(
                          "() => window.innerWidth + (matchMedia('(prefers-color-scheme: dark)')"
                              + ".matches ? ' dark' : ' light')")));

      assertThat(seen)
          .containsExactly(
              "desktop-light 1280 light",
              "desktop-dark 1280 dark",
              "phone-light 360 light",
              "phone-dark 360 dark");
      assertThat(page.evaluate("() => window.innerWidth")).isEqualTo(1280);
      assertThat(page.evaluate("() => matchMedia('(prefers-color-scheme: dark)').matches"))
          .isEqualTo(false);
      assertThatThrownBy(() -> Browser.assertAccessible(page, "faint", Browser.Look.BOTH_THEMES))
          .isInstanceOf(AssertionError.class)
          .hasMessageContaining("(faint, desktop-dark)")
          .hasMessageContaining("color-contrast")
          .hasMessageContaining("#faint");
      assertThatCode(() -> Browser.assertAccessible(page, "faint in the light"))
          .doesNotThrowAnyException();
    }
  }
}

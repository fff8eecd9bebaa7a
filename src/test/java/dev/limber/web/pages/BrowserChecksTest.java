package dev.limber.web.pages;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.ColorScheme;
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
    try (BrowserContext context = Browser.context(ColorScheme.DARK)) {
      Page page = context.newPage();
      page.setContent(CLEAN);
      Browser.assertAccessible(page, "before");

      page.evaluate("() => { document.getElementById('go').textContent = ''; }");
      assertThatThrownBy(() -> Browser.assertAccessible(page, "after"))
          .isInstanceOf(AssertionError.class)
          .hasMessageContaining("button-name");
    }
  }
}

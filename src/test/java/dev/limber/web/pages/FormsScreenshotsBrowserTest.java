package dev.limber.web.pages;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.ColorScheme;
import com.microsoft.playwright.options.FilePayload;
import dev.limber.web.H2Server;
import dev.limber.web.ServerFixture;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Screenshots of the questionnaire's first page, its empty-submit errors, the insights at 30 and
 * 365 days and the header with sign out, on a 390 × 844 phone and a 1280 × 800 laptop.
 */
class FormsScreenshotsBrowserTest {
  @org.junit.jupiter.api.extension.RegisterExtension static final H2Server server = new H2Server();

  @ParameterizedTest
  @EnumSource(
      value = ColorScheme.class,
      names = {"LIGHT", "DARK"})
  @Tag(Browser.SCREENSHOTS)
  void screenshotsOfTheQuestionsTheHeaderAndTheCharts(ColorScheme scheme) {
    Camera camera = Camera.ON;
    for (boolean phone : new boolean[] {false, true}) {
      String look = Camera.look(scheme, phone);
      try (BrowserContext context = Camera.window(scheme, phone)) {
        Page page = context.newPage();
        page.navigate(server.url("/check"));
        camera.fullPage(page, "check-groups-" + look);
        page.waitForNavigation(() -> page.click("button[value=next]"));
        assertThat(page.locator("#error-summary").count()).isEqualTo(1);
        camera.fullPage(page, "check-empty-error-" + look);
        Journey.fill(page, Journey.STIFF);
        page.waitForNavigation(() -> page.click("button[value=next]"));
        camera.window(page, "check-pain-scale-" + look);

        page.navigate(server.url("/sign-up"));
        page.fill("#email", "shots-" + look + "@example.org");
        page.fill("#password", ServerFixture.PASSWORD);
        page.waitForNavigation(() -> page.click("form[action='/sign-up'] button[type=submit]"));
        assertThat(page.url()).endsWith("/journal");
        page.navigate(server.url("/journal/import"));
        page.setInputFiles(
            "#file",
            new FilePayload(
                "journal.json",
                "application/json",
                JournalSeed.export(Instant.now()).getBytes(StandardCharsets.UTF_8)));
        page.waitForNavigation(
            () -> page.click("form[action='/journal/import'] button[type=submit]"));
        camera.window(page, "header-sign-out-" + look);
        for (int days : new int[] {30, 365}) {
          page.navigate(server.url("/journal/insights?days=" + days));
          camera.fullPage(page, "insights-" + days + "-days-" + look);
        }
      }
    }
  }
}

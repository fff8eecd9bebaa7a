package dev.limber.web.pages;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.ColorScheme;
import dev.limber.web.H2Server;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Screenshots of the way from the home page to a verdict: home, each question page, the page of
 * each verdict (and both urgent ones), a technique and the page for an address that does not exist,
 * on a 390 × 844 phone and a 1280 × 800 laptop, whole and their first screen.
 */
class JourneyScreenshotsBrowserTest {
  @RegisterExtension static final H2Server server = new H2Server();

  /** The question pages in order, named for their topic. */
  private static final List<String> QUESTION_PAGES =
      List.of("red-flags", "pain", "health", "cracking", "abilities");

  /** A verdict a person can reach: the picture's name, the answers, the verdict's code. */
  private record Reached(String name, Map<String, String> answers, String verdict) {}

  private static final List<Reached> VERDICTS =
      List.of(
          new Reached("self-care-is-fine", Journey.STIFF, "CLEAR"),
          new Reached("stretches-only", Journey.stiffWith("cracking-days", "6"), "STRETCH_ONLY"),
          new Reached(
              "see-a-professional-first",
              Journey.stiffWith("age", "70", "minor-knock", "yes"),
              "SEE_PROFESSIONAL"),
          new Reached("get-medical-help-today", Journey.stiffWith("fever", "yes"), "URGENT"),
          new Reached("get-medical-help-now", Journey.stiffWith("chest-pain", "yes"), "URGENT"));

  @ParameterizedTest
  @EnumSource(
      value = ColorScheme.class,
      names = {"LIGHT", "DARK"})
  @Tag(Browser.SCREENSHOTS)
  void screenshotsOfTheWayToAVerdict(ColorScheme scheme) {
    Camera camera = Camera.ON;
    for (boolean phone : new boolean[] {false, true}) {
      String look = Camera.look(scheme, phone);
      try (BrowserContext context = Camera.window(scheme, phone)) {
        Page page = context.newPage();
        page.navigate(server.url("/"));
        camera.page(page, "home-" + look);

        page.navigate(server.url("/check"));
        for (String topic : QUESTION_PAGES) {
          assertThat(page.isVisible("form.questions")).as(topic).isTrue();
          camera.page(page, "check-" + topic + "-" + look);
          Journey.fill(page, Journey.STIFF);
          Journey.next(page);
        }
        for (Reached reached : VERDICTS) {
          page.navigate(server.url("/check"));
          Journey.answerAll(page, reached.answers());
          assertThat(page.getAttribute("[data-verdict]", "data-verdict"))
              .as(reached.name())
              .isEqualTo(reached.verdict());
          camera.page(page, "verdict-" + reached.name() + "-" + look);
        }

        page.navigate(server.url("/techniques/wall-slide"));
        camera.page(page, "technique-" + look);
        page.navigate(server.url("/techniques"));
        camera.page(page, "techniques-" + look);
        assertThat(page.navigate(server.url("/no-such-page")).status()).isEqualTo(404);
        camera.page(page, "not-found-" + look);
      }
    }
  }
}

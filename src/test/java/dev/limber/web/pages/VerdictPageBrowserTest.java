package dev.limber.web.pages;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.ColorScheme;
import dev.limber.web.H2Server;
import java.util.Map;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The verdict page in Chromium (issue 23): on a 390 × 844 phone the verdict's name sits in the
 * first window and the routine form's button within the second, the lists fold away, and the page
 * is about a third of its old length (the one-card-a-row page was 6,085 CSS px for "Stretches only"
 * and 6,692 for "Self-care is fine").
 */
class VerdictPageBrowserTest {
  @RegisterExtension static final H2Server server = new H2Server();

  private static Map<String, String> answers(String verdict) {
    return verdict.equals("STRETCH_ONLY") ? Journey.stiffWith("cracking-days", "6") : Journey.STIFF;
  }

  /** About a third (36 %) of the old phone page of this verdict, in CSS pixels. */
  private static double phoneHeightBound(String verdict) {
    return 0.36 * (verdict.equals("STRETCH_ONLY") ? 6085 : 6692);
  }

  @ParameterizedTest
  @CsvSource({"STRETCH_ONLY, true", "CLEAR, true", "STRETCH_ONLY, false", "CLEAR, false"})
  void theVerdictAndThePlanButtonComeFirstAndTheListsFoldAway(String verdict, boolean phone) {
    try (BrowserContext context = Camera.window(ColorScheme.LIGHT, phone)) {
      Page page = context.newPage();
      page.navigate(server.url("/check"));

      Journey.answerAll(page, answers(verdict));

      String look = verdict + (phone ? " on a phone" : " on a laptop");
      assertThat(page.getAttribute("[data-verdict]", "data-verdict")).isEqualTo(verdict);
      @SuppressWarnings("unchecked")
      Map<String, Number> box =
          (Map<String, Number>)
              page.evaluate(
                  "() => { const bottom = element => element.getBoundingClientRect().bottom"
                      + " + window.scrollY;"
                      + " const plan = [...document.querySelectorAll('#routine-form button')]"
                      + ".find(button => button.textContent === 'Plan my routine');"
                      + " return {verdict: bottom(document.querySelector('.verdict-name')),"
                      + " plan: bottom(plan), window: window.innerHeight,"
                      + " page: document.documentElement.scrollHeight}; }");
      double window = box.get("window").doubleValue();
      assertThat(box.get("verdict").doubleValue())
          .as("the verdict's name in the first window, " + look)
          .isLessThanOrEqualTo(window);
      assertThat(box.get("plan").doubleValue())
          .as("Plan my routine within two windows, " + look)
          .isLessThanOrEqualTo(2 * window);
      if (phone) {
        assertThat(box.get("page").doubleValue())
            .as("the page's height, " + look)
            .isLessThanOrEqualTo(phoneHeightBound(verdict));
      }
      assertThat(page.isVisible("ul.techniques")).as("techniques, folded").isFalse();
      assertThat(page.isVisible("ul.excluded")).as("left out, folded").isFalse();

      page.click("details.allowed-details summary");

      assertThat(page.isVisible("ul.techniques")).as("techniques, opened").isTrue();
      if (!phone) {
        while (page.locator("details:not([open]) summary").count() > 0) {
          page.click("details:not([open]) summary >> nth=0");
        }
        Browser.assertAccessible(page, "verdict page opened, " + look);
      }
    }
  }
}

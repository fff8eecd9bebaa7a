package dev.limber.web.pages;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.ColorScheme;
import dev.limber.json.Json;
import dev.limber.web.Answers;
import dev.limber.web.H2Server;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The plan page in Chromium (issue 23): "Start the session" in the first window of a phone, what is
 * left out folded away below, and the place ticking what it brings as it is chosen.
 */
class PlanPageBrowserTest {
  @RegisterExtension static final H2Server server = new H2Server();

  private static BrowserContext screen(boolean phone, ColorScheme scheme) {
    var options =
        new com.microsoft.playwright.Browser.NewContextOptions()
            .setColorScheme(scheme)
            .setLocale("en-GB");
    if (phone) {
      options.setViewportSize(390, 844).setDeviceScaleFactor(2).setIsMobile(true).setHasTouch(true);
    } else {
      options.setViewportSize(1280, 800);
    }
    return Browser.context(options);
  }

  /** Posts the plan form as the verdict page does, landing on the plan page. */
  private static void plan(Page page, String place) {
    page.navigate(server.url("/"));
    page.evaluate(
        "([answers, place]) => {"
            + " const form = document.createElement('form');"
            + " form.method = 'post'; form.action = '/plan';"
            + " const fields = {_csrf: document.querySelector('meta[name=csrf-token]').content,"
            + " answers, minutes: '10', place, seed: '7'};"
            + " for (const [name, value] of Object.entries(fields)) {"
            + "  const input = document.createElement('input'); input.type = 'hidden';"
            + "  input.name = name; input.value = value; form.append(input); }"
            + " document.body.append(form); form.submit(); }",
        List.of(Json.write(Json.parse(Answers.CLEAR)), place));
    page.waitForURL(url -> url.endsWith("/plan"));
    page.waitForLoadState();
  }

  @Test
  void startTheSessionIsInThePhonesFirstWindowAndTheRestFoldsAway() {
    planPage(Camera.OFF);
  }

  @Test
  @Tag(Browser.SCREENSHOTS)
  void screenshotsOfThePlanPage() {
    planPage(Camera.ON);
  }

  private static void planPage(Camera camera) {
    List<ColorScheme> schemes =
        camera.on() ? List.of(ColorScheme.LIGHT, ColorScheme.DARK) : List.of(ColorScheme.LIGHT);
    for (ColorScheme scheme : schemes) {
      for (boolean phone : new boolean[] {true, false}) {
        String look = (phone ? "phone" : "desktop") + "-" + scheme.name().toLowerCase(Locale.ROOT);
        try (BrowserContext context = screen(phone, scheme)) {
          Page page = context.newPage();
          plan(page, "HOME");

          @SuppressWarnings("unchecked")
          Map<String, Number> start =
              (Map<String, Number>)
                  page.evaluate(
                      "() => { const button = [...document.querySelectorAll('button')]"
                          + ".find(b => b.textContent === 'Start the session');"
                          + " const r = button.getBoundingClientRect();"
                          + " return {bottom: r.bottom, height: window.innerHeight}; }");
          assertThat(start.get("bottom").doubleValue())
              .as("Start the session in the first window, " + look)
              .isLessThanOrEqualTo(start.get("height").doubleValue());
          assertThat(page.isVisible("ul.left-out")).as("left out, folded").isFalse();
          assertThat(page.locator("details.left-out-details summary").count()).isEqualTo(1);
          camera.window(page, "plan-" + look);
          if (camera.on()) {
            page.click("details.left-out-details summary");
            page.click("details.mind-details summary");
            camera.fullPage(page, "plan-opened-" + look);
          } else {
            Browser.assertAccessible(page, "plan page, " + look);
          }
        }
      }
    }
  }

  @Test
  void choosingADeskTicksTheChairAndTheWallAndNoFreeWallUnticksTheWall() {
    try (BrowserContext context = screen(false, ColorScheme.LIGHT)) {
      Page page = context.newPage();
      plan(page, "HOME");
      assertThat(page.isChecked("#plan-equipment")).isFalse();
      assertThat(page.isChecked("#plan-equipment-WALL")).isFalse();

      page.check("#plan-place");

      assertThat(page.isChecked("#plan-equipment")).as("chair").isTrue();
      assertThat(page.isChecked("#plan-equipment-WALL")).as("wall").isTrue();
      page.check("#plan-noWall");
      assertThat(page.isChecked("#plan-equipment-WALL")).isFalse();
      page.check("#plan-equipment-WALL");
      assertThat(page.isChecked("#plan-noWall")).isFalse();
    }
  }
}

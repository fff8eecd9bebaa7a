package dev.limber.web.pages;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.ColorScheme;
import dev.limber.web.H2Server;
import dev.limber.web.ServerFixture;
import dev.limber.web.api.ProgramRoutesTest;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The program builder in a real Chromium, with JavaScript and without: add, move, remove, the
 * session's time and preview, saving as a new version; and the person's program page with its
 * drawings and the clinician's contact line; axe in both themes.
 */
class ProgramBuilderBrowserTest {
  @RegisterExtension static final H2Server server = new H2Server();

  private static BrowserContext as(BrowserContext context, ServerFixture.SignedIn person) {
    return Browser.signedIn(context, server, person);
  }

  private static List<String> chosen(Page page) {
    return page.locator("[data-chosen] li").all().stream()
        .map(item -> item.getAttribute("data-technique"))
        .toList();
  }

  /** Adds three techniques, moves and removes with the buttons, and saves twice. */
  private static String buildWithButtons(Page page, Camera camera) {
    page.navigate(server.url("/clinician/programs/new"));
    assertThat(page.textContent("[data-preview]")).contains("Add a technique");
    page.fill("#title", "Desk back");
    page.click("button[aria-label='Add Upward stretch']");
    page.click("button[aria-label='Add Armchair twist']");
    page.click("button[aria-label='Add Butterfly stretch, elbows together']");
    assertThat(chosen(page))
        .containsExactly("upward-stretch", "armchair-twist", "butterfly-elbows");
    assertThat(page.inputValue("#title")).isEqualTo("Desk back");
    String total = page.textContent("[data-total]");
    assertThat(total).contains("About").contains("min");

    page.click("button[aria-label='Move Butterfly stretch, elbows together up']");
    assertThat(chosen(page))
        .containsExactly("upward-stretch", "butterfly-elbows", "armchair-twist");
    page.click("button[aria-label='Move Upward stretch down']");
    assertThat(chosen(page))
        .containsExactly("butterfly-elbows", "upward-stretch", "armchair-twist");
    assertThat(page.textContent(".timeline-steps"))
        .contains("Hold: Armchair twist, left side, 1 of")
        .contains("Switch sides")
        .contains("Rest: Upward stretch");
    camera.fullPage(page, "program-builder");
    page.click("button[aria-label='Remove Butterfly stretch, elbows together']");
    assertThat(chosen(page)).containsExactly("upward-stretch", "armchair-twist");
    assertThat(page.textContent("[data-total]")).isNotEqualTo(total);

    page.fill("#hold-armchair-twist", "25");
    page.click("text=Update the time and the preview");
    assertThat(page.locator(".timeline-steps li").allTextContents())
        .anyMatch(step -> step.contains("Armchair twist, right side") && step.contains("25 s"));
    page.click("text=Save the program");
    assertThat(page.url()).as(page.textContent("main")).contains("saved=1");
    String programUrl = page.url().replaceAll("\\?.*", "");
    page.fill("#hold-upward-stretch", "20");
    page.click("text=Save the program");
    assertThat(page.url()).contains("saved=2");
    assertThat(page.textContent("[role=status]")).contains("version 2");
    assertThat(page.inputValue("#hold-upward-stretch")).isEqualTo("20");
    return programUrl;
  }

  @Test
  void theBuilderWorksWithoutJavaScript() {
    ServerFixture.SignedIn ng = server.fixture.clinician("ng.nojs@example.org");
    try (BrowserContext context =
        as(
            Browser.context(
                new com.microsoft.playwright.Browser.NewContextOptions()
                    .setJavaScriptEnabled(false)),
            ng)) {
      Page page = context.newPage();

      buildWithButtons(page, Camera.OFF);

      page.fill("#hold-armchair-twist", "59");
      page.evalOnSelector("form.builder", "form => form.noValidate = true");
      assertThat(page.getAttribute("#hold-armchair-twist", "max")).isNotNull();
    }
  }

  @Test
  void theBuilderWithJavaScriptDragsToReorderAndPassesAxeInBothThemes() {
    builderWithJavaScript(Camera.OFF);
  }

  @Test
  @Tag(Browser.SCREENSHOTS)
  void screenshotsOfTheBuilderAndThePersonsProgram() {
    builderWithJavaScript(Camera.ON);
    thePersonsProgram(Camera.ON);
  }

  private static void builderWithJavaScript(Camera camera) {
    ServerFixture.SignedIn ng =
        server.fixture.clinician("ng.js." + camera.hashCode() + "@example.org");
    try (BrowserContext context = as(Browser.context(ColorScheme.LIGHT), ng)) {
      Page page = context.newPage();
      buildWithButtons(page, Camera.OFF);
      page.click("button[aria-label='Add Butterfly stretch, elbows together']");
      assertThat(chosen(page))
          .containsExactly("upward-stretch", "armchair-twist", "butterfly-elbows");

      // The drop posts the form; wait for the page it answers with.
      page.waitForNavigation(
          () ->
              page.dragAndDrop(
                  "[data-chosen] li[data-technique=butterfly-elbows] img",
                  "[data-chosen] li[data-technique=upward-stretch] img"));

      assertThat(chosen(page).get(0)).isEqualTo("butterfly-elbows");
      Browser.inLooks(
          page,
          Browser.Look.EVERY,
          look -> {
            Browser.assertAccessible(page, "builder, " + look);
            camera.fullPage(page, "program-builder-" + look);
          });
      page.navigate(server.url("/clinician/contact"));
      page.fill("#contactLine", "x".repeat(10));
      Browser.inLooks(
          page,
          Browser.Look.BOTH_THEMES,
          look -> Browser.assertAccessible(page, "contact, " + look));
    }
  }

  @Test
  void thePersonsProgramShowsEachStepsDrawingAndTheClinicansContactLine() {
    thePersonsProgram(Camera.OFF);
  }

  private static void thePersonsProgram(Camera camera) {
    ServerFixture.SignedIn lee =
        server.fixture.clinician("lee." + camera.hashCode() + "@example.org");
    ServerFixture.SignedIn ana =
        server.fixture.signUpAndIn("ana." + camera.hashCode() + "@example.org");
    server.fixture.joinedProgram(lee, ana, ProgramRoutesTest.PROGRAM);
    try (BrowserContext context = as(Browser.context(ColorScheme.LIGHT), lee)) {
      Page page = context.newPage();
      page.navigate(server.url("/clinician/contact"));
      page.fill("#contactLine", "  Harbour Physio, 01632 960 123, weekdays  ");
      page.click("text=Save the contact line");
      assertThat(page.textContent("[role=status]")).contains("saved");
    }
    try (BrowserContext context = as(Browser.context(ColorScheme.LIGHT), ana)) {
      Page page = context.newPage();
      page.navigate(server.url("/program"));

      assertThat(page.textContent("[data-contact]"))
          .isEqualTo("Harbour Physio, 01632 960 123, weekdays");
      assertThat(page.locator(".program-steps li img.drawing").count())
          .isEqualTo(page.locator(".program-steps li").count())
          .isGreaterThan(0);
      assertThat(page.textContent(".program-steps")).contains("s hold ×");
      Browser.inLooks(
          page,
          Browser.Look.EVERY,
          look -> {
            Browser.assertAccessible(page, "my program, " + look);
            camera.fullPage(page, "program-person-" + look);
          });
    }
  }
}

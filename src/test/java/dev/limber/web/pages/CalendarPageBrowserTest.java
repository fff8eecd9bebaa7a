package dev.limber.web.pages;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.ColorScheme;
import com.microsoft.playwright.options.Cookie;
import dev.limber.web.H2Server;
import java.net.URI;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The desk-break set-up page in a real Chromium, with and without JavaScript. */
class CalendarPageBrowserTest {
  @RegisterExtension static final H2Server server = new H2Server();

  private static void signIn(BrowserContext context, String email) {
    String cookie = server.fixture.signUpAndIn(email).cookie();
    context.addCookies(
        List.of(
            new Cookie(
                    cookie.substring(0, cookie.indexOf('=')),
                    cookie.substring(cookie.indexOf('=') + 1))
                .setUrl(server.url("/"))));
  }

  private static BrowserContext withoutJavaScript() {
    return Browser.context(
        new com.microsoft.playwright.Browser.NewContextOptions()
            .setJavaScriptEnabled(false)
            .setViewportSize(1280, 900));
  }

  @Test
  void aSignedOutVisitorIsSentToSignIn() {
    try (BrowserContext context = Browser.context(ColorScheme.LIGHT)) {
      Page page = context.newPage();
      page.navigate(server.url("/calendar"));
      assertThat(page.url()).isEqualTo(server.url("/sign-in?then=%2Fcalendar"));
    }
  }

  @Test
  void settingUpWithoutJavaScriptGivesAWorkingPrivateAddressAndBadSettingsAreNamed() {
    try (BrowserContext context = withoutJavaScript()) {
      signIn(context, "ana@example.org");
      Page page = context.newPage();
      page.navigate(server.url("/calendar"));
      page.fill("#from", "08:30");
      page.selectOption("#every", "90m");
      page.selectOption("#tz", "Europe/London");
      page.click("button:has-text('Save the reminders')");

      assertThat(page.url()).isEqualTo(server.url("/calendar"));
      String address = page.textContent(".subscription a").trim();
      assertThat(address).startsWith(server.url("/calendar/")).endsWith(".ics");
      assertThat(server.http.get(URI.create(address).getPath()).body()).contains("BEGIN:VEVENT");
      assertThat(page.getAttribute(".add-to-calendar a[href^='webcal:']", "href"))
          .isEqualTo(address.replaceFirst("^https?://", "webcal://"));
      assertThat(page.getAttribute(".add-to-calendar a[download]", "href")).isEqualTo(address);
      assertThat(page.inputValue("#tz")).isEqualTo("Europe/London");

      page.fill("#to", "07:00");
      var refused =
          page.waitForNavigation(() -> page.click("button:has-text('Save the reminders')"));
      assertThat(refused.status()).isEqualTo(400);
      assertThat(page.textContent("#problems")).contains("must be after from");
      assertThat(page.inputValue("#tz")).isEqualTo("Europe/London");

      page.click("button:has-text('Stop the reminders')");
      assertThat(page.locator(".subscription").count()).isZero();
      assertThat(server.http.get(URI.create(address).getPath()).statusCode()).isEqualTo(404);
    }
  }

  @Test
  void theZoneListStartsAtTheBrowsersZone() {
    try (BrowserContext context =
        Browser.context(
            new com.microsoft.playwright.Browser.NewContextOptions()
                .setTimezoneId("Asia/Tokyo")
                .setViewportSize(1280, 900))) {
      signIn(context, "kenji@example.org");
      Page page = context.newPage();
      page.navigate(server.url("/calendar"));

      assertThat(page.inputValue("#tz")).isEqualTo("Asia/Tokyo");
      assertThat(page.locator("#tz option").count()).isGreaterThan(300);

      page.click("button:has-text('Save the reminders')");
      assertThat(page.inputValue("#tz")).isEqualTo("Asia/Tokyo");
    }
  }

  @Test
  void thePagePassesAxeInBothThemesBeforeAfterAndWithErrors() {
    thePageInBothThemes(Camera.OFF);
  }

  @Test
  @Tag(Browser.SCREENSHOTS)
  void screenshotsOfThePage() {
    thePageInBothThemes(Camera.ON);
  }

  /**
   * One walk in the light desktop look; each state is then shown dark, and the saved page on a
   * phone, in place.
   */
  private static void thePageInBothThemes(Camera camera) {
    try (BrowserContext context = Browser.context(ColorScheme.LIGHT)) {
      signIn(context, "light@example.org");
      Page page = context.newPage();
      page.navigate(server.url("/calendar"));
      Browser.assertAccessible(page, "calendar, new", Browser.Look.BOTH_THEMES);
      page.click("button:has-text('Save the reminders')");
      Browser.inLooks(
          page,
          Browser.Look.EVERY,
          look -> {
            Browser.assertAccessible(page, "calendar, saved, " + look);
            camera.fullPage(page, "calendar-" + look);
          });
      page.fill("#to", "07:00");
      page.click("button:has-text('Save the reminders')");
      assertThat(page.textContent("#problems")).contains("must be after from");
      Browser.assertAccessible(page, "calendar, errors", Browser.Look.BOTH_THEMES);
    }
  }
}

package dev.limber.web.pages;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Download;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Response;
import com.microsoft.playwright.options.ColorScheme;
import com.microsoft.playwright.options.FilePayload;
import com.microsoft.playwright.options.RequestOptions;
import dev.limber.web.H2Server;
import dev.limber.web.ServerFixture;
import dev.limber.web.http.Authentication;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The account and journal pages in a real Chromium: without JavaScript, with axe, by weight. */
class JournalPagesBrowserTest {
  @RegisterExtension static final H2Server server = new H2Server();

  private static final String PASSWORD = ServerFixture.PASSWORD;

  private static String url(String path) {
    return server.url(path);
  }

  /** Clicks the submit button of the form posting to {@code action}; answers the page it led to. */
  private static Response submit(Page page, String action) {
    return page.waitForNavigation(
        () -> page.click("form[action='" + action + "'] button[type=submit]"));
  }

  private static void signUpAndIn(Page page, String email) {
    page.navigate(url("/sign-up"));
    page.fill("#email", email);
    page.fill("#password", PASSWORD);
    submit(page, "/sign-up");
    assertThat(page.url()).endsWith("/journal");
  }

  /** A session stopped for pain, sent to the API with the page's own cookie and form token. */
  private static void stopASessionForPain(Page page) {
    String token = page.getAttribute("meta[name=csrf-token]", "content");
    var answer =
        page.context()
            .request()
            .post(
                url("/api/sessions"),
                RequestOptions.create()
                    .setHeader("Content-Type", "application/json")
                    .setHeader(Authentication.CSRF_HEADER, token)
                    .setData(JournalSeed.stoppedForPain(Instant.now())));
    assertThat(answer.status()).as(answer.text()).isEqualTo(201);
  }

  private static void importSeed(Page page) {
    page.navigate(url("/journal/import"));
    page.setInputFiles(
        "#file",
        new FilePayload(
            "journal.json",
            "application/json",
            JournalSeed.export(Instant.now()).getBytes(StandardCharsets.UTF_8)));
    submit(page, "/journal/import");
    assertThat(page.textContent("main")).contains("The file is imported");
  }

  @Test
  void theWholeJournalAndAccountWorkWithJavaScriptOff() throws Exception {
    try (BrowserContext context =
        Browser.context(
            new com.microsoft.playwright.Browser.NewContextOptions().setJavaScriptEnabled(false))) {
      Page page = context.newPage();
      page.navigate(url("/journal"));
      assertThat(page.url()).endsWith("/sign-in?then=%2Fjournal");
      signUpAndIn(page, "nojs@example.org");

      page.navigate(url("/journal/check-in"));
      page.check("#pain-4");
      page.check("#cracked");
      page.fill("#note", "stiff after the train");
      submit(page, "/journal/check-in");
      assertThat(page.url()).endsWith("/journal?done=check-in");
      assertThat(page.textContent("table.history")).contains("Pain 4 of 10; cracked the back");

      page.navigate(url("/journal/insights"));
      assertThat(page.locator("svg[role=img] > title").count()).isGreaterThanOrEqualTo(2);
      assertThat(page.textContent("#pain-chart-title")).contains("Pain trend");

      stopASessionForPain(page);
      page.navigate(url("/journal"));
      assertThat(page.textContent(".flags")).contains("stopped because a stretch hurt");
      page.click("text=record the review");
      page.check("#by-physio");
      submit(page, "/journal/review");
      // The check-in at 4 after a session begun at 2 opened a second flag: pain rose.
      assertThat(page.textContent("main")).contains("It closed your 2 open pain flags.");
      assertThat(page.locator(".flags").count()).isZero();

      page.navigate(url("/journal/import"));
      Download download = page.waitForDownload(() -> page.click("text=Download the journal"));
      String exported = Files.readString(download.path());
      assertThat(exported).contains("\"format\":\"limber-journal\"", "stiff after the train");

      page.navigate(url("/journal/forget"));
      page.check("#confirm");
      submit(page, "/journal/forget");
      assertThat(page.textContent("main")).contains("Nothing in your journal");

      page.navigate(url("/journal/import"));
      page.setInputFiles("#file", download.path());
      submit(page, "/journal/import");
      assertThat(page.textContent("main"))
          .contains("The file is imported")
          .contains("stiff after the train");

      page.navigate(url("/account"));
      page.fill("#name", "my phone");
      submit(page, "/account/tokens");
      assertThat(page.textContent("#new-token")).startsWith("lbr_");
      page.navigate(url("/account"));
      page.click("form[action$='/revoke'] button");
      assertThat(page.textContent("main")).contains("The token is revoked");

      page.fill("#currentPassword", PASSWORD);
      page.fill("#newPassword", "a fresh long passphrase");
      submit(page, "/account/password");
      assertThat(page.textContent("main")).contains("The password is changed");

      page.fill("form[action='/account/delete'] #password", "a fresh long passphrase");
      page.check("#confirm");
      submit(page, "/account/delete");
      assertThat(page.textContent("main"))
          .contains("Your account and its whole journal are deleted");
    }
  }

  /** One walk in the light theme; each state is then shown dark in place and checked again. */
  @Test
  void everyPageInEveryStatePassesAxeInBothThemes() {
    try (BrowserContext context = Browser.context(ColorScheme.LIGHT)) {
      Page page = context.newPage();

      page.navigate(url("/sign-up"));
      Browser.assertAccessible(page, "sign-up", Browser.Look.BOTH_THEMES);
      page.fill("#email", "axe@example.org");
      page.fill("#password", "1234567890");
      submit(page, "/sign-up");
      assertThat(page.textContent("#problems")).contains("Password");
      Browser.assertAccessible(page, "sign-up refused", Browser.Look.BOTH_THEMES);
      page.fill("#password", PASSWORD);
      submit(page, "/sign-up");
      assertThat(page.url()).endsWith("/journal");
      Browser.assertAccessible(page, "journal after sign-up", Browser.Look.BOTH_THEMES);
      page.click("header.site button:has-text('Sign out')");
      page.waitForURL("**/sign-in?done=signed-out");
      Browser.assertAccessible(page, "sign-in after signing out", Browser.Look.BOTH_THEMES);
      page.fill("#email", "axe@example.org");
      page.fill("#password", "not the password");
      submit(page, "/sign-in");
      assertThat(page.textContent("#problems")).contains("the e-mail address or password is wrong");
      Browser.assertAccessible(page, "sign-in refused", Browser.Look.BOTH_THEMES);
      for (int attempt = 0;
          attempt < 8 && !page.textContent("main").contains("too many");
          attempt++) {
        page.fill("#email", "throttled@example.org");
        page.fill("#password", "a wrong guess");
        submit(page, "/sign-in");
      }
      assertThat(page.textContent("#problems")).containsPattern("wait \\d+ minutes");
      Browser.assertAccessible(page, "sign-in throttled", Browser.Look.BOTH_THEMES);

      page.fill("#email", "axe@example.org");
      page.fill("#password", PASSWORD);
      submit(page, "/sign-in");
      Browser.assertAccessible(page, "empty journal", Browser.Look.BOTH_THEMES);
      page.navigate(url("/journal/insights"));
      Browser.assertAccessible(page, "empty insights", Browser.Look.BOTH_THEMES);
      page.navigate(url("/journal/check-in"));
      Browser.assertAccessible(page, "check-in", Browser.Look.BOTH_THEMES);
      submit(page, "/journal/check-in");
      assertThat(page.textContent("#problems")).contains("Pain now");
      Browser.assertAccessible(page, "check-in refused", Browser.Look.BOTH_THEMES);
      page.check("#pain-3");
      submit(page, "/journal/check-in");
      Browser.assertAccessible(page, "journal after a check-in", Browser.Look.BOTH_THEMES);

      page.navigate(url("/journal/import"));
      Browser.assertAccessible(page, "import", Browser.Look.BOTH_THEMES);
      page.setInputFiles(
          "#file",
          new FilePayload(
              "bad.json",
              "application/json",
              "{\"format\":\"limber-journal\",\"version\":2}".getBytes(StandardCharsets.UTF_8)));
      submit(page, "/journal/import");
      assertThat(page.locator("#problems li").count()).isPositive();
      Browser.assertAccessible(page, "import refused", Browser.Look.BOTH_THEMES);
      importSeed(page);
      stopASessionForPain(page);
      page.navigate(url("/journal"));
      Browser.assertAccessible(page, "journal with an open pain flag", Browser.Look.BOTH_THEMES);
      page.navigate(url("/journal/insights"));
      assertThat(page.locator("svg.chart-svg").count()).isEqualTo(3);
      Browser.assertAccessible(page, "insights with charts", Browser.Look.BOTH_THEMES);
      page.click("text=The pain trend as a table");
      Browser.assertAccessible(page, "insights with a table open", Browser.Look.BOTH_THEMES);

      page.navigate(url("/journal/review"));
      Browser.assertAccessible(page, "review with a flag", Browser.Look.BOTH_THEMES);
      page.check("#by-doctor");
      page.fill("#date", "2999-01-01");
      submit(page, "/journal/review");
      assertThat(page.textContent("#problems")).contains("When");
      Browser.assertAccessible(page, "review refused", Browser.Look.BOTH_THEMES);
      page.fill("#date", java.time.LocalDate.now(java.time.ZoneOffset.UTC).toString());
      submit(page, "/journal/review");
      Browser.assertAccessible(page, "journal after a review", Browser.Look.BOTH_THEMES);

      page.navigate(url("/journal/forget"));
      Browser.assertAccessible(page, "forget", Browser.Look.BOTH_THEMES);
      submit(page, "/journal/forget");
      Browser.assertAccessible(page, "forget refused", Browser.Look.BOTH_THEMES);

      page.navigate(url("/account"));
      Browser.assertAccessible(page, "account", Browser.Look.BOTH_THEMES);
      page.fill("#name", "my phone");
      submit(page, "/account/tokens");
      Browser.assertAccessible(page, "account with a new token", Browser.Look.BOTH_THEMES);
      page.navigate(url("/account"));
      Browser.assertAccessible(page, "account listing a token", Browser.Look.BOTH_THEMES);
      page.fill("#currentPassword", "wrong password here");
      page.fill("#newPassword", "another long passphrase");
      submit(page, "/account/password");
      Browser.assertAccessible(page, "password change refused", Browser.Look.BOTH_THEMES);
      page.fill("form[action='/account/delete'] #password", PASSWORD);
      submit(page, "/account/delete");
      Browser.assertAccessible(page, "deletion unconfirmed", Browser.Look.BOTH_THEMES);

      page.navigate(url("/journal/check-in"));
      page.evaluate("document.querySelector('main input[name=_csrf]').remove()");
      page.check("#pain-2");
      Response refused = submit(page, "/journal/check-in");
      assertThat(refused.status()).isEqualTo(403);
      Browser.assertAccessible(page, "form without its token", Browser.Look.BOTH_THEMES);
    }
  }

  /**
   * The page's HTML plus the full size of every stylesheet and script it asks for, fetched again so
   * that a revalidated file (a 304 without a body) still counts whole.
   */
  private static long weight(BrowserContext context, String path) {
    Page page = context.newPage();
    List<String> assets = new java.util.ArrayList<>();
    page.onRequest(
        request -> {
          if (List.of("stylesheet", "script").contains(request.resourceType())) {
            assets.add(request.url());
          }
        });
    Response response = page.navigate(url(path));
    page.waitForLoadState();
    long bytes = response.body().length;
    for (String asset : assets) {
      bytes += context.request().get(asset).body().length;
    }
    page.close();
    return bytes;
  }

  @Test
  void everyPageWeighsUnderTheBudget() {
    try (BrowserContext context = Browser.context(ColorScheme.LIGHT)) {
      Map<String, Long> weights = new LinkedHashMap<>();
      weights.put("/sign-in", weight(context, "/sign-in"));
      weights.put("/sign-up", weight(context, "/sign-up"));
      JournalSeed.signInWithTheSeed(context, server, "weight@example.org");
      for (String path :
          List.of(
              "/journal?days=365",
              "/journal/check-in",
              "/journal/insights",
              "/journal/review",
              "/journal/import",
              "/journal/forget",
              "/account")) {
        weights.put(path, weight(context, path));
      }

      System.out.println("Page weights (HTML+CSS+JS bytes): " + weights);
      assertThat(weights.values())
          .allMatch(bytes -> bytes > 10_000 && bytes < Browser.PAGE_BUDGET_BYTES);
    }
  }

  @Test
  void everyPageFitsA320PixelScreenWithoutScrollingSideways() {
    try (BrowserContext context =
        Browser.context(
            new com.microsoft.playwright.Browser.NewContextOptions()
                .setViewportSize(320, 640)
                .setLocale("en-GB"))) {
      Page page = context.newPage();
      page.navigate(url("/sign-in"));
      assertThat(overflow(page)).as("/sign-in").isLessThanOrEqualTo(0);
      JournalSeed.signInWithTheSeed(context, server, "narrow@example.org");
      for (String path :
          List.of(
              "/journal",
              "/journal/check-in",
              "/journal/insights",
              "/journal/review",
              "/journal/import",
              "/journal/forget",
              "/account")) {
        page.navigate(url(path));

        assertThat(overflow(page)).as(path).isLessThanOrEqualTo(0);
      }
    }
  }

  @Test
  void onAPhoneEachHistoryEntrysDateStaysOnOneLine() {
    try (BrowserContext context = Camera.window(ColorScheme.LIGHT, true)) {
      Page page = context.newPage();
      signUpAndIn(page, "history-phone@example.org");
      importSeed(page);

      page.navigate(url("/journal"));

      List<?> heights =
          (List<?>)
              page.evaluate(
                  "() => [...document.querySelectorAll('table.history td.when')].map(cell =>"
                      + " cell.getBoundingClientRect().height"
                      + " / parseFloat(getComputedStyle(cell).lineHeight))");
      assertThat(heights).isNotEmpty();
      assertThat(heights)
          .allSatisfy(lines -> assertThat(((Number) lines).doubleValue()).isLessThan(1.9));
    }
  }

  /** How many CSS pixels the page is wider than the window. */
  private static int overflow(Page page) {
    return ((Number) page.evaluate("document.documentElement.scrollWidth - window.innerWidth"))
        .intValue();
  }

  @ParameterizedTest
  @EnumSource(
      value = ColorScheme.class,
      names = {"LIGHT", "DARK"})
  @Tag(Browser.SCREENSHOTS)
  void screenshotsOfTheMainPages(ColorScheme scheme) {
    Camera camera = Camera.ON;
    String theme = scheme.name().toLowerCase(java.util.Locale.ROOT);
    String email = "shots-" + theme + "@example.org";
    boolean first = true;
    for (boolean phone : new boolean[] {false, true}) {
      try (BrowserContext context = Camera.window(scheme, phone)) {
        Page page = context.newPage();
        String look = Camera.look(scheme, phone);
        page.navigate(url("/sign-in"));
        camera.page(page, "sign-in-" + look);
        if (first) {
          page.navigate(url("/sign-up"));
          camera.page(page, "sign-up-" + look);
          signUpAndIn(page, email);
          importSeed(page);
          stopASessionForPain(page);
          page.navigate(url("/account"));
          page.fill("#name", "laptop script");
          submit(page, "/account/tokens");
          first = false;
        } else {
          page.navigate(url("/sign-up"));
          camera.page(page, "sign-up-" + look);
          page.navigate(url("/sign-in"));
          page.fill("#email", email);
          page.fill("#password", PASSWORD);
          submit(page, "/sign-in");
        }
        page.navigate(url("/account"));
        camera.page(page, "account-" + look);
        page.navigate(url("/journal"));
        assertThat(page.locator(".flags").count()).isEqualTo(1);
        camera.page(page, "journal-" + look);
        page.navigate(url("/journal/insights"));
        camera.page(page, "insights-" + look);
        for (String chart : List.of("trend", "relief", "weeks")) {
          camera.element(
              page.locator("section[aria-labelledby=" + chart + "-heading] figure"),
              "chart-" + chart + "-" + look);
        }
      }
    }
  }
}

package dev.limber.web.pages;

import static org.assertj.core.api.Assertions.assertThat;

import com.deque.html.axecore.playwright.AxeBuilder;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.Response;
import com.microsoft.playwright.options.ColorScheme;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Debian's Chromium driven by Playwright, one per test thread (started once, closed when the JVM
 * ends), with the checks the web app's pages must pass: axe-core finds no WCAG 2.2 A/AA violation,
 * and a page's own HTML, CSS and JavaScript stay under the budget.
 */
public final class Browser {
  static final Path CHROMIUM = Path.of("/usr/bin/chromium");

  /** Each page's HTML + CSS + JS before compression, illustrations apart (issue 13). */
  static final int PAGE_BUDGET_BYTES = 60 * 1024;

  /** The axe-core rule tags every page must pass. */
  static final List<String> AXE_TAGS =
      List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa");

  private static final List<String> FLAGS =
      List.of(
          "--headless",
          "--no-sandbox",
          "--disable-gpu",
          "--disable-background-networking",
          "--disable-component-update",
          "--disable-sync",
          "--no-first-run",
          "--disable-quic");

  // Playwright is not thread-safe: each test thread drives its own Playwright and Chromium, so two
  // browser test classes run side by side (JUnit runs two classes at a time), each in one thread.
  private static final ThreadLocal<com.microsoft.playwright.Browser> SHARED = new ThreadLocal<>();

  private Browser() {}

  /** This thread's headless Chromium, started on first use, closed when the JVM ends. */
  static com.microsoft.playwright.Browser chromium() {
    com.microsoft.playwright.Browser shared = SHARED.get();
    if (shared == null) {
      assertThat(CHROMIUM).as("Debian chromium; scripts/setup.sh installs it").isExecutable();
      Playwright playwright =
          Playwright.create(
              new Playwright.CreateOptions()
                  .setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
      shared =
          playwright
              .chromium()
              .launch(
                  new BrowserType.LaunchOptions()
                      .setExecutablePath(CHROMIUM)
                      .setHeadless(true)
                      .setArgs(FLAGS));
      SHARED.set(shared);
      Runtime.getRuntime().addShutdownHook(new Thread(playwright::close));
    }
    return shared;
  }

  /** A fresh browser profile (no cookies, no service worker) in the light or dark theme. */
  public static BrowserContext context(ColorScheme scheme) {
    return chromium()
        .newContext(
            new com.microsoft.playwright.Browser.NewContextOptions()
                .setColorScheme(scheme)
                .setViewportSize(1280, 900)
                .setLocale("en-GB"));
  }

  /** A fresh profile at a phone's width (360 × 760), touch-sized. */
  static BrowserContext phone(ColorScheme scheme) {
    return chromium()
        .newContext(
            new com.microsoft.playwright.Browser.NewContextOptions()
                .setColorScheme(scheme)
                .setViewportSize(360, 760)
                .setDeviceScaleFactor(2)
                .setIsMobile(true)
                .setHasTouch(true)
                .setLocale("en-GB"));
  }

  /**
   * Saves a full-page PNG of the page as it is now to {@code target/screenshots/NAME.png}, to be
   * looked at; the ones worth keeping are copied to docs/screenshots/ by hand.
   */
  static Path screenshot(Page page, String name) {
    Path file = Path.of("target", "screenshots", name + ".png");
    page.screenshot(new Page.ScreenshotOptions().setPath(file).setFullPage(true));
    return file;
  }

  /** axe-core's own script, from the axe-core Playwright jar. */
  private static final String AXE_SCRIPT = AxeBuilder.getAxeScript();

  /**
   * Fails naming every axe-core violation (rule, impact, the elements) found on the page now. The
   * pages have no frames, so axe runs in the page itself, put there once per document, and only
   * violations are gathered in full: a third of the time of the builder's frame-by-frame run.
   */
  static void assertAccessible(Page page, String state) {
    if (!Boolean.TRUE.equals(page.evaluate("() => typeof window.axe === 'object'"))) {
      page.evaluate("() => {" + AXE_SCRIPT + "}");
    }
    @SuppressWarnings("unchecked")
    List<Map<String, Object>> violations =
        (List<Map<String, Object>>)
            page.evaluate(
                "tags => axe.run(document, {runOnly: {type: 'tag', values: tags},"
                    + " resultTypes: ['violations']}).then(results => results.violations.map("
                    + "rule => ({id: rule.id, impact: rule.impact, help: rule.help,"
                    + " nodes: rule.nodes.map(node => node.target.join(' '))})))",
                AXE_TAGS);
    assertThat(violations)
        .as("axe-core on %s (%s):%n%s", page.url(), state, describe(violations))
        .isEmpty();
  }

  private static String describe(List<Map<String, Object>> violations) {
    return violations.stream()
        .map(
            rule ->
                rule.get("id")
                    + " ["
                    + rule.get("impact")
                    + "] "
                    + rule.get("help")
                    + ": "
                    + rule.get("nodes"))
        .collect(Collectors.joining("\n"));
  }

  /**
   * Loads {@code url} and answers the bytes of its HTML, CSS and JavaScript (the document and every
   * stylesheet and script it loaded), before compression.
   */
  static long pageWeight(Page page, String url) {
    long[] bytes = {0};
    java.util.function.Consumer<Response> counter =
        response -> {
          String type = response.request().resourceType();
          if (List.of("document", "stylesheet", "script").contains(type)) {
            bytes[0] += response.body().length;
          }
        };
    page.onResponse(counter);
    try {
      page.navigate(url);
      page.waitForLoadState();
    } finally {
      page.offResponse(counter);
    }
    return bytes[0];
  }
}

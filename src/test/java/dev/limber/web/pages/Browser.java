package dev.limber.web.pages;

import static org.assertj.core.api.Assertions.assertThat;

import com.deque.html.axecore.playwright.AxeBuilder;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.Response;
import com.microsoft.playwright.options.ColorScheme;
import com.microsoft.playwright.options.ReducedMotion;
import dev.limber.web.ServerFixture;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import javax.imageio.ImageIO;

/**
 * One Chromium (Debian's, driven by Playwright) per test thread, started on first use and closed
 * when the JVM ends, handing each test fresh browser profiles; and the checks the web app's pages
 * must pass: axe-core finds no WCAG 2.2 A/AA violation, and a page's own HTML, CSS and JavaScript
 * stay under the budget. Playwright is not thread-safe, so each thread drives only its own
 * Chromium, and two browser classes run side by side like any others.
 */
public final class Browser {
  static final Path CHROMIUM = Path.of("/usr/bin/chromium");

  /**
   * The tag of the tests that only take screenshots for people to look at: left out of the suite,
   * run by {@code scripts/screenshots} into {@code target/screenshots/}.
   */
  public static final String SCREENSHOTS = "screenshots";

  /** Each page's HTML + CSS + JS before compression, illustrations apart (issue 13). */
  static final int PAGE_BUDGET_BYTES = 60 * 1024;

  /** The axe-core rule tags every page must pass in the light theme on a desktop's window. */
  static final List<String> AXE_TAGS =
      List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa");

  /**
   * The axe-core rules the dark theme and a phone's window can break where the light desktop passes
   * (colour contrast, and layout: zoom, orientation, target size); a subset of {@link #AXE_TAGS}.
   */
  static final List<String> CONTRAST_AND_LAYOUT_RULES =
      List.of(
          "color-contrast",
          "link-in-text-block",
          "target-size",
          "meta-viewport",
          "css-orientation-lock");

  /** The narrowest window that counts as a desktop's; the phone profile is 360 px wide. */
  static final int DESKTOP_MIN_WIDTH = 1024;

  /** A way one page is shown: its theme and its window, switched in place on an open page. */
  enum Look {
    LIGHT_DESKTOP(ColorScheme.LIGHT, false),
    DARK_DESKTOP(ColorScheme.DARK, false),
    LIGHT_PHONE(ColorScheme.LIGHT, true),
    DARK_PHONE(ColorScheme.DARK, true);

    /** Both themes at a desktop's window. */
    static final List<Look> BOTH_THEMES = List.of(LIGHT_DESKTOP, DARK_DESKTOP);

    /** Both themes at a desktop's and at a phone's window. */
    static final List<Look> EVERY = List.of(values());

    private final ColorScheme scheme;
    private final boolean phone;

    Look(ColorScheme scheme, boolean phone) {
      this.scheme = scheme;
      this.phone = phone;
    }

    /** "light" or "dark". */
    String theme() {
      return scheme.name().toLowerCase(java.util.Locale.ROOT);
    }

    /** "desktop" or "phone". */
    String size() {
      return phone ? "phone" : "desktop";
    }

    /** "desktop-light", "phone-dark" and so on: the tail of a state's and a picture's name. */
    @Override
    public String toString() {
      return size() + "-" + theme();
    }
  }

  /**
   * Shows the page as it is now in each of {@code looks} in turn (the theme through the page's
   * media emulation, the phone as the phone profile's 360 × 760 window) and runs {@code check} in
   * each; then puts back the light theme and the window the page had, so the walk goes on as it
   * was. The page's context is a light desktop's, like {@link #context(ColorScheme)} makes.
   */
  static void inLooks(Page page, List<Look> looks, java.util.function.Consumer<Look> check) {
    com.microsoft.playwright.options.ViewportSize desktop = page.viewportSize();
    try {
      for (Look look : looks) {
        page.emulateMedia(new Page.EmulateMediaOptions().setColorScheme(look.scheme));
        if (look.phone) {
          page.setViewportSize(360, 760);
        } else {
          page.setViewportSize(desktop.width, desktop.height);
        }
        check.accept(look);
      }
    } finally {
      page.emulateMedia(new Page.EmulateMediaOptions().setColorScheme(ColorScheme.LIGHT));
      page.setViewportSize(desktop.width, desktop.height);
    }
  }

  /**
   * {@link #assertAccessible} in each of {@code looks} in turn, on the page as it is now: every
   * rule in the light desktop look, contrast and layout rules in the others.
   */
  static void assertAccessible(Page page, String state, List<Look> looks) {
    inLooks(page, looks, look -> assertAccessible(page, state + ", " + look));
  }

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

  /** Each thread's own Playwright and Chromium: Playwright's objects are not thread-safe. */
  private static final ThreadLocal<com.microsoft.playwright.Browser> PER_THREAD =
      ThreadLocal.withInitial(Browser::launch);

  private Browser() {}

  /**
   * This thread's headless Chromium, started on its first use, closed when the JVM ends; each test
   * makes its own contexts and closes them.
   */
  static com.microsoft.playwright.Browser chromium() {
    return PER_THREAD.get();
  }

  private static com.microsoft.playwright.Browser launch() {
    assertThat(CHROMIUM).as("Debian chromium; scripts/setup.sh installs it").isExecutable();
    Playwright playwright =
        Playwright.create(
            new Playwright.CreateOptions().setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
    Runtime.getRuntime().addShutdownHook(new Thread(playwright::close, "close-chromium"));
    return playwright
        .chromium()
        .launch(
            new BrowserType.LaunchOptions()
                .setExecutablePath(CHROMIUM)
                .setHeadless(true)
                .setArgs(FLAGS));
  }

  /** A fresh browser profile (no cookies, no service worker) made with {@code options}. */
  static BrowserContext context(com.microsoft.playwright.Browser.NewContextOptions options) {
    return chromium().newContext(options);
  }

  /** A fresh profile at a desktop's window (1280 × 900) in the light or dark theme. */
  static BrowserContext context(ColorScheme scheme) {
    return context(
        new com.microsoft.playwright.Browser.NewContextOptions()
            .setColorScheme(scheme)
            .setViewportSize(1280, 900)
            .setLocale("en-GB"));
  }

  /**
   * {@code context} holding {@code person}'s session cookie for {@code server}, so its pages open
   * signed in as them.
   */
  static BrowserContext signedIn(
      BrowserContext context, dev.limber.web.H2Server server, ServerFixture.SignedIn person) {
    String[] cookie = person.cookie().split("=", 2);
    context.addCookies(
        List.of(
            new com.microsoft.playwright.options.Cookie(cookie[0], cookie[1])
                .setUrl(server.url("/"))));
    return context;
  }

  /** A fresh profile at a phone's width (360 × 760), touch-sized. */
  static BrowserContext phone(ColorScheme scheme) {
    return context(
        new com.microsoft.playwright.Browser.NewContextOptions()
            .setColorScheme(scheme)
            .setViewportSize(360, 760)
            .setDeviceScaleFactor(2)
            .setIsMobile(true)
            .setHasTouch(true)
            .setLocale("en-GB"));
  }

  /**
   * A screenshot of {@code html} (a file) in a {@code width} × {@code height} window at scale 1,
   * with reduced motion asked for, so animations stand still.
   */
  public static BufferedImage screenshot(Path html, int width, int height) {
    try (BrowserContext context =
        context(
            new com.microsoft.playwright.Browser.NewContextOptions()
                .setViewportSize(width, height)
                .setDeviceScaleFactor(1)
                .setReducedMotion(ReducedMotion.REDUCE))) {
      Page page = context.newPage();
      page.navigate(html.toUri().toString());
      return ImageIO.read(new ByteArrayInputStream(page.screenshot()));
    } catch (IOException e) {
      throw new UncheckedIOException("read the screenshot of " + html, e);
    }
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

  /** What the window shows now, without scrolling, to {@code target/screenshots/NAME.png}. */
  static Path viewport(Page page, String name) {
    Path file = Path.of("target", "screenshots", name + ".png");
    page.screenshot(new Page.ScreenshotOptions().setPath(file));
    return file;
  }

  /** axe-core's own script, from the axe-core Playwright jar. */
  private static final String AXE_SCRIPT = AxeBuilder.getAxeScript();

  /**
   * Fails naming every axe-core violation (rule, impact, the elements) found on the page now: every
   * rule of {@link #AXE_TAGS} in the light theme on a desktop's window, only {@link
   * #CONTRAST_AND_LAYOUT_RULES} in the dark theme or a narrower window (the rest cannot differ from
   * the light desktop's run of the same state). The pages have no frames, so axe runs in the page
   * itself, put there once per document, and only violations are gathered in full.
   */
  static void assertAccessible(Page page, String state) {
    if (!Boolean.TRUE.equals(page.evaluate("() => typeof window.axe === 'object'"))) {
      page.evaluate("() => {" + AXE_SCRIPT + "}");
    }
    boolean lightDesktop =
        Boolean.TRUE.equals(
            page.evaluate(
                "width => window.innerWidth >= width"
                    + " && !matchMedia('(prefers-color-scheme: dark)').matches",
                DESKTOP_MIN_WIDTH));
    Map<String, Object> runOnly =
        lightDesktop
            ? Map.of("type", "tag", "values", AXE_TAGS)
            : Map.of("type", "rule", "values", CONTRAST_AND_LAYOUT_RULES);
    @SuppressWarnings("unchecked")
    List<Map<String, Object>> violations =
        (List<Map<String, Object>>)
            page.evaluate(
                "runOnly => axe.run(document, {runOnly, resultTypes: ['violations']})"
                    + ".then(results => results.violations.map("
                    + "rule => ({id: rule.id, impact: rule.impact, help: rule.help,"
                    + " nodes: rule.nodes.map(node => node.target.join(' '))})))",
                runOnly);
    assertThat(violations)
        .as(
            "axe-core (%s) on %s (%s):%n%s",
            lightDesktop ? "every rule" : "contrast and layout rules",
            page.url(),
            state,
            describe(violations))
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

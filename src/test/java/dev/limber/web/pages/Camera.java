package dev.limber.web.pages;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.ColorScheme;
import java.nio.file.Path;

/**
 * The screenshots a browser test takes for people to look at: {@link #OFF} in the suite, {@link
 * #ON} in the tests tagged {@link Browser#SCREENSHOTS}, which {@code scripts/screenshots} runs to
 * write them to {@code target/screenshots/NAME.png} (the ones worth keeping are copied to
 * docs/screenshots/ by hand).
 */
final class Camera {
  static final Camera OFF = new Camera(false);
  static final Camera ON = new Camera(true);

  private final boolean on;

  private Camera(boolean on) {
    this.on = on;
  }

  /**
   * A fresh profile in the window pictures for people are taken in: a 390 × 844 phone (touch, scale
   * 2) or a 1280 × 800 laptop, in the light or dark theme.
   */
  static BrowserContext window(ColorScheme scheme, boolean phone) {
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

  /** "phone-light", "laptop-dark" and so on: the tail of a picture's name. */
  static String look(ColorScheme scheme, boolean phone) {
    return (phone ? "phone" : "laptop") + "-" + scheme.name().toLowerCase(java.util.Locale.ROOT);
  }

  /**
   * The whole page as {@code NAME}, and its first screen as {@code NAME-top} when the page is
   * taller than the window; the page is left scrolled to the top.
   */
  void page(Page page, String name) {
    if (!on) {
      return;
    }
    page.evaluate("window.scrollTo(0, 0)");
    fullPage(page, name);
    if (Boolean.TRUE.equals(
        page.evaluate("document.documentElement.scrollHeight > window.innerHeight"))) {
      window(page, name + "-top");
    }
  }

  /** True when this camera writes files; a test skips the scrolling a picture alone needs. */
  boolean on() {
    return on;
  }

  /** The whole page, scrolled-off parts included. */
  void fullPage(Page page, String name) {
    if (on) {
      Browser.screenshot(page, name);
    }
  }

  /** What the window shows now, without scrolling. */
  void window(Page page, String name) {
    if (on) {
      Browser.viewport(page, name);
    }
  }

  /** One element, cut out of the page. */
  void element(Locator element, String name) {
    if (on) {
      element.screenshot(new Locator.ScreenshotOptions().setPath(file(name)));
    }
  }

  private static Path file(String name) {
    return Path.of("target", "screenshots", name + ".png");
  }
}

package dev.limber.web.pages;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
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

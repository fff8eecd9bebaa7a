package dev.limber.web.pages;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Response;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.ColorScheme;
import com.microsoft.playwright.options.WaitForSelectorState;
import dev.limber.json.Json;
import dev.limber.screening.EmergencyNotice;
import dev.limber.screening.NewSymptom;
import dev.limber.screening.SafetyWords;
import dev.limber.web.Answers;
import dev.limber.web.H2Server;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The player as one session screen (issue 23) on a 390 × 844 phone and a 1280 × 800 laptop: the
 * countdown and the controls stay in the window, nothing jumps or shifts, Skip goes to the next
 * technique, a short count gets the person ready, and the emergency stop names the symptom and the
 * number to call.
 */
class PlayerScreenBrowserTest {
  private static final Instant T0 = PlayerBrowserTest.T0;
  private static final MovableClock CLOCK = new MovableClock(T0);

  @RegisterExtension static final H2Server server = new H2Server(CLOCK);

  private static final String SHORT = "{\"minutes\":2,\"place\":\"HOME\",\"seed\":7}";

  /** Sums each layout shift no input caused, from the page's first paint on (CLS's own rule). */
  private static final String LAYOUT_SHIFTS =
      "window.__shifts = 0; new PerformanceObserver(list => { for (const entry of"
          + " list.getEntries()) if (!entry.hadRecentInput) window.__shifts += entry.value; })"
          + ".observe({type: 'layout-shift', buffered: true});";

  @BeforeEach
  void clockAtTheStart() {
    CLOCK.set(T0);
  }

  /** A laptop's window (1280 × 800) or a phone's (390 × 844), in {@code scheme}. */
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

  /** Plans a short session from the plan page's two fields, as its form posts them. */
  private static void plan(Page page) {
    page.navigate(server.url("/"));
    page.evaluate(
        "([answers, preferences]) => {"
            + " const form = document.createElement('form');"
            + " form.method = 'post'; form.action = '/play';"
            + " const fields = {_csrf: document.querySelector('meta[name=csrf-token]').content,"
            + " answers, preferences};"
            + " for (const [name, value] of Object.entries(fields)) {"
            + "  const input = document.createElement('input'); input.type = 'hidden';"
            + "  input.name = name; input.value = value; form.append(input); }"
            + " document.body.append(form); form.submit(); }",
        List.of(Json.write(Json.parse(Answers.CLEAR)), SHORT));
    page.waitForURL(url -> url.contains("/play/"));
    page.waitForLoadState();
  }

  private static List<Map<String, Object>> segments(Page page) {
    @SuppressWarnings("unchecked")
    List<Map<String, Object>> segments =
        (List<Map<String, Object>>)
            page.evaluate(
                "() => JSON.parse(document.getElementById('player-data').textContent).segments");
    return segments;
  }

  private static long seconds(Map<String, Object> segment) {
    return ((Number) segment.get("seconds")).longValue();
  }

  private static int shownIndex(Page page) {
    return Integer.parseInt(page.getAttribute("#player-count", "data-index"));
  }

  /**
   * Where {@code selector} is drawn, against the window: {top, bottom, left, right, height, width}.
   */
  private static Map<String, Number> box(Page page, String selector) {
    @SuppressWarnings("unchecked")
    Map<String, Number> box =
        (Map<String, Number>)
            page.evaluate(
                "selector => { const r = document.querySelector(selector).getBoundingClientRect();"
                    + " return {top: r.top, bottom: r.bottom, left: r.left, right: r.right,"
                    + " height: window.innerHeight, width: window.innerWidth}; }",
                selector);
    return box;
  }

  /** The countdown and Pause, Skip and It hurts, each visible and whole inside the window. */
  private static void assertControlsInTheWindow(Page page, String when) {
    for (String selector : List.of("#player-count", "#pause", "#skip", "#hurts")) {
      assertThat(page.isVisible(selector)).as("%s visible %s", selector, when).isTrue();
      Map<String, Number> box = box(page, selector);
      assertThat(box.get("top").doubleValue()).as("%s top %s", selector, when).isGreaterThan(0);
      assertThat(box.get("bottom").doubleValue())
          .as("%s bottom %s", selector, when)
          .isLessThanOrEqualTo(box.get("height").doubleValue());
      assertThat(box.get("left").doubleValue()).as("%s left %s", selector, when).isGreaterThan(0);
      assertThat(box.get("right").doubleValue())
          .as("%s right %s", selector, when)
          .isLessThanOrEqualTo(box.get("width").doubleValue());
    }
  }

  private static double scrollY(Page page) {
    return ((Number) page.evaluate("() => window.scrollY")).doubleValue();
  }

  /**
   * Fast-forwards from the first get-ready to 4 s into the first hold, running {@code
   * duringTheCount} half a second into the get-ready count; answers the hold's index.
   */
  private static int toTheFirstHold(
      Page page, List<Map<String, Object>> segments, Runnable duringTheCount) {
    long toHold = 0;
    int hold = 1;
    while (!"HOLD".equals(segments.get(hold).get("kind"))) {
      toHold += seconds(segments.get(hold)) * 1000;
      hold++;
    }
    page.clock().fastForward(toHold);
    page.clock().runFor(500);
    duringTheCount.run();
    page.clock().runFor(2_500 + 4_000);
    assertThat(shownIndex(page)).isEqualTo(hold);
    return hold;
  }

  private static int toTheFirstHold(Page page, List<Map<String, Object>> segments) {
    return toTheFirstHold(page, segments, () -> {});
  }

  @Test
  void theCountdownAndTheControlsStayInTheWindowOnAPhoneAndALaptop() {
    theSessionScreen(Camera.OFF);
  }

  @Test
  @Tag(Browser.SCREENSHOTS)
  void screenshotsOfTheSessionScreen() {
    theSessionScreen(Camera.ON);
  }

  private static void theSessionScreen(Camera camera) {
    for (ColorScheme scheme :
        camera.on() ? List.of(ColorScheme.LIGHT, ColorScheme.DARK) : List.of(ColorScheme.LIGHT)) {
      for (boolean phone : new boolean[] {true, false}) {
        String look = Camera.look(scheme, phone);
        CLOCK.set(T0);
        try (BrowserContext context = screen(phone, scheme)) {
          Page page = PlayerBrowserTest.clockedPage(context);
          plan(page);
          List<Map<String, Object>> segments = segments(page);
          page.click("#start");
          PlayerBrowserTest.answerPain(page, 3);
          page.clock().runFor(500);

          assertControlsInTheWindow(page, "after the first pain answer, " + look);
          assertThat(scrollY(page)).as("no jump after the pain answer, " + look).isZero();
          camera.window(page, "player-after-pain-" + look);
          toTheFirstHold(page, segments, () -> camera.window(page, "player-get-ready-" + look));
          assertControlsInTheWindow(page, "during a hold, " + look);
          assertThat(scrollY(page)).as("no jump during the hold, " + look).isZero();
          camera.window(page, "player-hold-" + look);

          page.click("#hurts");
          page.waitForSelector(
              "#hurts-form",
              new Page.WaitForSelectorOptions().setState(WaitForSelectorState.VISIBLE));
          camera.window(page, "player-it-hurts-" + look);
          PlayerBrowserTest.answerHurts(page, 3, true, false);
          page.waitForSelector(
              "#mild-step",
              new Page.WaitForSelectorOptions().setState(WaitForSelectorState.VISIBLE));
          page.click("#mild-go-on");
          page.clock().runFor(500);
          assertControlsInTheWindow(page, "after a stop for pain, " + look);
          camera.window(page, "player-after-stop-" + look);

          if (camera.on()) {
            toTheEnd(page, segments);
            camera.window(page, "player-end-" + look);
          }
        }
      }
    }
  }

  /** Plays the rest of the session, answers its last pain check and waits for the server's word. */
  private static void toTheEnd(Page page, List<Map<String, Object>> segments) {
    long left = 0;
    for (Map<String, Object> segment : segments) {
      left += seconds(segment) * 1000;
    }
    page.clock().fastForward(left);
    page.clock().runFor(50);
    long pageNow = ((Number) page.evaluate("() => Date.now()")).longValue();
    CLOCK.set(Instant.ofEpochMilli(pageNow).plusSeconds(2));
    PlayerBrowserTest.answerPain(page, 2);
    page.waitForFunction(
        "() => { const s = document.getElementById('end-summary').textContent;"
            + " return s && !s.startsWith('Sending'); }");
  }

  /**
   * Nothing wider than the window: the page never scrolls sideways. The window keeps its width
   * ({@code width}), as a phone could otherwise widen its layout to the content and hide it.
   */
  private static void assertNoSidewaysScroll(Page page, int width, String when) {
    @SuppressWarnings("unchecked")
    Map<String, Number> widths =
        (Map<String, Number>)
            page.evaluate(
                "() => ({scroll: document.documentElement.scrollWidth, window: innerWidth})");
    assertThat(widths.get("window").intValue()).as("window width %s", when).isEqualTo(width);
    assertThat(widths.get("scroll").intValue())
        .as("page width %s", when)
        .isLessThanOrEqualTo(width);
  }

  /** The one 0-10 scale named {@code legend}, as a screen reader finds it: a group of 11 radios. */
  private static void assertOneScale(Page page, String legend, String when) {
    var group = page.getByRole(AriaRole.GROUP, new Page.GetByRoleOptions().setName(legend));
    assertThat(group.count()).as("one visible scale %s", when).isEqualTo(1);
    assertThat(group.getByRole(AriaRole.RADIO).count()).as("choices %s", when).isEqualTo(11);
    assertThat(
            group.getByRole(AriaRole.RADIO, new Locator.GetByRoleOptions().setName("10")).count())
        .as("a choice named by its number %s", when)
        .isEqualTo(1);
  }

  @Test
  void bothPainQuestionsUseTheOneScaleThatFitsAndAnswersToTheKeyboard() {
    String legend = "Your pain now: 0 none, 10 the worst";
    for (boolean phone : new boolean[] {true, false}) {
      String size = phone ? "phone" : "laptop";
      int width = phone ? 390 : 1280;
      try (BrowserContext context = screen(phone, ColorScheme.LIGHT)) {
        Page page = PlayerBrowserTest.clockedPage(context);
        plan(page);
        page.click("#start");
        page.waitForSelector(
            "#pain-form", new Page.WaitForSelectorOptions().setState(WaitForSelectorState.VISIBLE));

        assertOneScale(page, legend, "at the pain check, " + size);
        assertNoSidewaysScroll(page, width, "at the pain check, " + size);
        page.keyboard().type("4");
        Response check =
            page.waitForResponse(
                sent -> sent.url().endsWith("/grade"),
                () -> {
                  page.keyboard().press("Enter");
                  toTheFirstHold(page, segments(page));
                  page.click("#hurts");
                  assertOneScale(page, legend, "after It hurts, " + size);
                  assertNoSidewaysScroll(page, width, "after It hurts, " + size);
                  assertThat(page.evaluate("() => document.activeElement.id"))
                      .isEqualTo("hurts-score-0");
                  page.keyboard().type("10");
                  page.keyboard().press("Tab");
                  page.keyboard().press("Space");
                  page.keyboard().press("Tab");
                  page.keyboard().press("ArrowRight");
                  page.keyboard().press("Tab");
                  page.keyboard().press("Enter");
                });

        Map<?, ?> asked = (Map<?, ?>) Json.parse(check.request().postData());
        assertThat(((Number) asked.get("painBefore")).intValue()).as(size).isEqualTo(4);
        assertThat(((Number) asked.get("score")).intValue()).as(size).isEqualTo(10);
        assertThat(asked.get("easing")).as(size).isEqualTo(true);
        assertThat(asked.get("sharpOrSpreading")).as(size).isEqualTo(false);
      }
    }
  }

  @Test
  void aWholeSessionShiftsItsLayoutByLessThanATenth() {
    for (boolean phone : new boolean[] {true, false}) {
      try (BrowserContext context = screen(phone, ColorScheme.LIGHT)) {
        context.addInitScript(LAYOUT_SHIFTS);
        Page page = PlayerBrowserTest.clockedPage(context);
        plan(page);
        List<Map<String, Object>> segments = segments(page);

        page.click("#start");
        PlayerBrowserTest.answerPain(page, 3);
        laidOut(page);
        page.clock().runFor(3_000);
        // Each segment in turn on screen, each laid out and painted (a one-pixel picture forces a
        // frame).
        for (int index = 1; index < segments.size() - 1; index++) {
          // A jump, each due timer fired once: the frames in between would lay out the same screen.
          page.clock().fastForward(seconds(segments.get(index)) * 1000);
          laidOut(page);
        }
        page.waitForSelector(
            "#pain-form", new Page.WaitForSelectorOptions().setState(WaitForSelectorState.VISIBLE));
        laidOut(page);

        double shifts = ((Number) page.evaluate("() => window.__shifts")).doubleValue();
        System.out.printf("player layout shift (%s): %.4f%n", phone ? "phone" : "laptop", shifts);
        assertThat(shifts).as(phone ? "phone" : "laptop").isLessThan(0.1);
      }
    }
  }

  @Test
  void skipGoesToTheNextTechniqueAndSkipThisHoldToTheNextPart() {
    try (BrowserContext context = screen(false, ColorScheme.LIGHT)) {
      Page page = PlayerBrowserTest.clockedPage(context);
      plan(page);
      List<Map<String, Object>> segments = segments(page);
      page.click("#start");
      PlayerBrowserTest.answerPain(page, 3);
      int hold = toTheFirstHold(page, segments);
      String first = (String) segments.get(hold).get("techniqueId");

      page.click("#skip-hold");
      page.clock().runFor(50);
      assertThat(shownIndex(page)).isEqualTo(hold + 1);
      page.click("#skip");
      page.clock().runFor(50);

      int landed = shownIndex(page);
      assertThat(segments.get(landed).get("techniqueId")).isNotEqualTo(first);
      assertThat(segments.get(landed - 1).get("techniqueId")).isEqualTo(first);
      assertThat(segments.get(landed).get("kind")).isIn("GET_READY", "PAIN_CHECK");
      assertThat(page.textContent("#player-state")).endsWith("skipped.");

      page.keyboard().press("q");
      Response response =
          page.waitForResponse(
              sent -> sent.url().endsWith("/events"), () -> page.click("#quit-yes"));
      Map<?, ?> record = (Map<?, ?>) ((Map<?, ?>) Json.parse(response.text())).get("record");
      List<?> parts = (List<?>) record.get("segments");
      for (int index = hold + 1; index < landed; index++) {
        assertThat(((Map<?, ?>) parts.get(index)).get("outcome"))
            .as("part %d of the skipped technique, as the server replayed it", index)
            .isEqualTo("SKIPPED");
      }
    }
  }

  @Test
  void aThreeSecondCountGetsThePersonReadyInTheCountdownsPlace() {
    try (BrowserContext context = screen(true, ColorScheme.LIGHT)) {
      Page page = PlayerBrowserTest.clockedPage(context);
      plan(page);
      List<Map<String, Object>> segments = segments(page);
      page.click("#start");
      PlayerBrowserTest.answerPain(page, 3);
      int hold = 1;
      long toHold = 0;
      while (!"HOLD".equals(segments.get(hold).get("kind"))) {
        toHold += seconds(segments.get(hold)) * 1000;
        hold++;
      }

      page.clock().runFor(toHold + 200);
      assertThat(shownIndex(page)).isEqualTo(hold);
      assertThat(page.textContent("#player-count")).isEqualTo("3");
      assertThat(page.textContent("#player-kind")).isEqualTo("Get ready");
      long full = seconds(segments.get(hold)) * 1000;
      page.clock().runFor(2_000);
      assertThat(page.textContent("#player-count")).isEqualTo("1");
      assertThat(page.getAttribute("#player-count", "data-remaining-ms"))
          .isEqualTo(String.valueOf(full));
      page.clock().runFor(2_000);

      assertThat(page.textContent("#player-kind")).isEqualTo("Hold");
      assertThat(Long.parseLong(page.getAttribute("#player-count", "data-remaining-ms")))
          .isBetween(full - 1_300, full - 700);
      assertThat(page.textContent("#player-state")).isEmpty();
    }
  }

  @Test
  void theEmergencyStopNamesTheSymptomWhatToDoNowAndCallsTheNumber() {
    emergencyStop(Camera.OFF);
  }

  @Test
  @Tag(Browser.SCREENSHOTS)
  void screenshotsOfTheEmergencyStop() {
    emergencyStop(Camera.ON);
  }

  private static void emergencyStop(Camera camera) {
    String number = EmergencyNotice.number();
    for (ColorScheme scheme :
        camera.on() ? List.of(ColorScheme.LIGHT, ColorScheme.DARK) : List.of(ColorScheme.LIGHT)) {
      for (boolean phone : new boolean[] {true, false}) {
        String look = Camera.look(scheme, phone);
        try (BrowserContext context = screen(phone, scheme)) {
          Page page = PlayerBrowserTest.clockedPage(context);
          plan(page);
          page.click("#start");
          PlayerBrowserTest.answerPain(page, 2);
          page.clock().runFor(2_000);

          page.click("#symptom");
          SafetyWords words = SafetyWords.bundled();
          for (NewSymptom symptom : NewSymptom.values()) {
            assertThat(page.textContent("[data-symptom=" + symptom.id() + "]"))
                .isEqualTo(words.symptom(symptom).name());
          }
          page.click("[data-symptom=weakness]");
          page.waitForSelector(
              "#end-emergency",
              new Page.WaitForSelectorOptions().setState(WaitForSelectorState.VISIBLE));

          // Every sentence of the stop is the word table's, the symptom and number filled in.
          SafetyWords.SymptomWords weakness = words.symptom(NewSymptom.WEAKNESS);
          assertThat(page.textContent("#end-symptom"))
              .isEqualTo(
                  words
                      .sentence(SafetyWords.Sentence.symptomNamed)
                      .replace(SafetyWords.SYMPTOM, weakness.words()));
          assertThat(page.textContent("#end-call-line"))
              .isEqualTo(weakness.callLine().replace(SafetyWords.NUMBER, number))
              .startsWith("Call " + number + " now");
          assertThat(page.textContent("#end-advice-now")).isEqualTo(weakness.advice());
          assertThat(page.getAttribute("#end-call", "href")).isEqualTo("tel:" + number);
          assertThat(page.textContent("#end-call")).isEqualTo("Call " + number);
          Map<String, Number> call = box(page, "#end-call");
          assertThat(call.get("bottom").doubleValue())
              .as("the call button in the first window, " + look)
              .isLessThanOrEqualTo(call.get("height").doubleValue());
          page.waitForFunction(
              "() => !document.getElementById('end-summary').textContent.startsWith('Sending')");
          camera.window(page, "player-emergency-" + look);
        }
      }
    }
  }

  /** Forces a frame to be laid out and painted, which is when the browser records layout shifts. */
  private static void laidOut(Page page) {
    page.screenshot(new Page.ScreenshotOptions().setClip(0, 0, 1, 1));
  }
}

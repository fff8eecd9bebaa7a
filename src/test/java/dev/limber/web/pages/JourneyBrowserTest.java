package dev.limber.web.pages;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.ElementHandle;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.ColorScheme;
import dev.limber.render.html.TopicForm;
import dev.limber.web.H2Server;
import dev.limber.web.http.Authentication;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The questionnaire, verdict and plan pages in a real Chromium: anonymous and signed in. */
class JourneyBrowserTest {
  @RegisterExtension static final H2Server server = new H2Server();

  private static String url(String path) {
    return server.url(path);
  }

  private static long screeningsKept() throws SQLException {
    try (Connection connection = server.database().connection();
        Statement statement = connection.createStatement();
        ResultSet rows = statement.executeQuery("SELECT COUNT(*) FROM journal_screening")) {
      rows.next();
      return rows.getLong(1);
    }
  }

  @Test
  void anAnonymousPersonGoesFromTheHomePageToARoutineAndNothingIsKept() throws SQLException {
    try (BrowserContext context = Browser.context(ColorScheme.LIGHT)) {
      Page page = context.newPage();
      page.navigate(url("/"));

      page.click("text=Start a check");
      assertThat(page.textContent("h1")).contains("the signs that need a doctor");
      Journey.answerAll(page, Journey.STIFF);

      assertThat(page.getAttribute("[data-verdict]", "data-verdict")).isEqualTo("CLEAR");
      assertThat(page.textContent("h1")).isEqualTo("Your verdict: Self-care is fine");
      String main = page.textContent("main");
      assertThat(main).doesNotContain(".md").doesNotContain("§");
      List<ElementHandle> drawings =
          page.querySelectorAll("details.allowed-details ul img.drawing");
      assertThat(drawings).isNotEmpty();
      for (ElementHandle drawing : drawings) {
        assertThat(drawing.getAttribute("src"))
            .matches("/api/techniques/[a-z0-9-]+/illustration\\.svg\\?v=.+");
        assertThat(drawing.getAttribute("alt")).startsWith("Drawing of ").hasSizeGreaterThan(20);
      }
      page.fill("#plan-minutes", "8");
      page.check("#plan-place");
      page.click("text=Plan my routine");

      assertThat(page.textContent("h1")).isEqualTo("Today's routine");
      int total = Integer.parseInt(page.getAttribute(".routine", "data-total-seconds"));
      assertThat(total).isPositive().isLessThanOrEqualTo(8 * 60 + 60);
      assertThat(page.querySelectorAll("ol.steps > li")).isNotEmpty();
      assertThat(page.inputValue("form[action='/play'] input[name=preferences]"))
          .contains("\"minutes\":8")
          .contains("\"place\":\"DESK\"")
          .contains("\"seed\":");
      assertThat(page.inputValue("form[action='/handout'] input[name=answers]"))
          .contains("\"painScore\":0");
      assertThat(page.isVisible("form[action='/play'] button")).isTrue();
      assertThat(page.isVisible("form[action='/handout'] button")).isTrue();
      assertThat(screeningsKept()).isZero();
    }
  }

  @Test
  void aSignedInPersonsScreeningIsKeptAndTodaysPlanIsOfferedAgainWithTheLastChoice() {
    try (BrowserContext context = Browser.context(ColorScheme.LIGHT)) {
      Journey.signUpAndIn(context, server, "journey@example.org");
      Page page = context.newPage();
      page.navigate(url("/check"));
      Journey.answerAll(page, Journey.STIFF);
      assertThat(page.getAttribute("[data-verdict]", "data-verdict")).isEqualTo("CLEAR");
      assertThat(Journey.keptScreenings(context, url(""))).hasSize(1);
      page.fill("#plan-minutes", "7");
      page.check("#plan-place");
      page.click("text=Plan my routine");
      assertThat(page.isVisible(".routine")).isTrue();

      page.navigate(url("/plan"));
      assertThat(page.url()).isEqualTo(url("/plan"));
      assertThat(page.textContent("main")).contains("You answered the safety questions today");
      assertThat(page.inputValue("#plan-minutes")).isEqualTo("7");
      assertThat(page.isChecked("#plan-place")).isTrue();
      page.click("text=Plan my routine");
      assertThat(page.textContent(".errors")).contains("Nothing has changed");
      Browser.assertAccessible(page, "plan today, not confirmed");
      page.check("#plan-unchanged");
      page.click("text=Plan my routine");

      assertThat(page.isVisible(".routine")).isTrue();
      assertThat(page.inputValue("form[action='/play'] input[name=answers]"))
          .contains("\"painScore\":0");
      // The check and its plan keep one screening; "nothing has changed" keeps its own.
      assertThat(Journey.keptScreenings(context, url(""))).hasSize(2);
    }
  }

  @Test
  void plansTodayWithoutATodaysScreeningSendsThePersonToTheQuestions() {
    try (BrowserContext context = Browser.context(ColorScheme.LIGHT)) {
      Page page = context.newPage();
      page.navigate(url("/plan"));
      assertThat(page.url()).isEqualTo(url("/check"));
      Journey.signUpAndIn(context, server, "nothing-today@example.org");
      page.navigate(url("/plan"));
      assertThat(page.url()).isEqualTo(url("/check"));
    }
  }

  @Test
  void chestPainStopsTheQuestionsAtOnceWithTheEmergencyWordingAndKeepsTheStopWhenSignedIn() {
    try (BrowserContext context = Browser.context(ColorScheme.LIGHT)) {
      Journey.signUpAndIn(context, server, "stop@example.org");
      Page page = context.newPage();
      page.navigate(url("/check"));
      page.check("#q-chest-pain-yes");
      Journey.next(page);

      assertThat(page.getAttribute("[data-verdict]", "data-verdict")).isEqualTo("URGENT");
      assertThat(page.getAttribute("[data-verdict]", "data-urgency")).isEqualTo("EMERGENCY");
      assertThat(page.textContent("h1")).contains("Call emergency services on 112 now");
      assertThat(page.isVisible("form.routine-form")).isFalse();
      List<?> kept = Journey.keptScreenings(context, url(""));
      assertThat(kept).hasSize(1);
      assertThat(kept.get(0).toString()).contains("verdict=URGENT").contains("U5");
    }
  }

  @Test
  void aMildStopsFollowUpIsAskedOnThePainPageAndANoEndsInSeeingAProfessional() {
    aMildStopsFollowUp(Camera.OFF);
  }

  @Test
  @Tag(Browser.SCREENSHOTS)
  void screenshotsOfAMildStopsFollowUp() {
    aMildStopsFollowUp(Camera.ON);
  }

  private static void aMildStopsFollowUp(Camera camera) {
    try (BrowserContext context = Browser.context(ColorScheme.LIGHT)) {
      String csrf = Journey.signUpAndIn(context, server, "mild@example.org");
      assertThat(
              context
                  .request()
                  .post(
                      url("/api/sessions"),
                      com.microsoft.playwright.options.RequestOptions.create()
                          .setHeader("Content-Type", "application/json")
                          .setHeader(Authentication.CSRF_HEADER, csrf)
                          .setData(JournalSeed.mildStop(java.time.Instant.now())))
                  .status())
          .isEqualTo(201);
      Page page = context.newPage();
      page.navigate(url("/check"));
      Journey.fill(page, Journey.STIFF);
      Journey.next(page);

      assertThat(page.textContent("[data-question=last-stop-settled] legend"))
          .contains("stopped because \u201cWall slide, arms overhead\u201d hurt")
          .endsWith("Is your back back to how it was before that session?");
      Browser.assertAccessible(page, "the follow-up of a mild stop");
      camera.fullPage(page, "check-follow-up-desktop-light");

      Journey.answerAll(page, Journey.stiffWith("last-stop-settled", "no"));

      assertThat(page.getAttribute("[data-verdict]", "data-verdict")).isEqualTo("SEE_PROFESSIONAL");
      assertThat(page.querySelector("[data-rule=S6]")).isNotNull();
      assertThat(page.textContent("main")).doesNotContain("[S6]");
      assertThat(page.getAttribute(".emergency a.tel", "href")).isEqualTo("tel:112");
      Browser.assertAccessible(page, "a mild stop that had not settled");
      camera.fullPage(page, "verdict-not-settled-desktop");
    }
  }

  @Test
  void aFeverStopsTheQuestionsWithTheSameDayWording() {
    try (BrowserContext context = Browser.context(ColorScheme.LIGHT)) {
      Page page = context.newPage();
      page.navigate(url("/check"));
      Journey.fill(page, Map.of("fever", "yes"));
      Journey.next(page);

      assertThat(page.getAttribute("[data-verdict]", "data-urgency")).isEqualTo("TODAY");
      assertThat(page.textContent("h1")).contains("Get medical help today");
    }
  }

  @Test
  void aSeeProfessionalVerdictOffersNoRoutine() {
    try (BrowserContext context = Browser.context(ColorScheme.LIGHT)) {
      Page page = context.newPage();
      page.navigate(url("/check"));
      Journey.answerAll(page, Journey.stiffWith("age", "70", "minor-knock", "yes"));

      assertThat(page.getAttribute("[data-verdict]", "data-verdict")).isEqualTo("SEE_PROFESSIONAL");
      assertThat(page.querySelector("[data-rule=S14]")).isNotNull();
      assertThat(page.textContent("[data-rule=S14]")).contains("Sources:");
      assertThat(page.isVisible("form.routine-form")).isFalse();
      assertThat(page.textContent(".no-routine")).contains("no routine today");
    }
  }

  @Test
  void aMissingOrWrongAnswerIsNamedAndTheOtherAnswersAreKept() {
    try (BrowserContext context = Browser.context(ColorScheme.LIGHT)) {
      Page page = context.newPage();
      page.navigate(url("/check"));
      Journey.fill(page, Journey.STIFF);
      Journey.next(page);
      Journey.fill(page, Journey.stiffWith("pain-score", ""));
      Journey.next(page);

      assertThat(page.title()).startsWith("Error: ");
      assertThat(page.textContent(".errors")).contains("How strong is the pain right now");
      assertThat(page.getAttribute("#q-pain-score-0", "aria-invalid")).isEqualTo("true");
      assertThat(page.isChecked("#q-one-arm-numb")).isTrue();
      page.check("#q-pain-score-3");
      Journey.next(page);
      assertThat(page.textContent(".errors"))
          .contains("For how many weeks have you had this pain?")
          .contains("Type a number of weeks");

      page.click("button[value=back]");
      assertThat(page.textContent("h1")).contains("the signs that need a doctor");
      assertThat(page.isChecked("#g-general-health-none")).isTrue();
      Journey.next(page);
      assertThat(page.isChecked("#q-pain-score-3")).isTrue();
    }
  }

  @Test
  void aFormWhoseAnswersSoFarWereTamperedWithStartsAgainSayingSo() {
    try (BrowserContext context = Browser.context(ColorScheme.LIGHT)) {
      Page page = context.newPage();
      page.navigate(url("/check"));
      Journey.fill(page, Journey.STIFF);
      Journey.next(page);
      page.evaluate("document.querySelector('input[name=\"so-far\"]').value = '{\"age\": 500}'");
      Journey.fill(page, Journey.STIFF);
      Journey.next(page);

      assertThat(page.textContent("h1")).contains("the signs that need a doctor");
      assertThat(page.textContent(".errors")).contains("could not be read");
    }
  }

  @Test
  void theQuestionnaireAndThePlanCanBeCompletedWithTabSpaceAndEnterAlone() {
    try (BrowserContext context = Browser.context(ColorScheme.LIGHT)) {
      Page page = context.newPage();
      page.navigate(url("/check"));
      for (int topic = 0; topic < 5; topic++) {
        page.focus("body");
        List<String> done = new ArrayList<>();
        for (int presses = 0; presses < 200; presses++) {
          page.keyboard().press("Tab");
          String kind =
              (String)
                  page.evaluate(
                      "() => { const e = document.activeElement;"
                          + " return e.tagName + ':' + (e.type || '') + ':' + (e.name || '')"
                          + " + ':' + (e.value || ''); }");
          String[] parts = kind.split(":", -1);
          if (parts[1].equals("checkbox") && parts[2].equals(TopicForm.NONE)) {
            page.keyboard().press("Space"); // "None of these" for each group of signs
          } else if (parts[1].equals("radio") && !done.contains(parts[2])) {
            page.keyboard().press("Space");
            done.add(parts[2]);
          } else if (parts[1].equals("text") && !done.contains(parts[2])) {
            page.keyboard().type(Journey.STIFF.getOrDefault(parts[2], "1"));
            done.add(parts[2]);
          } else if (parts[0].equals("BUTTON") && parts[3].equals("next")) {
            page.waitForNavigation(() -> page.keyboard().press("Enter"));
            break;
          }
        }
      }
      assertThat(page.getAttribute("[data-verdict]", "data-verdict")).isEqualTo("CLEAR");
      page.focus("#plan-minutes");
      page.keyboard().press("Control+A");
      page.keyboard().type("6");
      for (int presses = 0; presses < 40; presses++) {
        page.keyboard().press("Tab");
        if ("Plan my routine".equals(page.evaluate("document.activeElement.textContent"))) {
          page.waitForNavigation(() -> page.keyboard().press("Enter"));
          break;
        }
      }
      assertThat(page.textContent("h1")).isEqualTo("Today's routine");
      assertThat(page.inputValue("form[action='/play'] input[name=preferences]"))
          .contains("\"minutes\":6");
    }
  }

  @Test
  void withJavaScriptOffTheQuestionsLeadToAVerdictAndARoutine() {
    try (BrowserContext context =
        Browser.context(
            new com.microsoft.playwright.Browser.NewContextOptions().setJavaScriptEnabled(false))) {
      Page page = context.newPage();
      page.navigate(url("/check"));
      Journey.answerAll(page, Journey.stiffWith("cracking-days", "6"));
      assertThat(page.getAttribute("[data-verdict]", "data-verdict")).isEqualTo("STRETCH_ONLY");
      page.click("text=Plan my routine");
      assertThat(page.querySelectorAll("ol.steps > li")).isNotEmpty();
    }
  }

  @Test
  void everyPageWeighsUnderTheBudget() throws Exception {
    try (BrowserContext context = Browser.context(ColorScheme.LIGHT)) {
      Page page = context.newPage();
      List<Long> weights = new ArrayList<>();
      weights.add(Journey.weighed(page, () -> page.navigate(url("/check"))));
      for (int topic = 0; topic < 5; topic++) {
        Journey.fill(page, Journey.STIFF);
        weights.add(Journey.weighed(page, () -> Journey.next(page)));
      }
      weights.add(Journey.weighed(page, () -> page.click("text=Plan my routine")));
      page.fill("#plan-minutes", "30");
      weights.add(Journey.weighed(page, () -> page.click("text=Plan my routine")));
      weights.add(Journey.weighed(page, () -> page.navigate(url("/techniques"))));
      weights.add(Journey.weighed(page, () -> page.navigate(url("/techniques/wall-slide"))));
      page.navigate(url("/check"));
      page.check("#q-chest-pain-yes");
      weights.add(Journey.weighed(page, () -> Journey.next(page)));

      System.out.println("journey page weights (bytes, HTML+CSS+JS): " + weights);
      assertThat(weights)
          .allSatisfy(bytes -> assertThat(bytes).isLessThan(Browser.PAGE_BUDGET_BYTES));
    }
  }

  /** The full page to look at, and its first screen (or from {@code .routine}) to keep in docs. */
  private static void shots(Camera camera, Page page, String name) {
    if (!camera.on()) {
      return;
    }
    camera.fullPage(page, name);
    if (page.querySelector(".routine") != null) {
      page.evaluate("document.querySelector('.routine').scrollIntoView()");
    }
    camera.window(page, name + "-screen");
    page.evaluate("window.scrollTo(0, 0)");
  }

  /**
   * Every page in every state passes axe in both themes, at a desktop's and a phone's width: one
   * walk in the light desktop look, each state then shown dark and on a phone in place.
   */
  @Test
  void everyPageInEveryStatePassesAxe() {
    everyPageInEveryState(Camera.OFF);
  }

  @Test
  @Tag(Browser.SCREENSHOTS)
  void screenshotsOfEveryPage() {
    everyPageInEveryState(Camera.ON);
  }

  /** axe in every look on the page as it is now, and a picture in each if {@code shot} is named. */
  private static void inEveryLook(Page page, String state, Camera camera, String shot) {
    Browser.inLooks(
        page,
        Browser.Look.EVERY,
        look -> {
          Browser.assertAccessible(page, state + ", " + look);
          if (shot != null) {
            shots(camera, page, shot + "-" + look);
          }
        });
  }

  private static void everyPageInEveryState(Camera camera) {
    try (BrowserContext context = Browser.context(ColorScheme.LIGHT)) {
      Page page = context.newPage();
      page.navigate(url("/check"));
      for (int topic = 1; page.isVisible("form.questions"); topic++) {
        inEveryLook(
            page, "topic " + topic, camera, topic == 1 || topic == 2 ? "check-" + topic : null);
        if (topic == 2) {
          Journey.fill(page, Journey.stiffWith("pain-score", "", "one-arm-numb", "no"));
          Journey.next(page);
          inEveryLook(page, "topic 2 with an error", camera, "check-error");
        }
        Journey.fill(page, Journey.STIFF);
        Journey.next(page);
      }
      inEveryLook(page, "verdict CLEAR", camera, "verdict");
      page.fill("#plan-minutes", "12");
      page.click("text=Plan my routine");
      inEveryLook(page, "plan", camera, "plan");
      page.fill("#plan-minutes", "0");
      page.click("text=Plan my routine");
      assertThat(page.textContent(".errors")).contains("Minutes you have");
      inEveryLook(page, "plan with an error", camera, null);

      page.navigate(url("/check"));
      page.check("#q-chest-pain-yes");
      Journey.next(page);
      inEveryLook(page, "URGENT EMERGENCY", camera, "urgent");
      page.navigate(url("/check"));
      Journey.fill(page, Map.of("fever", "yes"));
      Journey.next(page);
      inEveryLook(page, "URGENT TODAY", camera, null);
      for (Map<String, String> answers :
          List.of(
              Journey.stiffWith("cracking-days", "6"),
              Journey.stiffWith("age", "70", "minor-knock", "yes"))) {
        page.navigate(url("/check"));
        Journey.answerAll(page, answers);
        inEveryLook(
            page, "verdict " + page.getAttribute("[data-verdict]", "data-verdict"), camera, null);
      }
      page.navigate(url("/techniques"));
      inEveryLook(page, "techniques", camera, null);
      page.navigate(url("/techniques/wall-slide"));
      inEveryLook(page, "technique", camera, "technique");
    }
  }
}

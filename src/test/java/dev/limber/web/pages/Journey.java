package dev.limber.web.pages;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.APIResponse;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.ElementHandle;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.RequestOptions;
import dev.limber.json.Json;
import dev.limber.web.H2Server;
import dev.limber.web.ServerFixture;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Drives the questionnaire, verdict and plan pages as a person would, in the browser or over plain
 * HTTP ({@link PageVisitor}): a person's answers by question id ({@code yes}/{@code no}, a number
 * as typed, or condition codes joined by spaces), everything not given answered as a person with
 * ordinary stiffness would.
 */
public final class Journey {
  /** Ordinary stiffness: no red flag, no pain, 35, never cracks, can do everything. */
  public static final Map<String, String> STIFF =
      Map.ofEntries(
          Map.entry("pain-score", "0"),
          Map.entry("conditions", ""),
          Map.entry("age", "35"),
          Map.entry("cracks-today", "0"),
          Map.entry("cracking-days", "0"),
          Map.entry("previous-pain", ""),
          Map.entry("floor", "yes"),
          Map.entry("lie-flat", "yes"),
          Map.entry("mid-back", "yes"));

  private Journey() {}

  public static Map<String, String> stiffWith(String... idsAndAnswers) {
    Map<String, String> answers = new HashMap<>(STIFF);
    for (int index = 0; index < idsAndAnswers.length; index += 2) {
      answers.put(idsAndAnswers[index], idsAndAnswers[index + 1]);
    }
    return answers;
  }

  /**
   * Fills every question on the page shown now from {@code answers} (yes/no questions: no, numbers:
   * empty).
   */
  static void fill(Page page, Map<String, String> answers) {
    for (ElementHandle group : page.querySelectorAll("[data-group]")) {
      boolean any = false;
      for (ElementHandle question : group.querySelectorAll("[data-question]")) {
        String id = question.getAttribute("data-question");
        if (answers.getOrDefault(id, "").equals("yes")) {
          page.check("#q-" + id + "-yes");
          any = true;
        }
      }
      if (!any) {
        page.check("#g-" + group.getAttribute("data-group") + "-none");
      }
    }
    for (ElementHandle question : page.querySelectorAll("[data-question]")) {
      String id = question.getAttribute("data-question");
      String answer = answers.getOrDefault(id, "");
      String className = question.getAttribute("class");
      if (className.contains("choice")) {
        continue; // a tick of a group, answered above
      } else if (className.contains("scale")) {
        if (!answer.isEmpty()) {
          page.check("#q-" + id + "-" + answer);
        }
      } else if (className.contains("yes-no")) {
        page.check(answer.equals("yes") ? "#q-" + id + "-yes" : "#q-" + id); // no when not given
      } else if (className.contains("conditions")) {
        for (String code : answer.split(" ")) {
          if (!code.isEmpty()) {
            page.check("input[name=conditions][value=" + code + "]");
          }
        }
      } else {
        page.fill("#q-" + id, answer);
      }
    }
  }

  static void next(Page page) {
    page.click("button[value=next]");
  }

  /** From the first question page to the verdict (or the early stop), one topic at a time. */
  public static void answerAll(Page page, Map<String, String> answers) {
    for (int topic = 0; topic < 5 && page.isVisible("form.questions"); topic++) {
      fill(page, answers);
      next(page);
    }
    assertThat(page.isVisible("form.questions")).as("the questions ended").isFalse();
  }

  /**
   * Over plain HTTP, from the first question page to the verdict (or the early stop), one topic at
   * a time, each page's form filled as {@link #fill} does in the browser and sent with its button.
   */
  static void answerAll(PageVisitor visitor, Map<String, String> answers) {
    for (int topic = 0;
        topic < 5 && visitor.page().selectFirst("form.questions") != null;
        topic++) {
      fillAndNext(visitor, answers);
    }
    assertThat(visitor.page().selectFirst("form.questions"))
        .as("the questions ended, yet the page says: %s", visitor.page().select("main").text())
        .isNull();
  }

  /** Over plain HTTP, fills the question page shown now as {@link #fill} does and sends it. */
  static void fillAndNext(PageVisitor visitor, Map<String, String> answers) {
    PageForm form = visitor.form("form.questions");
    for (org.jsoup.nodes.Element group : visitor.page().select("[data-group]")) {
      boolean any = false;
      for (org.jsoup.nodes.Element question : group.select("[data-question]")) {
        String id = question.attr("data-question");
        if (answers.getOrDefault(id, "").equals("yes")) {
          form.check("#q-" + id + "-yes");
          any = true;
        }
      }
      if (!any) {
        form.check("#g-" + group.attr("data-group") + "-none");
      }
    }
    for (org.jsoup.nodes.Element question : visitor.page().select("[data-question]")) {
      String id = question.attr("data-question");
      String answer = answers.getOrDefault(id, "");
      if (question.hasClass("choice")) {
        continue; // a tick of a group, answered above
      } else if (question.hasClass("scale")) {
        if (!answer.isEmpty()) {
          form.check("#q-" + id + "-" + answer);
        }
      } else if (question.hasClass("yes-no")) {
        form.check(answer.equals("yes") ? "#q-" + id + "-yes" : "#q-" + id);
      } else if (question.hasClass("conditions")) {
        for (String code : answer.split(" ")) {
          if (!code.isEmpty()) {
            form.check("input[name=conditions][value=" + code + "]");
          }
        }
      } else {
        form.fill("#q-" + id, answer);
      }
    }
    visitor.submit(form, "button[value=next]");
  }

  /**
   * Creates an account and signs in through the API, so the session cookie lands in the browser.
   */
  public static String signUpAndIn(BrowserContext context, H2Server server, String email) {
    return signUpAndIn(context, server.url(""), email);
  }

  public static String signUpAndIn(BrowserContext context, String base, String email) {
    String credentials = ServerFixture.credentials(email, ServerFixture.PASSWORD);
    APIResponse created =
        context
            .request()
            .post(
                base + "/api/account",
                RequestOptions.create()
                    .setHeader("Content-Type", "application/json")
                    .setData(credentials));
    assertThat(created.status()).as(created.text()).isEqualTo(202);
    APIResponse login =
        context
            .request()
            .post(
                base + "/api/login",
                RequestOptions.create()
                    .setHeader("Content-Type", "application/json")
                    .setData(credentials));
    assertThat(login.status()).as(login.text()).isEqualTo(200);
    return (String) ((Map<?, ?>) Json.parse(login.text())).get("csrfToken");
  }

  /** The kept screenings of the signed-in person of {@code context}. */
  static List<?> keptScreenings(BrowserContext context, String base) {
    APIResponse kept = context.request().get(base + "/api/screenings");
    assertThat(kept.status()).as(kept.text()).isEqualTo(200);
    return (List<?>) Json.parse(kept.text());
  }

  /**
   * Bytes of the page shown now: its HTML as the server sent it (the document response of {@code
   * action}) plus every stylesheet and script it names, fetched afresh (a cache hides them).
   */
  static long weighed(Page page, Runnable action) {
    com.microsoft.playwright.Response document = page.waitForNavigation(action);
    long bytes = document.body().length;
    for (ElementHandle asset : page.querySelectorAll("link[rel=stylesheet], script[src]")) {
      String href =
          asset.getAttribute("href") != null
              ? asset.getAttribute("href")
              : asset.getAttribute("src");
      APIResponse fetched =
          page.context().request().get(java.net.URI.create(page.url()).resolve(href).toString());
      bytes += fetched.body().length;
    }
    return bytes;
  }
}

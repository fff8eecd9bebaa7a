package dev.limber.web.pages;

import static org.assertj.core.api.Assertions.assertThat;

import dev.limber.app.Questionnaire;
import dev.limber.web.H2Server;
import dev.limber.web.ServerFixture;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The journey's pages over plain HTTP: what needs no browser to check. */
class JourneyPagesTest {
  @RegisterExtension static final H2Server server = new H2Server();

  private static final Pattern TOKEN = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

  /** An anonymous visitor's form cookie and token, as the first page gives them. */
  private static String[] visitor() {
    HttpResponse<String> page = server.http.get("/check");
    String cookie = page.headers().firstValue("Set-Cookie").orElseThrow();
    Matcher token = TOKEN.matcher(page.body());
    assertThat(token.find()).isTrue();
    return new String[] {cookie.substring(0, cookie.indexOf(';')), token.group(1)};
  }

  private static HttpResponse<String> post(String path, String[] visitor, String form) {
    return server.http.postForm(path, "_csrf=" + visitor[1] + "&" + form, "Cookie", visitor[0]);
  }

  private static String encoded(String text) {
    return URLEncoder.encode(text, StandardCharsets.UTF_8);
  }

  @Test
  void theFirstPageAsksEveryRedFlagQuestionOfTheQuestionnaireInItsOrder() {
    String body = server.http.get("/check").body();

    int last = -1;
    for (Questionnaire.Question question : Questionnaire.bundled().topics().get(0).questions()) {
      int at = body.indexOf("data-question=\"" + question.id() + "\"");
      assertThat(at).as(question.id()).isGreaterThan(last);
      last = at;
    }
  }

  @Test
  void anAnswerPostWithoutTheFormTokenIsRefused() {
    HttpResponse<String> response =
        server.http.postForm("/check", "topic=0&so-far=%7B%7D&chest-pain=yes&go=next");

    assertThat(response.statusCode()).isEqualTo(403);
  }

  @Test
  void aPlanFormWithWrongMinutesIsShownAgainNamingTheField() {
    String[] visitor = visitor();

    HttpResponse<String> response =
        post("/plan", visitor, "answers=" + encoded("{}") + "&minutes=abc&place=HOME&seed=3");

    assertThat(response.statusCode()).isEqualTo(400);
    assertThat(response.body())
        .contains("Minutes you have: ")
        .contains("value=\"abc\"")
        .contains("aria-invalid=\"true\"");
  }

  @Test
  void aPlanFormWhoseAnswersAreNotValidSaysSoAndPlansNothing() {
    String[] visitor = visitor();

    HttpResponse<String> response =
        post(
            "/plan",
            visitor,
            "answers=" + encoded("{\"symptoms\":{\"painScore\":99}}") + "&minutes=10&place=HOME");

    assertThat(response.statusCode()).isEqualTo(400);
    assertThat(response.body())
        .contains("The answers carried by this form are not valid")
        .doesNotContain("Start the session");
  }

  @Test
  void anUnknownTopicNumberStartsTheQuestionsAgain() {
    String[] visitor = visitor();

    HttpResponse<String> response = post("/check", visitor, "topic=9&so-far=%7B%7D&go=next");

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.body()).contains("could not be read").contains("Question page 1 of 5");
  }

  private static final Pattern QUESTION =
      Pattern.compile("class=\"(yes-no|conditions|field|scale)\"[^>]*data-question=\"([^\"]+)\"");
  private static final Pattern TOPIC = Pattern.compile("name=\"topic\" value=\"([0-9]+)\"");
  private static final Pattern SO_FAR = Pattern.compile("name=\"so-far\" value=\"([^\"]*)\"");

  /** A signed-in person's cookie and the form token of their pages. */
  private static String[] signedIn(ServerFixture.SignedIn person) {
    Matcher token = TOKEN.matcher(server.http.get("/check", person.reading()).body());
    assertThat(token.find()).isTrue();
    return new String[] {person.cookie(), token.group(1)};
  }

  /**
   * Answers the question page {@code page} and posts it: {@code answers} by question id, a yes/no
   * question not named answered no, one named with "" left unanswered, numbers as ordinary
   * stiffness would have them.
   */
  private static HttpResponse<String> answer(
      String[] visitor, String page, java.util.Map<String, String> answers) {
    Matcher topic = TOPIC.matcher(page);
    Matcher soFar = SO_FAR.matcher(page);
    assertThat(topic.find()).as(page).isTrue();
    assertThat(soFar.find()).isTrue();
    StringBuilder form =
        new StringBuilder("topic=" + topic.group(1) + "&go=next&so-far=")
            .append(encoded(unescaped(soFar.group(1))));
    for (Questionnaire.Topic asked : Questionnaire.bundled().topics()) {
      for (Questionnaire.Group group : asked.groups()) {
        if (!page.contains("data-group=\"" + group.id() + "\"")) {
          continue;
        }
        boolean any = false;
        for (String id : group.questionIds()) {
          if ("yes".equals(answers.get(id))) {
            form.append('&').append(id).append("=yes");
            any = true;
          }
        }
        if (!any) {
          form.append("&none=").append(group.id());
        }
      }
    }
    Matcher question = QUESTION.matcher(page);
    while (question.find()) {
      String id = question.group(2);
      String given =
          answers.getOrDefault(
              id,
              switch (id) {
                case "pain-score" -> "0";
                case "age" -> "35";
                case "cracks-today", "cracking-days" -> "0";
                case "floor", "lie-flat", "mid-back" -> "yes";
                default -> question.group(1).equals("yes-no") ? "no" : "";
              });
      if (!given.isEmpty() && !question.group(1).equals("conditions")) {
        form.append('&').append(id).append('=').append(encoded(given));
      }
    }
    return post("/check", visitor, form.toString());
  }

  private static String unescaped(String html) {
    return html.replace("&#34;", "\"")
        .replace("&quot;", "\"")
        .replace("&#39;", "'")
        .replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&amp;", "&");
  }

  @Test
  void whileAMildStopIsOpenThePainPageAsksTheFollowUpInThePersonsWordsAndSendsTheAnswer() {
    ServerFixture.SignedIn ana = server.fixture.signUpAndIn("ana@example.org");
    assertThat(
            server
                .http
                .post("/api/sessions", JournalSeed.mildStop(java.time.Instant.now()), ana.writing())
                .statusCode())
        .isEqualTo(201);
    String[] visitor = signedIn(ana);

    String redFlags = server.http.get("/check", ana.reading()).body();
    String pain = answer(visitor, redFlags, java.util.Map.of()).body();
    String unanswered = answer(visitor, pain, java.util.Map.of("last-stop-settled", "")).body();

    assertThat(pain)
        .contains("data-question=\"last-stop-settled\"")
        .containsPattern(
            "Your session on [A-Z][a-z]+day [0-9]+ [A-Z][a-z]+ stopped because \u201cWall slide, arms overhead\u201d hurt")
        .contains("Is your back back to how it was before that session?");
    assertThat(unanswered)
        .contains("Choose No or Yes.")
        .contains("stopped because \u201cWall slide, arms overhead\u201d hurt");

    String next = answer(visitor, unanswered, java.util.Map.of("last-stop-settled", "yes")).body();
    while (!next.contains("data-verdict")) {
      next = answer(visitor, next, java.util.Map.of()).body();
    }

    assertThat(next)
        .contains("data-verdict=\"STRETCH_ONLY\"")
        .containsPattern(
            "<strong>Wall slide, arms overhead</strong>: it hurt when you last did it, so it rests until"
                + " [A-Z][a-z]+day [0-9]+ [A-Z][a-z]+\\. ")
        .doesNotContain("[F10]")
        .doesNotContain("[X10]");
    assertThat(server.http.get("/api/screenings", ana.reading()).body())
        .contains("\"lastPainStopSettled\":true");
  }

  @Test
  void withoutAnOpenMildStopTheFollowUpIsNeverAsked() {
    String[] visitor = visitor();

    String pain =
        answer(visitor, server.http.get("/check", "Cookie", visitor[0]).body(), java.util.Map.of())
            .body();

    assertThat(pain).contains("data-question=\"pain-score\"").doesNotContain("last-stop-settled");
  }

  @Test
  void afterARecordedReviewThePainQuestionsAskSinceTheProfessionalSawYou() {
    ServerFixture.SignedIn ana = server.fixture.signUpAndIn("ana@example.org");
    assertThat(
            server
                .http
                .post("/api/reviews", "{\"by\":\"PHYSIOTHERAPIST\"}", ana.writing())
                .statusCode())
        .isEqualTo(201);
    String[] visitor = signedIn(ana);

    String page = server.http.get("/check", ana.reading()).body();
    while (!page.contains("data-question=\"stretching-hurt\"")) {
      page = answer(visitor, page, java.util.Map.of()).body();
    }

    assertThat(page)
        .contains("Since the professional saw you, has stretching hurt?")
        .contains("Since the professional saw you, has cracking your back hurt?")
        .doesNotContain("Has stretching hurt?");
  }

  @Test
  void theTechniquePagesListTheCatalogAndAnUnknownIdIsNotFound() {
    assertThat(server.http.get("/techniques").body()).contains("/techniques/wall-slide");
    assertThat(server.http.get("/techniques/wall-slide").body())
        .contains("illustration.svg?animated=true")
        .contains("Sources");
    assertThat(server.http.get("/techniques/no-such-thing").statusCode()).isEqualTo(404);
  }

  @Test
  void aVerdictWithoutASessionListsNoLeftOutTechniques() {
    PageVisitor visitor = new PageVisitor(server.http);
    visitor.get("/check");

    Journey.answerAll(visitor, Journey.stiffWith("age", "70", "minor-knock", "yes"));

    assertThat(visitor.page().selectFirst("[data-verdict]").attr("data-verdict"))
        .isEqualTo("SEE_PROFESSIONAL");
    assertThat(visitor.page().select("#excluded, ul.excluded")).isEmpty();
    assertThat(visitor.page().select("main").text())
        .doesNotContain("Left out today")
        .doesNotContain("None of the screening rules");
  }

  @Test
  void aStretchesOnlyVerdictOffersNoSelfCrackWhileSelfCareIsFineDoes() {
    PageVisitor stretches = new PageVisitor(server.http);
    stretches.get("/check");
    PageVisitor clear = new PageVisitor(server.http);
    clear.get("/check");

    Journey.answerAll(stretches, Journey.stiffWith("cracking-days", "6"));
    Journey.answerAll(clear, Journey.STIFF);

    assertThat(stretches.page().selectFirst("[data-verdict]").attr("data-verdict"))
        .isEqualTo("STRETCH_ONLY");
    assertThat(stretches.page().select("form.routine-form")).hasSize(1);
    assertThat(stretches.page().select("#plan-crack")).isEmpty();
    assertThat(clear.page().select("form.routine-form #plan-crack")).hasSize(1);
    assertThat(clear.page().select("main").text())
        .contains("Nothing in your answers argues against gentle self-care today.");
  }

  @Test
  void theWeeksQuestionAsksInPlainNumbersWithoutItsUpperBound() {
    PageVisitor visitor = new PageVisitor(server.http);
    visitor.get("/check");

    Journey.fillAndNext(visitor, Journey.STIFF);

    assertThat(visitor.page().selectFirst("#q-pain-weeks-hint").text())
        .isEqualTo("A number of weeks, such as 3.");
  }

  @Test
  void aTechniquePageCitesTheGuidelineBeforeTheArticle() {
    PageVisitor visitor = new PageVisitor(server.http);

    visitor.get("/techniques/wall-slide");

    assertThat(visitor.page().select("ul.sources li").eachText())
        .hasSizeGreaterThan(1)
        .first()
        .asString()
        .doesNotStartWith("Web article");
  }
}

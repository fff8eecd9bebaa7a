package dev.limber.web;

import static org.assertj.core.api.Assertions.assertThat;

import dev.limber.app.Questionnaire;
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

  @Test
  void theTechniquePagesListTheCatalogAndAnUnknownIdIsNotFound() {
    assertThat(server.http.get("/techniques").body()).contains("/techniques/wall-slide");
    assertThat(server.http.get("/techniques/wall-slide").body())
        .contains("illustration.svg?animated=true")
        .contains("Sources");
    assertThat(server.http.get("/techniques/no-such-thing").statusCode()).isEqualTo(404);
  }
}

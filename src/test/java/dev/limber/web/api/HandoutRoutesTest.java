package dev.limber.web.api;

import static org.assertj.core.api.Assertions.assertThat;

import dev.limber.web.Answers;
import dev.limber.web.H2Server;
import dev.limber.web.pages.Pages;
import java.io.IOException;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class HandoutRoutesTest {
  @RegisterExtension static final H2Server server = new H2Server();

  private static final String TOKEN = "a-form-token-of-the-visitor-0123456789";

  private static HttpResponse<byte[]> send(String path, String type, String body, String... headers)
      throws IOException, InterruptedException {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(server.http.base().resolve(path))
            .header("Content-Type", type)
            .POST(HttpRequest.BodyPublishers.ofString(body));
    if (headers.length > 0) {
      request.headers(headers);
    }
    return server.http.client().send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
  }

  private static String text(byte[] pdf) throws IOException {
    try (PDDocument document = Loader.loadPDF(pdf)) {
      return new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
    }
  }

  private static String form(String... pairs) {
    StringBuilder body = new StringBuilder();
    for (int index = 0; index < pairs.length; index += 2) {
      if (body.length() > 0) {
        body.append('&');
      }
      body.append(pairs[index])
          .append('=')
          .append(URLEncoder.encode(pairs[index + 1], StandardCharsets.UTF_8));
    }
    return body.toString();
  }

  @Test
  void theApiAnswersThePlanAsAPdfOnLetterWithTheLinkToTheRoutine() throws Exception {
    HttpResponse<byte[]> response =
        send(
            "/api/handouts",
            "application/json",
            "{\"answers\":"
                + Answers.CLEAR
                + ",\"preferences\":{\"minutes\":5,\"place\":\"DESK\",\"seed\":7},\"paper\":\"letter\"}");

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.headers().firstValue("Content-Type")).hasValue("application/pdf");
    assertThat(response.headers().firstValue("Cache-Control")).hasValue("no-store");
    try (PDDocument document = Loader.loadPDF(response.body())) {
      assertThat(document.getPage(0).getMediaBox().getWidth()).isEqualTo(612f);
    }
    assertThat(text(response.body()))
        .contains("Your screening: Self-care is fine")
        .contains("Your routine")
        .contains(server.url("/plan?minutes=5&place=DESK"))
        .contains("seed=7")
        .doesNotContain("/check");
  }

  @Test
  void badPaperAndBadAnswersAreNamedTogetherAndNothingIsPrinted() throws Exception {
    HttpResponse<String> response =
        server.http.post(
            "/api/handouts",
            "{\"answers\":" + Answers.INVALID + ",\"paper\":\"a3\",\"colour\":true}");

    assertThat(response.statusCode()).isEqualTo(400);
    assertThat(AccountRoutesTest.fields(response))
        .contains("paper", "colour", "answers.symptoms.painScore");
  }

  @Test
  void thePlanPagesFormAnswersThePdfAsAnAttachment() throws Exception {
    HttpResponse<byte[]> response =
        send(
            "/handout",
            "application/x-www-form-urlencoded",
            form(
                "_csrf",
                TOKEN,
                "answers",
                Answers.CHEST_PAIN,
                "preferences",
                "{\"minutes\":5,\"place\":\"HOME\",\"seed\":7}",
                "paper",
                "a4"),
            "Cookie",
            Pages.FORM_COOKIE + "=" + TOKEN);

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.headers().firstValue("Content-Disposition").orElseThrow())
        .startsWith("attachment; filename=\"limber-handout-")
        .endsWith(".pdf\"");
    assertThat(text(response.body()))
        .contains("Get medical help before you exercise")
        .contains("Your screening: Get medical help")
        .doesNotContain("Your routine");
  }

  @Test
  void aFormWithoutItsTokenIsRefused() throws Exception {
    HttpResponse<byte[]> response =
        send(
            "/handout",
            "application/x-www-form-urlencoded",
            form("answers", Answers.CLEAR),
            "Cookie",
            Pages.FORM_COOKIE + "=" + TOKEN);

    assertThat(response.statusCode()).isEqualTo(403);
  }

  @Test
  void aFormFieldThatIsNotJsonIsNamedOnAnErrorPage() throws Exception {
    HttpResponse<byte[]> response =
        send(
            "/handout",
            "application/x-www-form-urlencoded",
            form("_csrf", TOKEN, "answers", "{not json", "paper", "a4"),
            "Cookie",
            Pages.FORM_COOKIE + "=" + TOKEN);

    assertThat(response.statusCode()).isEqualTo(400);
    assertThat(response.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/html");
    assertThat(new String(response.body(), StandardCharsets.UTF_8)).contains("answers");
  }
}

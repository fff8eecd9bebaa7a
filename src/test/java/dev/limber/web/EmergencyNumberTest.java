package dev.limber.web;

import static org.assertj.core.api.Assertions.assertThat;

import dev.limber.json.Json;
import dev.limber.screening.EmergencyNotice;
import dev.limber.web.api.CalendarRoutesTest;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Component;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.parallel.Isolated;

/**
 * The number set at start-up ({@code limber serve --emergency-number}) in every emergency notice of
 * the web app: pages as a {@code tel:} link, the API, handouts and calendars by name
 * (spec/screening.md §6). Isolated: the number is one setting for the whole process.
 */
@Isolated
class EmergencyNumberTest {
  @RegisterExtension static final H2Server server = new H2Server();

  private static final Pattern TOKEN = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

  @BeforeAll
  static void configureTheUkNumber() {
    EmergencyNotice.configure("999");
  }

  @AfterAll
  static void restoreTheDefault() {
    EmergencyNotice.configure(EmergencyNotice.DEFAULT_NUMBER);
  }

  @Test
  void anUrgentVerdictPageLinksTheNumberToDial() {
    HttpResponse<String> first = server.http.get("/check");
    String cookie = first.headers().firstValue("Set-Cookie").orElseThrow();
    Matcher token = TOKEN.matcher(first.body());
    assertThat(token.find()).isTrue();

    String page =
        server
            .http
            .postForm(
                "/check",
                "_csrf=" + token.group(1) + "&topic=0&so-far=%7B%7D&go=next&chest-pain=yes",
                "Cookie",
                cookie.substring(0, cookie.indexOf(';')))
            .body();

    assertThat(page)
        .contains("data-verdict=\"URGENT\"")
        .contains("Call <a class=\"tel\" href=\"tel:999\">999</a> now if you have chest pain")
        .doesNotContain("112");
    assertThat(server.http.get("/").body()).contains("href=\"tel:999\"");
  }

  @Test
  void theApiNamesTheNumberInTheNoticeOfAnswersAndRejections() {
    ServerFixture.SignedIn ana = server.fixture.signUpAndIn("ana@example.org");

    Map<?, ?> answered =
        (Map<?, ?>)
            Json.parse(server.http.post("/api/screenings", Answers.CLEAR, ana.writing()).body());
    Map<?, ?> rejected =
        (Map<?, ?>)
            Json.parse(server.http.post("/api/screenings", Answers.INVALID, ana.writing()).body());

    assertThat((String) answered.get("emergencyNotice")).startsWith("Call 999 now");
    assertThat((String) rejected.get("emergencyNotice")).startsWith("Call 999 now");
  }

  @Test
  void aHandoutNamesTheNumber() throws Exception {
    HttpResponse<byte[]> response =
        server
            .http
            .client()
            .send(
                HttpRequest.newBuilder(server.http.base().resolve("/api/handouts"))
                    .header("Content-Type", "application/json")
                    .POST(
                        HttpRequest.BodyPublishers.ofString(
                            "{\"answers\":"
                                + Answers.CLEAR
                                + ",\"preferences\":{\"minutes\":5,\"place\":\"DESK\"}}"))
                    .build(),
                HttpResponse.BodyHandlers.ofByteArray());

    assertThat(response.statusCode()).isEqualTo(200);
    try (PDDocument document = Loader.loadPDF(response.body())) {
      assertThat(new PDFTextStripper().getText(document).replaceAll("\\s+", " "))
          .contains("Call 999 now if you have chest pain");
    }
  }

  @Test
  void theRemindersOfACalendarNameTheNumber() throws Exception {
    ServerFixture.SignedIn ana = server.fixture.signUpAndIn("bo@example.org");
    HttpResponse<String> saved =
        server.http.send(
            "PUT",
            "/api/calendar",
            CalendarRoutesTest.SETTINGS,
            Stream.concat(Stream.of("Content-Type", "application/json"), Stream.of(ana.writing()))
                .toArray(String[]::new));
    String url = (String) ((Map<?, ?>) Json.parse(saved.body())).get("subscriptionUrl");

    String feed = server.http.get(URI.create(url).getPath()).body();

    VEvent event =
        new CalendarBuilder()
            .build(new StringReader(feed))
            .<VEvent>getComponents(Component.VEVENT)
            .get(0);
    assertThat(event.getProperty(Property.DESCRIPTION).orElseThrow().getValue())
        .contains("In an emergency: Call 999 now");
  }
}

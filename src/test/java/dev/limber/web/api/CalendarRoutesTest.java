package dev.limber.web.api;

import static dev.limber.web.ServerFixture.object;
import static org.assertj.core.api.Assertions.assertThat;

import dev.limber.web.Answers;
import dev.limber.web.H2Server;
import dev.limber.web.ServerFixture;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.stream.Stream;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Component;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

public class CalendarRoutesTest {
  @RegisterExtension static final H2Server server = new H2Server();

  public static final String SETTINGS =
      "{\"from\":\"09:00\",\"to\":\"17:30\",\"every\":\"90m\",\"days\":\"MO-FR\",\"minutes\":3,"
          + "\"tz\":\"Europe/London\"}";
  static final String PAINFUL_SESSION =
      "{\"started\":\"2026-01-05T08:00:00Z\",\"ended\":\"2026-01-05T08:00:30Z\","
          + "\"routine\":[],\"segments\":[{\"kind\":\"HOLD\",\"techniqueId\":\"wall-slide\","
          + "\"rep\":1,\"seconds\":10,\"outcome\":\"SKIPPED\"}],\"painBefore\":2,"
          + "\"painAfter\":3,\"painStop\":{\"segmentIndex\":0,\"techniqueId\":\"wall-slide\","
          + "\"painScore\":3,\"duringSelfCrack\":false},\"pops\":0,"
          + "\"ending\":\"STOPPED_FOR_PAIN\"}";

  ServerFixture.SignedIn ana;

  @BeforeEach
  void signUp() {
    ana = server.fixture.signUpAndIn("ana@example.org");
  }

  private HttpResponse<String> put(String body) {
    return server.http.send(
        "PUT",
        "/api/calendar",
        body,
        Stream.concat(Stream.of("Content-Type", "application/json"), Stream.of(ana.writing()))
            .toArray(String[]::new));
  }

  /** The feed, fetched as a calendar app does: no cookie, no token. */
  private static HttpResponse<String> feed(String subscriptionUrl) {
    return server.http.get(URI.create(subscriptionUrl).getPath());
  }

  private static String description(HttpResponse<String> feed) throws Exception {
    Calendar calendar = new CalendarBuilder().build(new StringReader(feed.body()));
    assertThat(calendar.validate().getEntries()).isEmpty();
    List<VEvent> events = calendar.getComponents(Component.VEVENT);
    return events.get(0).getProperty(Property.DESCRIPTION).orElseThrow().getValue();
  }

  @Test
  void settingsAreKeptAndTheirPrivateAddressServesTheFeedWithoutACookie() throws Exception {
    HttpResponse<String> saved = put(SETTINGS);

    String url = (String) object(saved).get("subscriptionUrl");
    HttpResponse<String> shown = server.http.get("/api/calendar", ana.reading());
    HttpResponse<String> served = feed(url);

    assertThat(saved.statusCode()).as(saved.body()).isEqualTo(200);
    assertThat(url).startsWith(server.url("/calendar/")).endsWith(".ics");
    assertThat(object(shown).get("breaks").toString())
        .isEqualTo("[09:00, 10:30, 12:00, 13:30, 15:00, 16:30]");
    assertThat(object(shown).get("tz")).isEqualTo("Europe/London");
    assertThat(served.statusCode()).isEqualTo(200);
    assertThat(served.headers().firstValue("Content-Type"))
        .hasValue("text/calendar; charset=utf-8");
    assertThat(
            new CalendarBuilder()
                .build(new StringReader(served.body()))
                .getComponents(Component.VEVENT))
        .hasSize(6);
  }

  @Test
  void theFeedFollowsTheVerdictAndSaysSeeAProfessionalOnceAPainFlagOpens() throws Exception {
    String url = (String) object(put(SETTINGS)).get("subscriptionUrl");
    assertThat(description(feed(url))).contains("You have not screened today");

    assertThat(server.http.post("/api/screenings", Answers.CLEAR, ana.writing()).statusCode())
        .isEqualTo(200);
    String screened = description(feed(url));
    server.http.post("/api/sessions", PAINFUL_SESSION, ana.writing());
    String flagged = description(feed(url));

    assertThat(screened).contains("Today's").contains("1. ");
    assertThat(flagged).contains("A pain flag is open").doesNotContain("1. ");
  }

  @Test
  void aChangeRaisesTheSequenceAndKeepsTheAddress() {
    String url = (String) object(put(SETTINGS)).get("subscriptionUrl");

    HttpResponse<String> changed = put(SETTINGS.replace("\"minutes\":3", "\"minutes\":5"));

    assertThat(object(changed).get("subscriptionUrl")).isEqualTo(url);
    assertThat(object(changed).get("sequence")).hasToString("1");
    assertThat(feed(url).body()).contains("SEQUENCE:1");
  }

  @Test
  void aRotatedOrRevokedAddressAnswers404() {
    String old = (String) object(put(SETTINGS)).get("subscriptionUrl");

    HttpResponse<String> rotated = server.http.post("/api/calendar/rotate", "", ana.writing());
    String fresh = (String) object(rotated).get("subscriptionUrl");
    HttpResponse<String> revoked = server.http.delete("/api/calendar", ana.writing());

    assertThat(feed(old).statusCode()).isEqualTo(404);
    assertThat(fresh).isNotEqualTo(old);
    assertThat(revoked.statusCode()).isEqualTo(204);
    assertThat(feed(fresh).statusCode()).isEqualTo(404);
    assertThat(server.http.get("/api/calendar", ana.reading()).statusCode()).isEqualTo(404);
    assertThat(feed(server.url("/calendar/not-a-secret.ics")).statusCode()).isEqualTo(404);
  }

  @Test
  void badSettingsAreRefusedByFieldNameAndNothingIsStored() {
    HttpResponse<String> refused =
        put(
            "{\"from\":\"17:00\",\"to\":\"09:00\",\"every\":\"10m\",\"days\":\"MO-ZZ\","
                + "\"tz\":\"Nowhere/Town\"}");

    assertThat(refused.statusCode()).isEqualTo(400);
    assertThat(AccountRoutesTest.fields(refused)).containsExactly("to", "every", "days", "tz");
    assertThat(server.http.get("/api/calendar", ana.reading()).statusCode()).isEqualTo(404);
  }

  @Test
  void withoutSigningInTheSettingsAreClosed() {
    assertThat(server.http.get("/api/calendar").statusCode()).isEqualTo(401);
    assertThat(
            server
                .http
                .send("PUT", "/api/calendar", SETTINGS, "Content-Type", "application/json")
                .statusCode())
        .isEqualTo(401);
  }
}

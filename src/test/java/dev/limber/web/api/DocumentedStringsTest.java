package dev.limber.web.api;

import static org.assertj.core.api.Assertions.assertThat;

import dev.limber.json.Json;
import dev.limber.store.Database;
import dev.limber.store.TestDatabases;
import dev.limber.web.ApiContract;
import dev.limber.web.ServerFixture;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Each text field of the bodies a person sends, given as null and as an empty string: the server
 * and the OpenAPI document agree on whether that is refused (a schema as loose as the server and no
 * looser), and nothing given as null is kept.
 */
class DocumentedStringsTest {
  private static final Instant NOW = Instant.parse("2026-11-29T15:00:00Z");
  private static final AtomicInteger PEOPLE = new AtomicInteger();
  private static Database database;
  private static ServerFixture server;
  private static String[] bearer;

  @BeforeAll
  static void start() {
    database = TestDatabases.h2();
    server = ServerFixture.start(database, Clock.fixed(NOW, ZoneOffset.UTC));
    bearer = server.bearer(server.signUpAndIn("strings@example.org"));
  }

  @AfterAll
  static void stop() {
    server.close();
    database.close();
  }

  static Stream<Arguments> textFields() {
    List<Arguments> cases = new ArrayList<>();
    for (String value : new String[] {null, ""}) {
      cases.add(
          probe("POST", "/api/account", "{\"password\":\"a long pass phrase\"}", "email", value));
      cases.add(probe("POST", "/api/account", "{\"email\":\"%s\"}", "password", value));
      cases.add(
          probe("POST", "/api/login", "{\"password\":\"a long pass phrase\"}", "email", value));
      cases.add(probe("POST", "/api/login", "{\"email\":\"%s\"}", "password", value));
      cases.add(
          probe(
              "POST",
              "/api/password",
              "{\"newPassword\":\"a new pass phrase\"}",
              "currentPassword",
              value));
      cases.add(
          probe(
              "POST",
              "/api/password",
              "{\"currentPassword\":\"" + ServerFixture.PASSWORD + "\"}",
              "newPassword",
              value));
      cases.add(probe("POST", "/api/tokens", "{}", "name", value));
      cases.add(probe("POST", "/api/check-ins", "{\"pain\":3}", "note", value));
      cases.add(probe("POST", "/api/reviews", "{\"note\":\"fine\"}", "by", value));
      cases.add(probe("POST", "/api/reviews", "{\"by\":\"PHYSIOTHERAPIST\"}", "note", value));
      cases.add(probe("POST", "/api/reviews", "{\"by\":\"PHYSIOTHERAPIST\"}", "date", value));
      cases.add(probe("PUT", "/api/account/time-zone", "{}", "timeZone", value));
      for (String field : List.of("from", "to", "every", "days", "tz")) {
        Map<String, Object> settings = new LinkedHashMap<>((Map<String, Object>) settings());
        settings.remove(field);
        cases.add(probe("PUT", "/api/calendar", Json.write(settings), field, value));
      }
      cases.add(probe("POST", "/api/join/preview", "{}", "code", value));
      cases.add(probe("POST", "/api/join", "{\"consent\":{\"shareJournal\":true}}", "code", value));
    }
    return cases.stream();
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> settings() {
    return (Map<String, Object>) Json.parse(CalendarRoutesTest.SETTINGS);
  }

  private static Arguments probe(
      String method, String path, String others, String field, String value) {
    return Arguments.of(method, path, others, field, value);
  }

  @ParameterizedTest(name = "{0} {1} with {3} = {4}")
  @MethodSource("textFields")
  @SuppressWarnings("unchecked")
  void theServerAndTheDocumentAgreeOnANullOrEmptyText(
      String method, String path, String others, String field, String value) {
    Map<String, Object> body =
        new LinkedHashMap<>(
            (Map<String, Object>)
                Json.parse(
                    others.replace("%s", "probe" + PEOPLE.incrementAndGet() + "@example.org")));
    body.put(field, value);
    String sent = Json.write(body);

    HttpResponse<String> response = server.http.send(method, path, sent, bearer);
    ApiContract.Verdict verdict =
        ApiContract.shared().check(ApiContract.Exchange.of(response, sent));

    assertThat(response.statusCode()).as(response.body()).isLessThan(500);
    assertThat(verdict.requestProblems().isEmpty())
        .as(
            "%s %s %s: the document %s, the server answered %s",
            method,
            path,
            sent,
            verdict.requestProblems().isEmpty() ? "accepts it" : verdict.requestProblems(),
            response.body())
        .isEqualTo(response.statusCode() < 400 || response.statusCode() == 404);
    if (value == null) {
      assertThat(response.statusCode()).as(response.body()).isGreaterThanOrEqualTo(400);
    }
  }

  @ParameterizedTest(name = "POST {0}")
  @org.junit.jupiter.params.provider.ValueSource(
      strings = {"/api/plans", "/api/screenings", "/api/handouts"})
  void aBodyThatIsNotJsonIsRefusedAsTheDocumentSays(String path) {
    HttpResponse<String> response = server.http.post(path, "{\"answers\":", bearer);

    assertThat(response.statusCode()).as(response.body()).isEqualTo(400);
    assertThat(response.body()).contains("is not well-formed JSON", "emergencyNotice");
  }
}

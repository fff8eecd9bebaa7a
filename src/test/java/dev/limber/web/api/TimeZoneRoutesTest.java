package dev.limber.web.api;

import static org.assertj.core.api.Assertions.assertThat;

import dev.limber.json.Json;
import dev.limber.store.Database;
import dev.limber.store.TestDatabases;
import dev.limber.web.Answers;
import dev.limber.web.ServerFixture;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * "Today" is the person's own day (spec/screening.md §2.2): a signed-in person may set a time zone,
 * and the screening counts a crack by the day it fell on there.
 */
class TimeZoneRoutesTest {
  // 23:30 in London is already the next morning (12:30) in Auckland.
  private static final Instant NOW = Instant.parse("2026-11-29T23:30:00Z");
  private static Database database;
  private static ServerFixture server;

  @BeforeAll
  static void start() {
    database = TestDatabases.h2();
    server = ServerFixture.start(database, Clock.fixed(NOW, ZoneOffset.UTC));
  }

  @AfterAll
  static void stop() {
    server.close();
    database.close();
  }

  @Test
  void aPersonSetsAndClearsTheirTimeZoneAndABadOneIsRefusedNamingTheField() {
    ServerFixture.SignedIn ana = server.signUpAndIn("zone-ana@example.org");

    HttpResponse<String> set =
        server.http.send(
            "PUT", "/api/account/time-zone", "{\"timeZone\":\"Europe/London\"}", ana.writing());
    HttpResponse<String> wrong =
        server.http.send(
            "PUT", "/api/account/time-zone", "{\"timeZone\":\"Mars/Olympus\"}", ana.writing());
    // Reading the session renews its CSRF token, so it comes last.
    String afterWrong = server.http.get("/api/session", ana.reading()).body();
    ServerFixture.SignedIn again = server.signIn("zone-ana@example.org", ServerFixture.PASSWORD);
    HttpResponse<String> cleared =
        server.http.send("DELETE", "/api/account/time-zone", "", again.writing());

    assertThat(set.statusCode()).isEqualTo(200);
    assertThat(set.body()).contains("Europe/London");
    assertThat(wrong.statusCode()).isEqualTo(400);
    assertThat(wrong.body()).contains("timeZone").contains("Mars/Olympus");
    assertThat(afterWrong).contains("\"timeZone\":\"Europe/London\"");
    assertThat(cleared.statusCode()).as(cleared.body()).isEqualTo(200);
    assertThat(server.http.get("/api/session", again.reading()).body())
        .contains("\"timeZone\":null");
  }

  @Test
  void aCrackCountsOnTheDayItFellOnInThePersonsZone() {
    ServerFixture.SignedIn bo = server.signUpAndIn("zone-bo@example.org");
    // 10:00 UTC on the 29th: today in London, yesterday in Auckland.
    String export =
        "{\"format\":\"limber-journal\",\"version\":3,\"exportedAt\":\"2026-11-29T12:00:00Z\","
            + "\"checkIns\":[{\"at\":\"2026-11-29T10:00:00Z\",\"pain\":1,\"cracked\":true,"
            + "\"note\":null}],\"sessions\":[],\"screenings\":[],\"reviews\":[]}";
    assertThat(server.http.post("/api/import", export, bo.writing()).statusCode()).isEqualTo(200);

    String london = verdict(bo);
    server.http.send(
        "PUT", "/api/account/time-zone", "{\"timeZone\":\"Pacific/Auckland\"}", bo.writing());
    String auckland = verdict(bo);

    assertThat(london).isEqualTo("STRETCH_ONLY");
    assertThat(auckland).isEqualTo("CLEAR");
  }

  private static String verdict(ServerFixture.SignedIn person) {
    HttpResponse<String> screened =
        server.http.post("/api/screenings", Answers.CLEAR, person.writing());
    assertThat(screened.statusCode()).as(screened.body()).isEqualTo(200);
    return (String) ((Map<?, ?>) Json.parse(screened.body())).get("verdict");
  }
}

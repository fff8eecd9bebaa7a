package dev.limber.web;

import static dev.limber.web.ServerFixture.array;
import static dev.limber.web.ServerFixture.object;
import static org.assertj.core.api.Assertions.assertThat;

import dev.limber.json.Json;
import dev.limber.store.Database;
import dev.limber.store.TestDatabases;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class JournalRoutesTest {
  private Database database;
  private ServerFixture fixture;
  private Http http;
  private ServerFixture.SignedIn ana;

  @BeforeEach
  void start() {
    database = TestDatabases.h2();
    fixture = ServerFixture.start(database);
    http = fixture.http;
    ana = fixture.signUpAndIn("ana@example.org");
  }

  @AfterEach
  void stop() {
    fixture.close();
    database.close();
  }

  @Test
  void aCheckInIsKeptAndListed() {
    HttpResponse<String> added =
        http.post(
            "/api/check-ins", "{\"pain\":3,\"cracked\":true,\"note\":\"desk day\"}", ana.writing());

    HttpResponse<String> listed = http.get("/api/check-ins", ana.reading());

    assertThat(added.statusCode()).isEqualTo(201);
    assertThat(object(added).get("pain")).hasToString("3");
    assertThat(array(listed)).hasSize(1);
    assertThat(((Map<?, ?>) array(listed).get(0)).get("note")).isEqualTo("desk day");
  }

  @Test
  void invalidCheckInsAreRejectedNamingTheFieldAndStoreNothing() {
    for (String body :
        List.of(
            "{\"pain\":11}",
            "{\"pain\":-1}",
            "{\"pain\":\"five\"}",
            "{}",
            "{\"pain\":2,\"mood\":1}",
            "[",
            "")) {
      HttpResponse<String> response = http.post("/api/check-ins", body, ana.writing());

      assertThat(response.statusCode()).as(body).isEqualTo(400);
    }
    assertThat(
            AccountRoutesTest.fields(http.post("/api/check-ins", "{\"pain\":11}", ana.writing())))
        .containsExactly("pain");
    assertThat(array(http.get("/api/check-ins", ana.reading()))).isEmpty();
  }

  @Test
  void anOversizedCheckInIs413AndStoresNothing() {
    String body = "{\"pain\":2,\"note\":\"" + "x".repeat(WebServer.BODY_LIMIT_BYTES) + "\"}";

    HttpResponse<String> response = http.post("/api/check-ins", body, ana.writing());

    assertThat(response.statusCode()).isEqualTo(413);
    assertThat(array(http.get("/api/check-ins", ana.reading()))).isEmpty();
  }

  @Test
  void daysOutOfRangeIsRejectedNamingIt() {
    HttpResponse<String> response = http.get("/api/journal?days=0", ana.reading());

    assertThat(response.statusCode()).isEqualTo(400);
    assertThat(AccountRoutesTest.fields(response)).containsExactly("days");
  }

  @Test
  void theHistoryHoldsCheckInsSessionsAndScreenings() {
    http.post("/api/check-ins", "{\"pain\":2}", ana.writing());
    http.post("/api/screenings", Answers.CLEAR, ana.writing());

    HttpResponse<String> response = http.get("/api/journal?days=7", ana.reading());

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat((List<?>) object(response).get("checkIns")).hasSize(1);
    assertThat((List<?>) object(response).get("screenings")).hasSize(1);
    assertThat((List<?>) object(response).get("sessions")).isEmpty();
  }

  @Test
  void insightsAnswerAsTheCore() {
    http.post("/api/check-ins", "{\"pain\":4}", ana.writing());

    HttpResponse<String> response = http.get("/api/insights", ana.reading());

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(object(response).keySet().toString()).contains("painTrend", "escalations");
  }

  @Test
  void anExportImportedIntoAnotherAccountReproducesTheJournal() {
    http.post("/api/check-ins", "{\"pain\":2,\"note\":\"one\"}", ana.writing());
    http.post("/api/check-ins", "{\"pain\":5}", ana.writing());
    http.post("/api/screenings", Answers.CLEAR, ana.writing());
    HttpResponse<String> exported = http.get("/api/export", ana.reading());
    ServerFixture.SignedIn bo = fixture.signUpAndIn("bo@example.org");

    HttpResponse<String> imported = http.post("/api/import", exported.body(), bo.writing());
    HttpResponse<String> again = http.post("/api/import", exported.body(), bo.writing());

    assertThat(imported.statusCode()).isEqualTo(200);
    assertThat(object(imported).get("added")).hasToString("3");
    assertThat(object(again).get("added")).hasToString("0");
    Map<?, ?> anas = object(exported);
    Map<?, ?> bos = object(http.get("/api/export", bo.reading()));
    assertThat(bos.get("checkIns") == null ? bos.get("contents") : bos.get("checkIns"))
        .isEqualTo(anas.get("checkIns") == null ? anas.get("contents") : anas.get("checkIns"));
  }

  @Test
  void aBrokenImportChangesNothing() {
    http.post("/api/check-ins", "{\"pain\":2}", ana.writing());
    String exported = http.get("/api/export", ana.reading()).body();
    ServerFixture.SignedIn bo = fixture.signUpAndIn("bo@example.org");
    String wrongVersion = exported.replace("\"version\":1", "\"version\":99");

    HttpResponse<String> broken = http.post("/api/import", wrongVersion, bo.writing());
    HttpResponse<String> malformed = http.post("/api/import", "{\"format\":", bo.writing());

    assertThat(broken.statusCode()).isEqualTo(400);
    assertThat(malformed.statusCode()).isEqualTo(400);
    assertThat(array(http.get("/api/check-ins", bo.reading()))).isEmpty();
  }

  @Test
  void everyJournalRouteNeedsAnAccount() {
    for (String path :
        List.of(
            "/api/check-ins", "/api/sessions", "/api/journal", "/api/insights", "/api/export")) {
      assertThat(http.get(path).statusCode()).as(path).isEqualTo(401);
    }
    assertThat(http.post("/api/check-ins", "{\"pain\":1}").statusCode()).isEqualTo(401);
    assertThat(http.post("/api/import", "{}").statusCode()).isEqualTo(401);
  }

  @Test
  void deletingTheAccountDeletesItsJournal() {
    http.post("/api/check-ins", "{\"pain\":2}", ana.writing());
    http.post("/api/screenings", Answers.CLEAR, ana.writing());

    http.delete("/api/account", ana.writing());
    ServerFixture.SignedIn again = fixture.signUpAndIn("ana@example.org");

    assertThat(array(http.get("/api/check-ins", again.reading()))).isEmpty();
    assertThat(array(http.get("/api/screenings", again.reading()))).isEmpty();
    assertThat(Json.parse(http.get("/api/export", again.reading()).body())).isNotNull();
  }
}

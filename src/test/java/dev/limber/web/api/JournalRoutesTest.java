package dev.limber.web.api;

import static dev.limber.web.ServerFixture.array;
import static dev.limber.web.ServerFixture.object;
import static org.assertj.core.api.Assertions.assertThat;

import dev.limber.json.Json;
import dev.limber.web.Answers;
import dev.limber.web.H2Server;
import dev.limber.web.ServerFixture;
import dev.limber.web.http.Bodies;
import dev.limber.web.pages.JournalSeed;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class JournalRoutesTest {
  @RegisterExtension static final H2Server server = new H2Server();
  private ServerFixture.SignedIn ana;

  @BeforeEach
  void start() {
    ana = server.fixture.signUpAndIn("ana@example.org");
  }

  @Test
  void aCheckInIsKeptAndListed() {
    HttpResponse<String> added =
        server.http.post(
            "/api/check-ins", "{\"pain\":3,\"cracked\":true,\"note\":\"desk day\"}", ana.writing());

    HttpResponse<String> listed = server.http.get("/api/check-ins", ana.reading());

    assertThat(added.statusCode()).isEqualTo(201);
    assertThat(object(added).get("pain")).hasToString("3");
    assertThat(array(listed)).hasSize(1);
    assertThat(((Map<?, ?>) array(listed).get(0)).get("note")).isEqualTo("desk day");
  }

  @Test
  void aReviewIsKeptListedAndClosesTheOpenFlag() {
    String session =
        "{\"started\":\"2026-01-05T08:00:00Z\",\"ended\":\"2026-01-05T08:00:30Z\","
            + "\"routine\":[],\"segments\":[{\"kind\":\"HOLD\",\"techniqueId\":\"wall-slide\","
            + "\"rep\":1,\"seconds\":10,\"outcome\":\"SKIPPED\"}],\"painBefore\":2,"
            + "\"painAfter\":3,\"painStop\":{\"segmentIndex\":0,\"techniqueId\":\"wall-slide\","
            + "\"painScore\":3,\"duringSelfCrack\":false},\"pops\":0,"
            + "\"ending\":\"STOPPED_FOR_PAIN\"}";
    assertThat(server.http.post("/api/sessions", session, ana.writing()).statusCode())
        .isEqualTo(201);
    assertThat(server.http.get("/api/journal", ana.reading()).body()).contains("DURING_STRETCHING");

    HttpResponse<String> added =
        server.http.post(
            "/api/reviews", "{\"by\":\"PHYSIOTHERAPIST\",\"note\":\"keep moving\"}", ana.writing());
    HttpResponse<String> listed = server.http.get("/api/reviews", ana.reading());

    assertThat(added.statusCode()).isEqualTo(201);
    assertThat(object(added).get("closedFlags").toString()).contains("DURING_STRETCHING");
    assertThat(array(listed)).hasSize(1);
    assertThat(((Map<?, ?>) array(listed).get(0)).get("by")).isEqualTo("PHYSIOTHERAPIST");
    assertThat(server.http.get("/api/journal", ana.reading()).body()).contains("\"painFlags\":[]");
  }

  @Test
  void aSessionsMildStopIsKeptWithItsAnswersAndAnExportCarriesItToAnotherJournal() {
    String mild = JournalSeed.mildStop(java.time.Instant.now());

    HttpResponse<String> kept = server.http.post("/api/sessions", mild, ana.writing());
    String exported = server.http.get("/api/export", ana.reading()).body();
    ServerFixture.SignedIn bo = server.fixture.signUpAndIn("bo@example.org");
    HttpResponse<String> imported = server.http.post("/api/import", exported, bo.writing());

    assertThat(kept.statusCode()).as(kept.body()).isEqualTo(201);
    assertThat(kept.body())
        .contains("\"painStops\":[{")
        .contains("\"easing\":true,\"sharpOrSpreading\":false")
        .doesNotContain("\"painStop\":");
    assertThat(server.http.get("/api/journal", ana.reading()).body()).contains("PAIN_NOTED");
    assertThat(((Map<?, ?>) Json.parse(exported)).get("version")).hasToString("3");
    assertThat(imported.statusCode()).as(imported.body()).isEqualTo(200);
    assertThat(server.http.get("/api/journal", bo.reading()).body()).contains("PAIN_NOTED");
  }

  @Test
  void aStopWithoutItsAnswersAboutEasingIsRejectedNamingThem() {
    String withoutAnswers =
        JournalSeed.mildStop(java.time.Instant.now())
            .replace(",\"easing\":true,\"sharpOrSpreading\":false", "");

    HttpResponse<String> response =
        server.http.post("/api/sessions", withoutAnswers, ana.writing());

    assertThat(response.statusCode()).isEqualTo(400);
    assertThat(AccountRoutesTest.fields(response))
        .anyMatch(field -> String.valueOf(field).startsWith("painStops[0].easing"))
        .anyMatch(field -> String.valueOf(field).startsWith("painStops[0].sharpOrSpreading"));
    assertThat(array(server.http.get("/api/sessions", ana.reading()))).isEmpty();
  }

  @Test
  void invalidReviewsAreRejectedNamingTheFieldAndStoreNothing() {
    for (String body :
        List.of(
            "{}",
            "{\"by\":\"NEIGHBOUR\"}",
            "{\"by\":\"DOCTOR\",\"date\":\"2999-01-01\"}",
            "{\"by\":\"DOCTOR\",\"date\":\"yesterday\"}",
            "{\"by\":\"DOCTOR\",\"extra\":1}")) {
      HttpResponse<String> response = server.http.post("/api/reviews", body, ana.writing());

      assertThat(response.statusCode()).as(body).isEqualTo(400);
    }
    assertThat(array(server.http.get("/api/reviews", ana.reading()))).isEmpty();
  }

  @Test
  void aSessionPlayedFasterThanRealTimeIsRefusedByName() {
    String future =
        "{\"started\":\"2999-01-05T08:00:00Z\",\"ended\":\"2999-01-05T08:10:00Z\","
            + "\"routine\":[],\"segments\":[],\"painBefore\":null,\"painAfter\":null,"
            + "\"painStop\":null,\"pops\":0,\"ending\":\"QUIT\"}";

    HttpResponse<String> response = server.http.post("/api/sessions", future, ana.writing());

    assertThat(response.statusCode()).isEqualTo(400);
    assertThat(AccountRoutesTest.fields(response)).contains("ended");
    assertThat(array(server.http.get("/api/sessions", ana.reading()))).isEmpty();
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
      HttpResponse<String> response = server.http.post("/api/check-ins", body, ana.writing());

      assertThat(response.statusCode()).as(body).isEqualTo(400);
    }
    assertThat(
            AccountRoutesTest.fields(
                server.http.post("/api/check-ins", "{\"pain\":11}", ana.writing())))
        .containsExactly("pain");
    assertThat(array(server.http.get("/api/check-ins", ana.reading()))).isEmpty();
  }

  @Test
  void anOversizedCheckInIs413AndStoresNothing() {
    String body = "{\"pain\":2,\"note\":\"" + "x".repeat(Bodies.LIMIT_BYTES) + "\"}";

    HttpResponse<String> response = server.http.post("/api/check-ins", body, ana.writing());

    assertThat(response.statusCode()).isEqualTo(413);
    assertThat(array(server.http.get("/api/check-ins", ana.reading()))).isEmpty();
  }

  @Test
  void daysOutOfRangeIsRejectedNamingIt() {
    HttpResponse<String> response = server.http.get("/api/journal?days=0", ana.reading());

    assertThat(response.statusCode()).isEqualTo(400);
    assertThat(AccountRoutesTest.fields(response)).containsExactly("days");
  }

  @Test
  void daysThatAreNotANumberAreRejectedNamingIt() {
    HttpResponse<String> response = server.http.get("/api/journal?days=a%20week", ana.reading());

    assertThat(response.statusCode()).isEqualTo(400);
    assertThat(AccountRoutesTest.fields(response)).containsExactly("days");
    assertThat(response.body()).contains("found \\\"a week\\\"");
  }

  @Test
  void theHistoryHoldsCheckInsSessionsAndScreenings() {
    server.http.post("/api/check-ins", "{\"pain\":2}", ana.writing());
    server.http.post("/api/screenings", Answers.CLEAR, ana.writing());

    HttpResponse<String> response = server.http.get("/api/journal?days=7", ana.reading());

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat((List<?>) object(response).get("checkIns")).hasSize(1);
    assertThat((List<?>) object(response).get("screenings")).hasSize(1);
    assertThat((List<?>) object(response).get("sessions")).isEmpty();
  }

  @Test
  void insightsAnswerAsTheCore() {
    server.http.post("/api/check-ins", "{\"pain\":4}", ana.writing());

    HttpResponse<String> response = server.http.get("/api/insights", ana.reading());

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(object(response).keySet().toString()).contains("painTrend", "escalations");
  }

  @Test
  void anExportImportedIntoAnotherAccountReproducesTheJournal() {
    server.http.post("/api/check-ins", "{\"pain\":2,\"note\":\"one\"}", ana.writing());
    server.http.post("/api/check-ins", "{\"pain\":5}", ana.writing());
    server.http.post("/api/screenings", Answers.CLEAR, ana.writing());
    HttpResponse<String> exported = server.http.get("/api/export", ana.reading());
    ServerFixture.SignedIn bo = server.fixture.signUpAndIn("bo@example.org");

    HttpResponse<String> imported = server.http.post("/api/import", exported.body(), bo.writing());
    HttpResponse<String> again = server.http.post("/api/import", exported.body(), bo.writing());

    assertThat(imported.statusCode()).isEqualTo(200);
    assertThat(object(imported).get("added")).hasToString("3");
    assertThat(object(again).get("added")).hasToString("0");
    Map<?, ?> anas = object(exported);
    Map<?, ?> bos = object(server.http.get("/api/export", bo.reading()));
    assertThat(bos.get("checkIns") == null ? bos.get("contents") : bos.get("checkIns"))
        .isEqualTo(anas.get("checkIns") == null ? anas.get("contents") : anas.get("checkIns"));
  }

  @Test
  void aBrokenImportChangesNothing() {
    server.http.post("/api/check-ins", "{\"pain\":2}", ana.writing());
    String exported = server.http.get("/api/export", ana.reading()).body();
    ServerFixture.SignedIn bo = server.fixture.signUpAndIn("bo@example.org");
    String wrongVersion =
        exported.replace(
            "\"version\":" + dev.limber.journal.JournalExport.VERSION, "\"version\":99");
    assertThat(wrongVersion).isNotEqualTo(exported);

    HttpResponse<String> broken = server.http.post("/api/import", wrongVersion, bo.writing());
    HttpResponse<String> malformed = server.http.post("/api/import", "{\"format\":", bo.writing());

    assertThat(broken.statusCode()).isEqualTo(400);
    assertThat(malformed.statusCode()).isEqualTo(400);
    assertThat(array(server.http.get("/api/check-ins", bo.reading()))).isEmpty();
  }

  @Test
  void everyJournalRouteNeedsAnAccount() {
    for (String path :
        List.of(
            "/api/check-ins", "/api/sessions", "/api/journal", "/api/insights", "/api/export")) {
      assertThat(server.http.get(path).statusCode()).as(path).isEqualTo(401);
    }
    assertThat(server.http.post("/api/check-ins", "{\"pain\":1}").statusCode()).isEqualTo(401);
    assertThat(server.http.post("/api/import", "{}").statusCode()).isEqualTo(401);
  }

  @Test
  void deletingTheAccountDeletesItsJournal() {
    server.http.post("/api/check-ins", "{\"pain\":2}", ana.writing());
    server.http.post("/api/screenings", Answers.CLEAR, ana.writing());

    server.http.send("DELETE", "/api/account", ServerFixture.REAUTHENTICATION, ana.writing());
    ServerFixture.SignedIn again = server.fixture.signUpAndIn("ana@example.org");

    assertThat(array(server.http.get("/api/check-ins", again.reading()))).isEmpty();
    assertThat(array(server.http.get("/api/screenings", again.reading()))).isEmpty();
    assertThat(Json.parse(server.http.get("/api/export", again.reading()).body())).isNotNull();
  }
}

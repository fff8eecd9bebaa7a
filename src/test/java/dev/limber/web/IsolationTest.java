package dev.limber.web;

import static org.assertj.core.api.Assertions.assertThat;

import dev.limber.web.api.ProgramRoutesTest;
import java.net.http.HttpResponse;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * A second person tries every route on the first person's data: anything addressed by id is 404,
 * every list and export shows only their own, and nothing of the first person's changes. The same
 * for the clinician's desk: a clinician sees only the people who joined them, a person never sees a
 * desk.
 */
class IsolationTest {
  @RegisterExtension static final H2Server server = new H2Server();

  @Test
  void aSecondPersonNeitherSeesNorChangesTheFirstPersonsData() {
    ServerFixture.SignedIn ana = server.fixture.signUpAndIn("ana@example.org");
    server.http.post("/api/check-ins", "{\"pain\":3,\"note\":\"ana's\"}", ana.writing());
    server.http.post("/api/screenings", Answers.CHEST_PAIN, ana.writing());
    HttpResponse<String> token =
        server.http.post("/api/tokens", "{\"name\":\"ana's\"}", ana.writing());
    String tokenId = (String) ServerFixture.object(token).get("id");
    String anasExport = exportWithoutTime(server.http.get("/api/export", ana.reading()).body());
    String anasTokens = server.http.get("/api/tokens", ana.reading()).body();
    ServerFixture.SignedIn bo = server.fixture.signUpAndIn("bo@example.org");
    String[] bosBearer = server.fixture.bearer(bo);

    for (String[] credentials : new String[][] {bo.writing(), bosBearer}) {
      assertThat(server.http.delete("/api/tokens/" + tokenId, credentials).statusCode())
          .isEqualTo(404);
      for (String path :
          new String[] {"/api/check-ins", "/api/sessions", "/api/screenings", "/api/journal"}) {
        HttpResponse<String> response = server.http.get(path, credentials);
        assertThat(response.statusCode()).as(path).isEqualTo(200);
        assertThat(response.body()).as(path).doesNotContain("ana's").doesNotContain("U5");
      }
      assertThat(server.http.get("/api/tokens", credentials).body()).doesNotContain(tokenId);
      assertThat(server.http.get("/api/export", credentials).body()).doesNotContain("ana's");
      assertThat(server.http.get("/api/insights", credentials).statusCode()).isEqualTo(200);
      assertThat(server.http.post("/api/check-ins", "{\"pain\":9}", credentials).statusCode())
          .isEqualTo(201);
    }
    assertThat(
            server
                .http
                .send("DELETE", "/api/account", ServerFixture.REAUTHENTICATION, bo.writing())
                .statusCode())
        .isEqualTo(204);

    assertThat(exportWithoutTime(server.http.get("/api/export", ana.reading()).body()))
        .isEqualTo(anasExport);
    assertThat(server.http.get("/api/tokens", ana.reading()).body()).isEqualTo(anasTokens);
    assertThat(
            server
                .http
                .get(
                    "/api/tokens",
                    "Authorization",
                    "Bearer " + ServerFixture.object(token).get("token"))
                .statusCode())
        .isEqualTo(200);
  }

  /**
   * The person's account id, having joined {@code clinician}'s new program with no notes shared.
   */
  private static String joins(ServerFixture.SignedIn person, ServerFixture.SignedIn clinician) {
    ServerFixture.SignedIn joining = server.fixture.renewed(person);
    server.fixture.joinedProgram(clinician, joining, ProgramRoutesTest.PROGRAM);
    server.http.post(
        "/api/check-ins", "{\"pain\":8,\"note\":\"private words\"}", joining.writing());
    return server.fixture.accountId(person);
  }

  @Test
  void aClinicianSeesOnlyTheirOwnPeopleOnTheDeskAndAPersonSeesNoDesk() {
    ServerFixture.SignedIn ng = server.fixture.clinician("dr.ng@example.org");
    ServerFixture.SignedIn ola = server.fixture.clinician("dr.ola@example.org");
    ServerFixture.SignedIn ana = server.fixture.signUpAndIn("ana@example.org");
    ServerFixture.SignedIn bo = server.fixture.signUpAndIn("bo@example.org");
    String anaId = joins(ana, ng);
    String boId = joins(bo, ola);
    ServerFixture.SignedIn ngNow = server.fixture.renewed(ng);

    // Who reads whom, by cookie and by bearer token: a cell is a route and who may read it.
    for (String[] credentials : new String[][] {ngNow.reading(), server.fixture.bearer(ngNow)}) {
      for (String path :
          new String[] {
            "/api/clinician/people",
            "/api/clinician/people?sort=pain&filter=attention",
            "/api/clinician/people?sort=last-session",
            "/api/clinician/alerts"
          }) {
        HttpResponse<String> mine = server.http.get(path, credentials);
        assertThat(mine.statusCode()).as(path).isEqualTo(200);
        assertThat(mine.body()).as(path).contains(anaId).doesNotContain(boId).doesNotContain("bo@");
      }
      HttpResponse<String> own =
          server.http.get("/api/clinician/people/" + anaId + "?days=365", credentials);
      assertThat(own.statusCode()).isEqualTo(200);
      assertThat(own.body()).contains("\"progress\"").doesNotContain("private words");
      for (String days : new String[] {"", "?days=30", "?days=365"}) {
        assertThat(
                server.http.get("/api/clinician/people/" + boId + days, credentials).statusCode())
            .as("another's person " + days)
            .isEqualTo(404);
      }
      assertThat(server.http.get("/api/clinician/people?sort=age", credentials).body())
          .contains("sort");
      assertThat(server.http.get("/api/clinician/people?filter=everyone", credentials).statusCode())
          .isEqualTo(400);
      assertThat(
              server
                  .http
                  .get("/api/clinician/people/" + anaId + "?days=0", credentials)
                  .statusCode())
          .isEqualTo(400);
    }
    assertThat(server.http.get("/clinician", ngNow.reading()).body())
        .contains("ana@example.org")
        .doesNotContain("bo@example.org");
    assertThat(server.http.get("/clinician?filter=attention", ngNow.reading()).body())
        .doesNotContain("bo@example.org");
    assertThat(
            server.http.get("/clinician/people/" + boId + "?days=90", ngNow.reading()).statusCode())
        .isEqualTo(404);
    assertThat(server.http.get("/clinician/people/" + anaId + "?days=90", ngNow.reading()).body())
        .contains("Pain over the last 90 days")
        .doesNotContain("private words");

    ServerFixture.SignedIn anaNow = server.fixture.renewed(ana);
    for (String[] credentials : new String[][] {anaNow.reading(), server.fixture.bearer(anaNow)}) {
      for (String path :
          new String[] {
            "/api/clinician/people",
            "/api/clinician/people?filter=attention",
            "/api/clinician/people/" + anaId,
            "/api/clinician/people/" + boId + "?days=30",
            "/api/clinician/alerts"
          }) {
        assertThat(server.http.get(path, credentials).statusCode()).as(path).isEqualTo(403);
      }
    }
    assertThat(server.http.get("/clinician", anaNow.reading()).body())
        .doesNotContain("bo@example.org")
        .doesNotContain("Your people");
    for (String path : new String[] {"/api/clinician/people", "/api/clinician/people/" + anaId}) {
      assertThat(server.http.get(path).statusCode()).as(path).isEqualTo(401);
    }
  }

  @Test
  void aPersonSeesOnlyTheirOwnCliniciansContactLineAndAnotherClinicianCannotEditTheProgram() {
    ServerFixture.SignedIn ng = server.fixture.clinician("ng@example.org");
    ServerFixture.SignedIn lee = server.fixture.clinician("lee@example.org");
    server.http.send(
        "PUT",
        "/api/clinician/contact",
        "{\"contactLine\": \"Ng Physio, 01632 960 001\"}",
        ng.writing());
    server.http.send(
        "PUT",
        "/api/clinician/contact",
        "{\"contactLine\": \"Lee Clinic, 01632 960 002\"}",
        lee.writing());
    ServerFixture.SignedIn ana = server.fixture.signUpAndIn("ana.c@example.org");
    String ngsProgram = server.fixture.joinedProgram(ng, ana, ProgramRoutesTest.PROGRAM);
    String before = server.http.get("/api/clinician/programs/" + ngsProgram, ng.reading()).body();

    String anasClinician = server.http.get("/api/program/clinician", ana.reading()).body();
    int leeChanges =
        server
            .http
            .send(
                "PUT",
                "/api/clinician/programs/" + ngsProgram,
                ProgramRoutesTest.PROGRAM,
                lee.writing())
            .statusCode();
    int anaSetsAContact =
        server
            .http
            .send("PUT", "/api/clinician/contact", "{\"contactLine\": \"x\"}", ana.writing())
            .statusCode();
    int anaReadsAContact = server.http.get("/api/clinician/contact", ana.reading()).statusCode();
    int anaPreviews =
        server.http.post("/api/programs/preview", "{\"items\": []}", ana.writing()).statusCode();
    int nobodyReads = server.http.get("/api/clinician/contact").statusCode();

    assertThat(anasClinician).contains("Ng Physio").doesNotContain("Lee Clinic");
    assertThat(server.http.get("/api/clinician/contact", lee.reading()).body())
        .contains("Lee Clinic")
        .doesNotContain("Ng Physio");
    assertThat(leeChanges).isEqualTo(404);
    assertThat(server.http.get("/api/clinician/programs/" + ngsProgram, ng.reading()).body())
        .isEqualTo(before);
    assertThat(anaSetsAContact).isEqualTo(403);
    assertThat(anaReadsAContact).isEqualTo(403);
    assertThat(anaPreviews).isEqualTo(403);
    assertThat(nobodyReads).isEqualTo(401);
  }

  private static String exportWithoutTime(String export) {
    Map<?, ?> tree = (Map<?, ?>) dev.limber.json.Json.parse(export);
    Map<Object, Object> copy = new java.util.LinkedHashMap<>(tree);
    copy.remove("exportedAt");
    return dev.limber.json.Json.write(copy);
  }
}

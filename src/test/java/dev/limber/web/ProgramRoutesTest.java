package dev.limber.web;

import static org.assertj.core.api.Assertions.assertThat;

import dev.limber.store.JdbcPrograms;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The program routes end to end: a clinician's program and code, a person's join and leave. */
class ProgramRoutesTest {
  @RegisterExtension static final H2Server server = new H2Server();

  static final String PROGRAM =
      """
      {"title": "Desk back", "notes": "Slowly.",
       "frequency": {"timesPerDay": 1, "daysPerWeek": 5},
       "items": [{"techniqueId": "armchair-twist", "holdSeconds": 20, "reps": 2, "sides": 2}]}
      """;

  private ServerFixture.SignedIn clinician(String email) {
    ServerFixture.SignedIn signedIn = server.fixture.signUpAndIn(email);
    new JdbcPrograms(server.database())
        .grantClinician(session(signedIn).get("accountId").toString(), Instant.now());
    return fresh(signedIn);
  }

  // GET /api/session hands a browser a fresh CSRF token; the old one no longer counts.
  private static java.util.Map<?, ?> session(ServerFixture.SignedIn person) {
    return ServerFixture.object(server.http.get("/api/session", person.reading()));
  }

  private static ServerFixture.SignedIn fresh(ServerFixture.SignedIn person) {
    return new ServerFixture.SignedIn(
        person.email(), person.cookie(), (String) session(person).get("csrfToken"));
  }

  @Test
  void aProgramOutsideTheCatalogsBoundsIsRefusedNamingTheField() {
    ServerFixture.SignedIn ng = clinician("dr.ng@example.org");

    HttpResponse<String> refused =
        server.http.post(
            "/api/clinician/programs",
            PROGRAM.replace("\"holdSeconds\": 20", "\"holdSeconds\": 75"),
            ng.writing());

    assertThat(refused.statusCode()).as(refused.body()).isEqualTo(400);
    assertThat(refused.headers().firstValue("Content-Type"))
        .hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
    assertThat(refused.body()).contains("items[0].holdSeconds").contains("75");
  }

  @Test
  void aPersonWhoIsNotAClinicianCannotUseTheClinicianRoutes() {
    ServerFixture.SignedIn ana = server.fixture.signUpAndIn("ana@example.org");

    assertThat(server.http.get("/api/clinician/programs", ana.reading()).statusCode())
        .isEqualTo(403);
    assertThat(server.http.post("/api/clinician", "", ana.writing()).statusCode()).isEqualTo(403);
    assertThat(server.http.get("/api/clinician/people").statusCode()).isEqualTo(401);
  }

  @Test
  void joinPreviewConsentFollowAndLeave() {
    ServerFixture.SignedIn ng = clinician("dr.ng@example.org");
    HttpResponse<String> created =
        server.http.post("/api/clinician/programs", PROGRAM, ng.writing());
    assertThat(created.statusCode()).isEqualTo(201);
    String programId = (String) ServerFixture.object(created).get("id");
    HttpResponse<String> edited =
        server.http.send(
            "PUT",
            "/api/clinician/programs/" + programId,
            PROGRAM.replace("Desk back", "Desk back 2"),
            ng.writing());
    assertThat(ServerFixture.object(edited).get("version")).isEqualTo(java.math.BigInteger.TWO);
    String code =
        (String)
            ServerFixture.object(
                    server.http.post(
                        "/api/clinician/programs/" + programId + "/codes", "", ng.writing()))
                .get("code");
    ServerFixture.SignedIn ana = server.fixture.signUpAndIn("ana@example.org");

    HttpResponse<String> preview =
        server.http.post("/api/join/preview", "{\"code\": \"" + code + "\"}", ana.writing());
    assertThat(preview.statusCode()).isEqualTo(200);
    assertThat(preview.body())
        .contains("dr.ng@example.org")
        .contains("Desk back 2")
        .contains("NOTES");
    HttpResponse<String> noConsent =
        server.http.post(
            "/api/join", "{\"code\": \"" + code + "\", \"consent\": false}", ana.writing());
    assertThat(noConsent.statusCode()).isEqualTo(400);
    assertThat(noConsent.body()).contains("consent");
    assertThat(
            server
                .http
                .post("/api/join", "{\"code\": \"" + code + "\", \"consent\": true}", ana.writing())
                .statusCode())
        .isEqualTo(201);

    assertThat(server.http.get("/api/program", ana.reading()).body()).contains("dr.ng@example.org");
    List<?> people = ServerFixture.array(server.http.get("/api/clinician/people", ng.reading()));
    assertThat(people).hasSize(1);
    String anaId = (String) session(ana).get("accountId");
    ana = fresh(ana);
    HttpResponse<String> view = server.http.get("/api/clinician/people/" + anaId, ng.reading());
    assertThat(view.statusCode()).isEqualTo(200);
    assertThat(view.body()).contains("adherence").contains("heldBack");
    assertThat(server.http.get("/api/program/access-log", ana.reading()).body())
        .contains("dr.ng@example.org");
    assertThat(server.http.get("/api/program/today", ana.reading()).statusCode()).isEqualTo(409);
    assertThat(server.http.get("/api/clinician/alerts", ng.reading()).statusCode()).isEqualTo(200);

    assertThat(server.http.delete("/api/program", ana.writing()).statusCode()).isEqualTo(204);

    assertThat(server.http.get("/api/clinician/people/" + anaId, ng.reading()).statusCode())
        .isEqualTo(404);
    assertThat(ServerFixture.array(server.http.get("/api/clinician/people", ng.reading())))
        .isEmpty();
    assertThat(server.http.get("/api/program", ana.reading()).statusCode()).isEqualTo(404);
    assertThat(
            server
                .http
                .post("/api/join/preview", "{\"code\": \"" + code + "\"}", ana.writing())
                .statusCode())
        .as("single use")
        .isEqualTo(404);
  }

  @Test
  void aCookieWriteWithoutTheCsrfTokenIsRefused() {
    ServerFixture.SignedIn ng = clinician("dr.ng@example.org");

    HttpResponse<String> refused =
        server.http.post("/api/clinician/programs", PROGRAM, "Cookie", ng.reading()[1]);

    assertThat(refused.statusCode()).isEqualTo(403);
    assertThat(ServerFixture.array(server.http.get("/api/clinician/programs", ng.reading())))
        .isEmpty();
  }
}

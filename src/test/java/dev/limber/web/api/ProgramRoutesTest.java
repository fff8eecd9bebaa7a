package dev.limber.web.api;

import static org.assertj.core.api.Assertions.assertThat;

import dev.limber.store.JdbcPrograms;
import dev.limber.web.Answers;
import dev.limber.web.H2Server;
import dev.limber.web.ServerFixture;
import dev.limber.web.pages.JournalSeed;
import dev.limber.web.pages.MovableClock;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The program routes end to end: a clinician's program and code, a person's join and leave. */
public class ProgramRoutesTest {
  private static final MovableClock CLOCK = new MovableClock(Instant.parse("2026-12-02T09:00:00Z"));

  @RegisterExtension static final H2Server server = new H2Server(CLOCK);

  public static final String PROGRAM =
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

  /** A clinician with the two-technique program and Ana, who joined it; answers her id. */
  private record Joined(ServerFixture.SignedIn ng, ServerFixture.SignedIn ana, String anaId) {}

  private Joined joined() {
    ServerFixture.SignedIn ng = clinician("dr.ng@example.org");
    String programId =
        (String)
            ServerFixture.object(server.http.post("/api/clinician/programs", PROGRAM, ng.writing()))
                .get("id");
    String code =
        (String)
            ServerFixture.object(
                    server.http.post(
                        "/api/clinician/programs/" + programId + "/codes", "", ng.writing()))
                .get("code");
    ServerFixture.SignedIn ana = server.fixture.signUpAndIn("ana@example.org");
    server.http.post("/api/join", "{\"code\": \"" + code + "\", \"consent\": true}", ana.writing());
    String anaId = (String) session(ana).get("accountId");
    return new Joined(ng, fresh(ana), anaId);
  }

  @Test
  void aMildStopIsALineOfThePersonsViewAndALowPriorityAlertOnTheApiAndThePage() {
    Joined joined = joined();
    CLOCK.set(CLOCK.instant().plus(java.time.Duration.ofHours(2)));
    assertThat(
            server
                .http
                .post(
                    "/api/sessions", JournalSeed.mildStop(CLOCK.instant()), joined.ana().writing())
                .statusCode())
        .isEqualTo(201);

    java.util.Map<?, ?> view =
        ServerFixture.object(
            server.http.get("/api/clinician/people/" + joined.anaId(), joined.ng().reading()));
    String page =
        server.http.get("/clinician/people/" + joined.anaId(), joined.ng().reading()).body();
    String alerts = server.http.get("/api/clinician/alerts", joined.ng().reading()).body();

    java.util.Map<?, ?> line =
        (java.util.Map<?, ?>) ((java.util.List<?>) view.get("mildStops")).get(0);
    assertThat(line.get("settling")).isEqualTo("WAITING");
    assertThat((String) line.get("words"))
        .startsWith(
            "A stretch hurt a little on Wednesday 2 December 2026, Wall slide, arms overhead; it"
                + " eased.");
    assertThat((java.util.List<?>) view.get("stoppedForPain")).isEmpty();
    assertThat(page)
        .contains("A stretch hurt a little on Wednesday 2 December 2026")
        .contains("data-priority=\"LOW\"")
        .contains("Low priority:");
    assertThat(alerts).contains("\"kind\":\"PAIN_NOTED\"").contains("\"priority\":\"LOW\"");
  }

  private static HttpResponse<byte[]> pdf(String path, String body, String... headers)
      throws java.io.IOException, InterruptedException {
    java.net.http.HttpRequest.Builder request =
        java.net.http.HttpRequest.newBuilder(server.http.base().resolve(path))
            .POST(java.net.http.HttpRequest.BodyPublishers.ofString(body))
            .headers(headers);
    if (!body.isEmpty()) {
      request.header("Content-Type", "application/json");
    }
    return server.http.client().send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
  }

  private static String text(byte[] pdf) throws java.io.IOException {
    try (org.apache.pdfbox.pdmodel.PDDocument document = org.apache.pdfbox.Loader.loadPDF(pdf)) {
      return new org.apache.pdfbox.text.PDFTextStripper().getText(document).replaceAll("\\s+", " ");
    }
  }

  @Test
  void aProgramSessionIsKeptWithItsVersionAndABadOneNamesItsFieldAndKeepsNothing() {
    Joined joined = joined();
    Instant joinedAt = CLOCK.instant();
    CLOCK.set(joinedAt.plusSeconds(600));
    server.http.post("/api/screenings", Answers.CLEAR, joined.ana().writing());
    java.util.Map<?, ?> today =
        ServerFixture.object(server.http.get("/api/program/today", joined.ana().reading()));
    java.util.Map<?, ?> program = (java.util.Map<?, ?>) today.get("program");
    String programId = (String) program.get("id");
    String session =
        "{\"started\": \"%s\", \"ended\": \"%s\", \"routine\": [], \"segments\": [],"
                .formatted(joinedAt.plusSeconds(120), joinedAt.plusSeconds(180))
            + " \"painBefore\": 2, \"painAfter\": 1, \"pops\": 0, \"ending\": \"FINISHED\"}";

    HttpResponse<String> wrongVersion =
        server.http.post(
            "/api/program/sessions",
            "{\"programId\": \"%s\", \"version\": 3, \"session\": %s}"
                .formatted(programId, session),
            joined.ana().writing());
    HttpResponse<String> noSession =
        server.http.post(
            "/api/program/sessions",
            "{\"programId\": \"%s\", \"version\": 1}".formatted(programId),
            joined.ana().writing());
    assertThat(wrongVersion.statusCode()).isEqualTo(400);
    assertThat(wrongVersion.body()).contains("\"version\"").contains("versions 1 to 1");
    assertThat(noSession.statusCode()).isEqualTo(400);
    assertThat(noSession.body()).contains("\"session\"");
    HttpResponse<String> beforeJoining =
        server.http.post(
            "/api/program/sessions",
            "{\"programId\": \"%s\", \"version\": 1, \"session\": %s}"
                .formatted(
                    programId,
                    session
                        .replace(
                            joinedAt.plusSeconds(120).toString(),
                            joinedAt.minusSeconds(60).toString())
                        .replace(joinedAt.plusSeconds(180).toString(), joinedAt.toString())),
            joined.ana().writing());
    assertThat(beforeJoining.statusCode()).isEqualTo(400);
    assertThat(beforeJoining.body()).contains("session.started").contains("before you joined");
    assertThat(ServerFixture.array(server.http.get("/api/sessions", joined.ana().reading())))
        .isEmpty();

    HttpResponse<String> kept =
        server.http.post(
            "/api/program/sessions",
            "{\"programId\": \"%s\", \"version\": 1, \"session\": %s}"
                .formatted(programId, session),
            joined.ana().writing());

    assertThat(kept.statusCode()).as(kept.body()).isEqualTo(201);
    assertThat(ServerFixture.array(server.http.get("/api/sessions", joined.ana().reading())))
        .hasSize(1);
    assertThat(new JdbcPrograms(server.database()).plays(joined.anaId(), Instant.EPOCH))
        .singleElement()
        .satisfies(play -> assertThat(play.version()).isEqualTo(1));
    String view =
        server.http.get("/api/clinician/people/" + joined.anaId(), joined.ng().reading()).body();
    assertThat(view).contains("\"done\":1");
  }

  @Test
  void theProgramPrintsForThePersonAndForTheirClinicianOnlyAfterAScreening() throws Exception {
    Joined joined = joined();
    ServerFixture.SignedIn stranger = clinician("dr.ola@example.org");

    assertThat(pdf("/api/program/handout", "", joined.ana().writing()).statusCode())
        .as("no screening today")
        .isEqualTo(409);
    assertThat(
            pdf("/api/clinician/people/" + joined.anaId() + "/handout", "", joined.ng().writing())
                .statusCode())
        .isEqualTo(409);
    server.http.post("/api/screenings", Answers.CLEAR, joined.ana().writing());

    HttpResponse<byte[]> mine =
        pdf("/api/program/handout", "{\"paper\": \"letter\"}", joined.ana().writing());
    HttpResponse<byte[]> printout =
        pdf("/api/clinician/people/" + joined.anaId() + "/handout", "", joined.ng().writing());
    HttpResponse<byte[]> badPaper =
        pdf("/api/program/handout", "{\"paper\": \"a3\"}", joined.ana().writing());

    assertThat(mine.statusCode()).isEqualTo(200);
    assertThat(mine.headers().firstValue("Content-Type")).contains("application/pdf");
    assertThat(text(mine.body()))
        .contains("Desk back")
        .contains("dr.ng@example.org")
        .contains("once a day, 5 days a week")
        .contains("Armchair twist");
    assertThat(printout.statusCode()).isEqualTo(200);
    assertThat(text(printout.body())).contains("Desk back");
    assertThat(badPaper.statusCode()).isEqualTo(400);
    assertThat(new String(badPaper.body(), java.nio.charset.StandardCharsets.UTF_8))
        .contains("paper");
    assertThat(
            pdf("/api/clinician/people/" + joined.anaId() + "/handout", "", stranger.writing())
                .statusCode())
        .as("a clinician Ana never joined")
        .isEqualTo(404);
    assertThat(server.http.get("/api/program/access-log", joined.ana().reading()).body())
        .contains("to print your program")
        .doesNotContain("dr.ola@example.org");
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

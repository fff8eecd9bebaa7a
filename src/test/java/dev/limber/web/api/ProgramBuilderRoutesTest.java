package dev.limber.web.api;

import static org.assertj.core.api.Assertions.assertThat;

import dev.limber.store.JdbcPrograms;
import dev.limber.web.H2Server;
import dev.limber.web.ServerFixture;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The builder's preview of one session and the clinician's contact line over real HTTP. */
class ProgramBuilderRoutesTest {
  @RegisterExtension static final H2Server server = new H2Server();

  private static final String TWO_ITEMS =
      """
      {"items": [
        {"techniqueId": "upward-stretch", "holdSeconds": 15, "reps": 2, "sides": 1},
        {"techniqueId": "armchair-twist", "holdSeconds": 20, "reps": 2, "sides": 2}]}
      """;

  private static ServerFixture.SignedIn clinician(String email) {
    ServerFixture.SignedIn signedIn = server.fixture.signUpAndIn(email);
    Map<?, ?> session = ServerFixture.object(server.http.get("/api/session", signedIn.reading()));
    new JdbcPrograms(server.database())
        .grantClinician(session.get("accountId").toString(), Instant.now());
    // Becoming a clinician renews the login session's CSRF token.
    Map<?, ?> renewed = ServerFixture.object(server.http.get("/api/session", signedIn.reading()));
    return new ServerFixture.SignedIn(
        signedIn.email(), signedIn.cookie(), (String) renewed.get("csrfToken"));
  }

  @Test
  void thePreviewTimesOneSessionAsThePlayerPlaysIt() {
    ServerFixture.SignedIn ng = clinician("ng.preview@example.org");

    HttpResponse<String> response =
        server.http.post("/api/programs/preview", TWO_ITEMS, ng.writing());

    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    Map<?, ?> preview = ServerFixture.object(response);
    List<?> segments = (List<?>) preview.get("segments");
    int sum =
        segments.stream()
            .mapToInt(each -> ((Number) ((Map<?, ?>) each).get("seconds")).intValue())
            .sum();
    assertThat(((Number) preview.get("totalSeconds")).intValue())
        .isEqualTo(sum)
        .isGreaterThan(15 * 2 + 20 * 4);
    assertThat(segments.stream().map(each -> (String) ((Map<?, ?>) each).get("kind")).toList())
        .startsWith("PAIN_CHECK", "GET_READY", "HOLD", "REST", "HOLD", "GET_READY")
        .contains("SWITCH_SIDES")
        .endsWith("PAIN_CHECK");
    Map<?, ?> last = (Map<?, ?>) segments.get(segments.size() - 1);
    assertThat(
            ((Number) last.get("startsAtSeconds")).intValue()
                + ((Number) last.get("seconds")).intValue())
        .isEqualTo(sum);
  }

  @Test
  void thePreviewRefusesADoseOutsideTheCatalogsBoundsNamingTheField() {
    ServerFixture.SignedIn ng = clinician("ng.bounds@example.org");

    HttpResponse<String> response =
        server.http.post(
            "/api/programs/preview",
            "{\"items\": [{\"techniqueId\": \"upward-stretch\", \"holdSeconds\": 59, \"reps\": 2, \"sides\": 1}], \"extra\": 1}",
            ng.writing());
    HttpResponse<String> bounds =
        server.http.post(
            "/api/programs/preview",
            "{\"items\": [{\"techniqueId\": \"upward-stretch\", \"holdSeconds\": 59, \"reps\": 2, \"sides\": 1}]}",
            ng.writing());

    assertThat(response.statusCode()).isEqualTo(400);
    assertThat(response.body()).contains("extra");
    assertThat(bounds.statusCode()).isEqualTo(400);
    assertThat(bounds.body()).contains("items[0].holdSeconds").contains("59");
  }

  @Test
  void theContactLineIsTrimmedBoundedClearedAndNeverRequired() {
    ServerFixture.SignedIn ng = clinician("ng.contact@example.org");

    String none = server.http.get("/api/clinician/contact", ng.reading()).body();
    HttpResponse<String> set =
        server.http.send(
            "PUT",
            "/api/clinician/contact",
            "{\"contactLine\": \"  Harbour Physio,\\n 01632 960 123  \"}",
            ng.writing());
    HttpResponse<String> tooLong =
        server.http.send(
            "PUT",
            "/api/clinician/contact",
            "{\"contactLine\": \"" + "x".repeat(161) + "\"}",
            ng.writing());
    String kept = server.http.get("/api/clinician/contact", ng.reading()).body();
    HttpResponse<String> cleared =
        server.http.send("PUT", "/api/clinician/contact", "{\"contactLine\": \"\"}", ng.writing());

    assertThat(none).contains("\"contactLine\":null");
    assertThat(set.statusCode()).as(set.body()).isEqualTo(200);
    assertThat(set.body()).contains("\"Harbour Physio, 01632 960 123\"");
    assertThat(tooLong.statusCode()).isEqualTo(400);
    assertThat(tooLong.body()).contains("contactLine").contains("161");
    assertThat(kept).contains("Harbour Physio, 01632 960 123");
    assertThat(cleared.body()).contains("\"contactLine\":null");
  }
}

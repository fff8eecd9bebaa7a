package dev.limber.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * A second person tries every route on the first person's data: anything addressed by id is 404,
 * every list and export shows only their own, and nothing of the first person's changes.
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

  private static String exportWithoutTime(String export) {
    Map<?, ?> tree = (Map<?, ?>) dev.limber.json.Json.parse(export);
    Map<Object, Object> copy = new java.util.LinkedHashMap<>(tree);
    copy.remove("exportedAt");
    return dev.limber.json.Json.write(copy);
  }
}

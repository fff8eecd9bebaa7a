package dev.limber.web.api;

import static org.assertj.core.api.Assertions.assertThat;

import dev.limber.catalog.Catalog;
import dev.limber.json.Json;
import dev.limber.store.Database;
import dev.limber.store.TestDatabases;
import dev.limber.web.Http;
import dev.limber.web.ServerFixture;
import dev.limber.web.http.WebOptions;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class OpenRoutesTest {
  private static final String METRICS_TOKEN = "a-long-metrics-token";
  private static Database database;
  private static ServerFixture fixture;
  private static Http http;

  @BeforeAll
  static void start() {
    database = TestDatabases.h2();
    fixture = ServerFixture.start(database, WebOptions.defaults().withMetricsToken(METRICS_TOKEN));
    http = fixture.http;
  }

  @AfterAll
  static void stop() {
    fixture.close();
    database.close();
  }

  @Test
  void healthAnswersUpAsJson() {
    HttpResponse<String> response = http.get("/health");

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.headers().firstValue("Content-Type"))
        .hasValueSatisfying(type -> assertThat(type).startsWith("application/json"));
    assertThat(Json.parse(response.body())).isEqualTo(Map.of("status", "UP"));
  }

  @Test
  void everyAnswerCarriesTheSecurityHeaders() {
    for (HttpResponse<String> response :
        List.of(http.get("/health"), http.get("/api/techniques"), http.get("/no/such/page"))) {
      assertThat(response.headers().firstValue("Content-Security-Policy"))
          .hasValueSatisfying(policy -> assertThat(policy).contains("frame-ancestors 'none'"));
      assertThat(response.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
      assertThat(response.headers().firstValue("Referrer-Policy")).hasValue("no-referrer");
    }
  }

  @Test
  void metricsArePrometheusTextCountingRequestsByRoute() {
    http.get("/api/techniques");

    HttpResponse<String> response =
        http.get("/metrics", "Authorization", "Bearer " + METRICS_TOKEN);

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.headers().firstValue("Content-Type"))
        .hasValueSatisfying(type -> assertThat(type).startsWith("text/plain"));
    assertThat(response.body())
        .contains(
            "http_server_requests_seconds_count{method=\"GET\",route=\"/api/techniques\",status=\"200\"}");
  }

  @Test
  void techniquesAreTheCatalogAsTheCliPrintsIt() {
    HttpResponse<String> response = http.get("/api/techniques");

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(Json.parse(response.body()))
        .isEqualTo(Json.parse(Json.write(Catalog.bundled().techniques())));
  }

  @Test
  void oneTechniqueByIdIsItsFullObject() {
    String id = Catalog.bundled().techniques().get(0).id();

    HttpResponse<String> response = http.get("/api/techniques/" + id);

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(Json.parse(response.body()))
        .isEqualTo(Json.parse(Json.write(Catalog.bundled().require(id))));
  }

  @Test
  void unknownTechniqueIsProblem404NamingIdAndSuggestingCloseOnes() {
    String id = Catalog.bundled().techniques().get(0).id();

    HttpResponse<String> response = http.get("/api/techniques/" + id + "x");

    assertThat(response.statusCode()).isEqualTo(404);
    assertThat(response.headers().firstValue("Content-Type"))
        .hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
    Map<?, ?> problem = (Map<?, ?>) Json.parse(response.body());
    assertThat(problem.get("status")).hasToString("404");
    assertThat((String) problem.get("detail")).contains(id + "x");
    assertThat(problem.get("suggestions"))
        .asInstanceOf(org.assertj.core.api.InstanceOfAssertFactories.LIST)
        .contains(id);
  }

  @Test
  void unknownPathIsProblem404() {
    HttpResponse<String> response = http.get("/api/nothing-here");

    assertThat(response.statusCode()).isEqualTo(404);
    assertThat(response.headers().firstValue("Content-Type"))
        .hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
    assertThat(((Map<?, ?>) Json.parse(response.body())).get("title")).isEqualTo("Not found");
  }
}

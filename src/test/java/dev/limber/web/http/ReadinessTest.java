package dev.limber.web.http;

import static org.assertj.core.api.Assertions.assertThat;

import dev.limber.Main;
import dev.limber.catalog.Catalog;
import dev.limber.store.Database;
import dev.limber.store.PostgresCluster;
import dev.limber.store.TestDatabases;
import dev.limber.web.Http;
import dev.limber.web.ServerFixture;
import dev.limber.web.WebServer;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;

/** {@code GET /health/ready}: 200 while the database serves, 503 with the reason otherwise. */
class ReadinessTest {
  private static final Duration PATIENCE = Duration.ofSeconds(30);

  @Test
  void readyWhileTheDatabaseAnswers() {
    try (Database database = TestDatabases.h2();
        ServerFixture server = ServerFixture.start(database)) {

      HttpResponse<String> ready = server.http.get("/health/ready");

      assertThat(ready.statusCode()).isEqualTo(200);
      assertThat(ServerFixture.object(ready).get("status")).isEqualTo("READY");
      assertThat(ready.headers().firstValue("Cache-Control")).contains("no-store");
    }
  }

  @Test
  void notReadyOnceTheH2PoolIsClosed() {
    Database database = TestDatabases.h2();
    try (ServerFixture server = ServerFixture.start(database)) {
      assertThat(server.http.get("/health/ready").statusCode()).isEqualTo(200);

      database.close();
      HttpResponse<String> ready = server.http.get("/health/ready");

      assertThat(ready.statusCode()).isEqualTo(503);
      assertThat(ServerFixture.object(ready).get("reason")).isEqualTo("the database is closed");
      assertThat(server.http.get("/health").statusCode()).isEqualTo(200);
    }
  }

  @Test
  void notReadyWhilePostgresqlRefusesThenReadyAgain() throws SQLException, InterruptedException {
    PostgresCluster cluster = PostgresCluster.shared();
    String url = cluster.createDatabase();
    String name = url.substring(url.lastIndexOf('/') + 1, url.indexOf('?'));
    try (Database database = Database.open(url);
        ServerFixture server = ServerFixture.start(database);
        Connection admin = DriverManager.getConnection(cluster.url("postgres"));
        Statement statement = admin.createStatement()) {
      assertThat(server.http.get("/health/ready").statusCode()).isEqualTo(200);

      // The server's pool loses every connection and cannot open another: an outage, as seen here.
      statement.execute("ALTER DATABASE " + name + " ALLOW_CONNECTIONS false");
      statement.execute(
          "SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = '" + name + "'");
      HttpResponse<String> down = pollUntil(server, response -> response.statusCode() == 503);

      assertThat(String.valueOf(ServerFixture.object(down).get("reason")))
          .containsAnyOf("unreachable", "did not answer", "has not answered", "no longer valid");
      assertThat(String.valueOf(ServerFixture.object(down).get("reason")))
          .doesNotContain("127.0.0.1")
          .doesNotContain(name);

      statement.execute("ALTER DATABASE " + name + " ALLOW_CONNECTIONS true");

      assertThat(pollUntil(server, response -> response.statusCode() == 200).body())
          .contains("READY");
    }
  }

  @Test
  void notReadyAndServingOnlyHealthWhileMigrationsRun() {
    try (Database database = Database.connect("jdbc:h2:file:" + TestDatabases.h2File());
        WebServer server =
            new WebServer(
                    Main.webServices(database, Catalog::bundled, Clock.systemUTC()),
                    WebOptions.defaults(),
                    Main.readiness(database))
                .start("127.0.0.1", 0)) {
      Http http = Http.to(server.port());

      HttpResponse<String> ready = http.get("/health/ready");
      HttpResponse<String> api = http.get("/api/techniques");

      assertThat(ready.statusCode()).isEqualTo(503);
      assertThat(ServerFixture.object(ready).get("reason")).isEqualTo("migrations are running");
      assertThat(api.statusCode()).isEqualTo(503);
      assertThat(api.headers().firstValue("Retry-After")).contains("5");
      assertThat(http.get("/health").statusCode()).isEqualTo(200);

      database.migrate();

      assertThat(http.get("/health/ready").statusCode()).isEqualTo(200);
      assertThat(http.get("/api/techniques").statusCode()).isEqualTo(200);
    }
  }

  /** Asks until {@code wanted} holds, for at most {@link #PATIENCE}; answers the last response. */
  private static HttpResponse<String> pollUntil(
      ServerFixture server, Predicate<HttpResponse<String>> wanted) throws InterruptedException {
    long deadline = System.nanoTime() + PATIENCE.toNanos();
    HttpResponse<String> response = server.http.get("/health/ready");
    while (!wanted.test(response) && System.nanoTime() < deadline) {
      Thread.sleep(100);
      response = server.http.get("/health/ready");
    }
    assertThat(wanted).as("the last answer: " + response.body()).accepts(response);
    return response;
  }
}

package dev.limber.web.http;

import static org.assertj.core.api.Assertions.assertThat;

import dev.limber.Main;
import dev.limber.catalog.Catalog;
import dev.limber.store.Database;
import dev.limber.store.DatabaseBackup;
import dev.limber.store.TestDatabases;
import dev.limber.web.CheapHasher;
import dev.limber.web.Http;
import dev.limber.web.ServerFixture;
import dev.limber.web.WebServer;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** {@code GET /backup}: the running server's database, on the management port only. */
class BackupRouteTest {
  @Test
  void theManagementPortStreamsABackupThatRestoresTheAccounts() throws Exception {
    try (Database database = TestDatabases.h2();
        WebServer server =
            new WebServer(
                    Main.webServices(
                        database, Catalog::bundled, Clock.systemUTC(), new CheapHasher()),
                    WebOptions.defaults().withManagementPort(0),
                    Main.readiness(database),
                    Optional.of(out -> DatabaseBackup.write(database, out)))
                .start("127.0.0.1", 0)) {
      Http http = Http.to(server.port());
      assertThat(
              http.post(
                      "/api/account",
                      ServerFixture.credentials("kept@example.org", ServerFixture.PASSWORD))
                  .statusCode())
          .isEqualTo(202);

      HttpResponse<byte[]> backup = get(server.managementPort(), "/backup");

      assertThat(backup.statusCode()).isEqualTo(200);
      assertThat(http.get("/backup").statusCode()).isEqualTo(404);
      Path file = Files.createTempDirectory("limber-backup-").resolve("limber.backup");
      Files.write(file, backup.body());
      try (Database restored = TestDatabases.h2()) {
        assertThat(DatabaseBackup.restore(restored, file).rowsByTable().get("accounts"))
            .isEqualTo(1L);
      }
    }
  }

  private static HttpResponse<byte[]> get(int port, String path) throws Exception {
    return HttpClient.newHttpClient()
        .send(
            HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).build(),
            HttpResponse.BodyHandlers.ofByteArray());
  }
}

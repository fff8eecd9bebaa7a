package dev.limber.web.http;

import static org.assertj.core.api.Assertions.assertThat;

import dev.limber.web.H2Server;
import dev.limber.web.Http;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** With a management port, /metrics is served there and only there. */
class ManagementPortTest {
  @RegisterExtension
  static final H2Server server = new H2Server(WebOptions.defaults().withManagementPort(0));

  @Test
  void metricsAreOnTheManagementPortOnly() {
    Http management = Http.outsideTheApi(server.fixture.server.managementPort());

    HttpResponse<String> there = management.get("/metrics");

    assertThat(server.fixture.server.managementPort()).isNotEqualTo(server.fixture.server.port());
    assertThat(there.statusCode()).isEqualTo(200);
    assertThat(there.body()).contains("jvm_memory_used_bytes");
    assertThat(server.http.get("/metrics").statusCode()).isEqualTo(404);
    assertThat(management.get("/api/techniques").statusCode()).isEqualTo(404);
    assertThat(management.get("/health").statusCode()).isEqualTo(200);
  }
}

package dev.limber.web.http;

import static org.assertj.core.api.Assertions.assertThat;

import dev.limber.web.H2Server;
import dev.limber.web.ServerFixture;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** A write retried with the same Idempotency-Key is stored once and answered the same. */
class IdempotencyTest {
  @RegisterExtension static final H2Server server = new H2Server();

  @Test
  void aRetriedCheckInIsStoredOnceAndAnsweredAgain() {
    ServerFixture.SignedIn ana = server.fixture.signUpAndIn("ana@example.org");
    String[] headers = with(ana.writing(), "Idempotency-Key", "check-in-7f3a");

    HttpResponse<String> first = server.http.post("/api/check-ins", "{\"pain\":4}", headers);
    HttpResponse<String> retry = server.http.post("/api/check-ins", "{\"pain\":4}", headers);

    assertThat(first.statusCode()).isEqualTo(201);
    assertThat(retry.statusCode()).isEqualTo(201);
    assertThat(retry.body()).isEqualTo(first.body());
    assertThat(retry.headers().firstValue("Idempotent-Replayed")).hasValue("true");
    assertThat(ServerFixture.array(server.http.get("/api/check-ins", ana.reading()))).hasSize(1);
  }

  @Test
  void theSameKeyWithAnotherBodyIs422AndStoresNothing() {
    ServerFixture.SignedIn ana = server.fixture.signUpAndIn("ana@example.org");
    String[] headers = with(ana.writing(), "Idempotency-Key", "check-in-9c1d");

    HttpResponse<String> first = server.http.post("/api/check-ins", "{\"pain\":4}", headers);
    HttpResponse<String> other = server.http.post("/api/check-ins", "{\"pain\":7}", headers);

    assertThat(first.statusCode()).isEqualTo(201);
    assertThat(other.statusCode()).isEqualTo(422);
    assertThat(other.body()).contains("idempotency-key-reused");
    assertThat(other.headers().firstValue("Idempotent-Replayed")).isEmpty();
    assertThat(ServerFixture.array(server.http.get("/api/check-ins", ana.reading()))).hasSize(1);
  }

  @Test
  void parallelRetriesStoreOnce() throws Exception {
    ServerFixture.SignedIn ana = server.fixture.signUpAndIn("ana@example.org");
    String[] headers = with(server.fixture.bearer(ana), "Idempotency-Key", "burst-1");
    ExecutorService threads = Executors.newFixedThreadPool(8);
    try {
      List<Future<Integer>> answers = new ArrayList<>();
      for (int retry = 0; retry < 8; retry++) {
        answers.add(
            threads.submit(
                () -> server.http.post("/api/check-ins", "{\"pain\":2}", headers).statusCode()));
      }
      List<Integer> statuses = new ArrayList<>();
      for (Future<Integer> answer : answers) {
        statuses.add(answer.get(30, TimeUnit.SECONDS));
      }

      assertThat(statuses).isSubsetOf(201, 409).contains(201);
      assertThat(ServerFixture.array(server.http.get("/api/check-ins", ana.reading()))).hasSize(1);
    } finally {
      threads.shutdownNow();
    }
  }

  @Test
  void aFailedRequestDoesNotUseUpItsKey() {
    ServerFixture.SignedIn ana = server.fixture.signUpAndIn("ana@example.org");
    String[] headers = with(ana.writing(), "Idempotency-Key", "fix-and-retry");

    int invalid = server.http.post("/api/check-ins", "{\"pain\":40}", headers).statusCode();
    int fixed = server.http.post("/api/check-ins", "{\"pain\":4}", headers).statusCode();

    assertThat(invalid).isEqualTo(400);
    assertThat(fixed).isEqualTo(201);
  }

  @Test
  void keysBelongToOneAccountAndOneRoute() {
    ServerFixture.SignedIn ana = server.fixture.signUpAndIn("ana@example.org");
    ServerFixture.SignedIn bo = server.fixture.signUpAndIn("bo@example.org");

    int anas =
        server
            .http
            .post("/api/check-ins", "{\"pain\":4}", with(ana.writing(), "Idempotency-Key", "k1"))
            .statusCode();
    int bos =
        server
            .http
            .post("/api/check-ins", "{\"pain\":5}", with(bo.writing(), "Idempotency-Key", "k1"))
            .statusCode();
    int otherRoute =
        server
            .http
            .post("/api/sessions", "{}", with(ana.writing(), "Idempotency-Key", "k1"))
            .statusCode();

    assertThat(anas).isEqualTo(201);
    assertThat(bos).isEqualTo(201);
    assertThat(otherRoute).isEqualTo(422);
    assertThat(ServerFixture.array(server.http.get("/api/check-ins", bo.reading()))).hasSize(1);
  }

  private static String[] with(String[] headers, String name, String value) {
    String[] more = java.util.Arrays.copyOf(headers, headers.length + 2);
    more[headers.length] = name;
    more[headers.length + 1] = value;
    return more;
  }
}

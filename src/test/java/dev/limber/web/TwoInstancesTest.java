package dev.limber.web;

import static dev.limber.web.ServerFixture.array;
import static org.assertj.core.api.Assertions.assertThat;

import dev.limber.account.Throttle;
import dev.limber.store.Database;
import dev.limber.store.TestDatabases;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Two server instances on one PostgreSQL: they keep no state of their own, so either serves anyone.
 */
class TwoInstancesTest {
  @Test
  void signInOnOneInstanceAndUseTheCookieAndTheDataOnTheOther() {
    try (Database database = TestDatabases.postgres();
        ServerFixture first = ServerFixture.start(database);
        ServerFixture second = ServerFixture.start(database)) {
      ServerFixture.SignedIn ana = first.signUpAndIn("ana@example.org");
      first.http.post("/api/check-ins", "{\"pain\":4,\"note\":\"first\"}", ana.writing());

      int added = second.http.post("/api/check-ins", "{\"pain\":2}", ana.writing()).statusCode();
      var listed = second.http.get("/api/check-ins", ana.reading());
      int loggedOut = second.http.post("/api/logout", "", ana.writing()).statusCode();

      assertThat(added).isEqualTo(201);
      assertThat(array(listed)).hasSize(2);
      assertThat(((Map<?, ?>) array(listed).get(0)).get("note")).isEqualTo("first");
      assertThat(loggedOut).isEqualTo(204);
      assertThat(first.http.get("/api/check-ins", ana.reading()).statusCode()).isEqualTo(401);
    }
  }

  @Test
  void theSignInThrottleHoldsAcrossInstances() {
    try (Database database = TestDatabases.postgres();
        ServerFixture first = ServerFixture.start(database);
        ServerFixture second = ServerFixture.start(database)) {
      first.http.post(
          "/api/account", ServerFixture.credentials("ana@example.org", "correct horse battery"));
      for (int attempt = 0; attempt < Throttle.SIGN_IN.attemptsPerKey(); attempt++) {
        (attempt % 2 == 0 ? first : second)
            .http.post(
                "/api/login", ServerFixture.credentials("ana@example.org", "wrong password!"));
      }

      int status =
          second
              .http
              .post(
                  "/api/login",
                  ServerFixture.credentials("ana@example.org", "correct horse battery"))
              .statusCode();

      assertThat(status).isEqualTo(429);
    }
  }
}

package dev.limber.web.api;

import static dev.limber.web.ServerFixture.PASSWORD;
import static dev.limber.web.ServerFixture.credentials;
import static dev.limber.web.ServerFixture.object;
import static dev.limber.web.api.AccountRoutesTest.fields;
import static org.assertj.core.api.Assertions.assertThat;

import dev.limber.account.ApiToken;
import dev.limber.account.LoginSession;
import dev.limber.account.Throttle;
import dev.limber.json.Json;
import dev.limber.web.H2Server;
import dev.limber.web.ServerFixture;
import dev.limber.web.http.Authentication;
import java.net.http.HttpResponse;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The account findings of the hardening review: password policy, re-authentication, caps, the
 * session route, and field limits checked before the database sees them.
 */
class AccountSafeguardsTest {
  @RegisterExtension static final H2Server server = new H2Server();

  @Test
  void aCommonPasswordIsRefusedNamingThePassword() {
    HttpResponse<String> response =
        server.http.post("/api/account", credentials("ana@example.org", "password123"));

    assertThat(response.statusCode()).isEqualTo(400);
    assertThat(fields(response)).containsExactly("password");
    assertThat(response.body()).contains("most common passwords");
  }

  @Test
  void passwordLengthIsCountedInCodePoints() {
    String nineEmoji = "\uD83D\uDE00".repeat(9);

    HttpResponse<String> response =
        server.http.post("/api/account", credentials("ana@example.org", nineEmoji));

    assertThat(response.statusCode()).isEqualTo(400);
    assertThat(response.body()).contains("at least 10 characters");
  }

  @Test
  void aPasswordTypedDecomposedSignsInWithItsComposedTwin() {
    String composed = Normalizer.normalize("crème brûlée au café", Normalizer.Form.NFC);
    String decomposed = Normalizer.normalize(composed, Normalizer.Form.NFD);
    server.http.post("/api/account", credentials("ana@example.org", decomposed));

    HttpResponse<String> response =
        server.http.post("/api/login", credentials("ana@example.org", composed));

    assertThat(response.statusCode()).isEqualTo(200);
  }

  @Test
  void overLongAddressesAreRefusedAsFieldsNotDatabaseErrors() {
    String longAddress = "a".repeat(290) + "@example.org";

    HttpResponse<String> signUp =
        server.http.post("/api/account", credentials(longAddress, PASSWORD));
    HttpResponse<String> signIn =
        server.http.post("/api/login", credentials(longAddress, PASSWORD));

    assertThat(signUp.statusCode()).isEqualTo(400);
    assertThat(fields(signUp)).containsExactly("email");
    assertThat(signIn.statusCode()).isEqualTo(400);
    assertThat(fields(signIn)).containsExactly("email");
  }

  @Test
  void nulCharactersAreRefusedNamingTheField() {
    ServerFixture.SignedIn ana = server.fixture.signUpAndIn("ana@example.org");

    HttpResponse<String> note =
        server.http.post("/api/check-ins", "{\"pain\":3,\"note\":\"a\\u0000b\"}", ana.writing());
    HttpResponse<String> tokenName =
        server.http.post("/api/tokens", "{\"name\":\"a\\u0000b\"}", ana.writing());
    HttpResponse<String> email =
        server.http.post("/api/account", credentials("bo\u0000@example.org", PASSWORD));

    assertThat(note.statusCode()).isEqualTo(400);
    assertThat(fields(note)).containsExactly("note");
    assertThat(tokenName.statusCode()).isEqualTo(400);
    assertThat(fields(tokenName)).containsExactly("name");
    assertThat(email.statusCode()).isEqualTo(400);
    assertThat(fields(email)).containsExactly("email");
    assertThat(ServerFixture.array(server.http.get("/api/check-ins", ana.reading()))).isEmpty();
  }

  @Test
  void deletingTheAccountNeedsTheCurrentPasswordEvenWithABearerToken() {
    ServerFixture.SignedIn ana = server.fixture.signUpAndIn("ana@example.org");
    String[] bearer = server.fixture.bearer(ana);

    int withoutBody = server.http.delete("/api/account", bearer).statusCode();
    int wrongPassword =
        server
            .http
            .send("DELETE", "/api/account", "{\"password\":\"not my password\"}", bearer)
            .statusCode();
    int rightPassword =
        server
            .http
            .send("DELETE", "/api/account", ServerFixture.REAUTHENTICATION, bearer)
            .statusCode();

    assertThat(withoutBody).isEqualTo(400);
    assertThat(wrongPassword).isEqualTo(401);
    assertThat(rightPassword).isEqualTo(204);
    assertThat(server.http.get("/api/check-ins", bearer).statusCode()).isEqualTo(401);
  }

  @Test
  void changingThePasswordNeedsTheCurrentOneAndEndsTheOtherSessions() {
    ServerFixture.SignedIn laptop = server.fixture.signUpAndIn("ana@example.org");
    ServerFixture.SignedIn phone = server.fixture.signIn("ana@example.org", PASSWORD);
    String change =
        Json.write(Map.of("currentPassword", PASSWORD, "newPassword", "purple otter kayak"));

    int wrongCurrent =
        server
            .http
            .post(
                "/api/password",
                Json.write(
                    Map.of("currentPassword", "not my password", "newPassword", "purple otter")),
                laptop.writing())
            .statusCode();
    HttpResponse<String> common =
        server.http.post(
            "/api/password",
            Json.write(Map.of("currentPassword", PASSWORD, "newPassword", "password123")),
            laptop.writing());
    int changed = server.http.post("/api/password", change, laptop.writing()).statusCode();

    assertThat(wrongCurrent).isEqualTo(401);
    assertThat(common.statusCode()).isEqualTo(400);
    assertThat(fields(common)).containsExactly("newPassword");
    assertThat(changed).isEqualTo(204);
    assertThat(server.http.get("/api/check-ins", laptop.reading()).statusCode()).isEqualTo(200);
    assertThat(server.http.get("/api/check-ins", phone.reading()).statusCode()).isEqualTo(401);
    assertThat(
            server.http.post("/api/login", credentials("ana@example.org", PASSWORD)).statusCode())
        .isEqualTo(401);
    assertThat(
            server
                .http
                .post("/api/login", credentials("ana@example.org", "purple otter kayak"))
                .statusCode())
        .isEqualTo(200);
  }

  @Test
  void changingThePasswordEndsEveryApiTokenAndEveryOtherSession() {
    ServerFixture.SignedIn laptop = server.fixture.signUpAndIn("ana@example.org");
    ServerFixture.SignedIn phone = server.fixture.signIn("ana@example.org", PASSWORD);
    String token =
        (String) object(server.http.post("/api/tokens", "{}", laptop.writing())).get("token");
    String[] bearer = {"Authorization", "Bearer " + token};
    assertThat(server.http.get("/api/check-ins", bearer).statusCode()).isEqualTo(200);

    int changed =
        server
            .http
            .post(
                "/api/password",
                Json.write(
                    Map.of("currentPassword", PASSWORD, "newPassword", "purple otter kayak")),
                laptop.writing())
            .statusCode();

    assertThat(changed).isEqualTo(204);
    assertThat(server.http.get("/api/check-ins", bearer).statusCode()).isEqualTo(401);
    assertThat(server.http.get("/api/check-ins", phone.reading()).statusCode()).isEqualTo(401);
    assertThat(server.http.get("/api/check-ins", laptop.reading()).statusCode()).isEqualTo(200);
    assertThat((List<?>) ServerFixture.array(server.http.get("/api/tokens", laptop.reading())))
        .isEmpty();
  }

  @Test
  void theSessionRouteSaysWhoIsSignedInAndRenewsTheCsrfToken() {
    ServerFixture.SignedIn ana = server.fixture.signUpAndIn("ana@example.org");

    HttpResponse<String> response = server.http.get("/api/session", ana.reading());

    assertThat(response.statusCode()).isEqualTo(200);
    Map<?, ?> session = object(response);
    assertThat(session.get("email")).isEqualTo("ana@example.org");
    assertThat(session.get("via")).isEqualTo("session");
    String fresh = (String) session.get("csrfToken");
    assertThat(fresh).isNotEqualTo(ana.csrfToken());
    assertThat(server.http.post("/api/check-ins", "{\"pain\":2}", ana.writing()).statusCode())
        .isEqualTo(403);
    assertThat(
            server
                .http
                .post(
                    "/api/check-ins",
                    "{\"pain\":2}",
                    "Cookie",
                    ana.cookie(),
                    Authentication.CSRF_HEADER,
                    fresh)
                .statusCode())
        .isEqualTo(201);
  }

  @Test
  void anAccountHasAtMostTwentyTokens() {
    ServerFixture.SignedIn ana = server.fixture.signUpAndIn("ana@example.org");
    for (int token = 0; token < ApiToken.MAX_PER_ACCOUNT; token++) {
      assertThat(server.http.post("/api/tokens", "{}", ana.writing()).statusCode()).isEqualTo(201);
    }

    HttpResponse<String> oneMore = server.http.post("/api/tokens", "{}", ana.writing());

    assertThat(oneMore.statusCode()).isEqualTo(409);
    assertThat(oneMore.body()).contains("revoke one");
    assertThat(ServerFixture.array(server.http.get("/api/tokens", ana.reading())))
        .hasSize(ApiToken.MAX_PER_ACCOUNT);
  }

  @Test
  void signingInBeyondTheSessionCapEndsTheOldestSession() {
    ServerFixture.SignedIn first = server.fixture.signUpAndIn("ana@example.org");
    List<ServerFixture.SignedIn> later = new ArrayList<>();
    for (int session = 0; session < LoginSession.MAX_PER_ACCOUNT; session++) {
      later.add(server.fixture.signIn("ana@example.org", PASSWORD));
    }

    assertThat(server.http.get("/api/session", first.reading()).statusCode()).isEqualTo(401);
    for (ServerFixture.SignedIn session : later) {
      assertThat(server.http.get("/api/tokens", session.reading()).statusCode()).isEqualTo(200);
    }
  }

  @Test
  void signUpsFromOneAddressAreCappedPerHour() {
    for (int person = 0; person < Throttle.SIGN_UP.attemptsPerAddress(); person++) {
      assertThat(
              server
                  .http
                  .post("/api/account", credentials("p" + person + "@example.org", PASSWORD))
                  .statusCode())
          .isEqualTo(202);
    }

    HttpResponse<String> oneMore =
        server.http.post("/api/account", credentials("late@example.org", PASSWORD));

    assertThat(oneMore.statusCode()).isEqualTo(429);
    assertThat(oneMore.headers().firstValue("Retry-After")).hasValue("3600");
    assertThat(
            server.http.post("/api/login", credentials("late@example.org", PASSWORD)).statusCode())
        .isEqualTo(401);
  }
}

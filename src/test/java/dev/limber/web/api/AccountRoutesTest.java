package dev.limber.web.api;

import static dev.limber.web.ServerFixture.credentials;
import static dev.limber.web.ServerFixture.object;
import static org.assertj.core.api.Assertions.assertThat;

import dev.limber.account.Throttle;
import dev.limber.web.H2Server;
import dev.limber.web.ServerFixture;
import dev.limber.web.http.Authentication;
import dev.limber.web.http.Bodies;
import dev.limber.web.http.Problem;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

public class AccountRoutesTest {
  private static final String PASSWORD = "correct horse battery";

  @RegisterExtension static final H2Server server = new H2Server();

  @Test
  void signInAnswersCsrfTokenAndAnHttpOnlyLaxSessionCookie() {
    server.http.post("/api/account", credentials("ana@example.org", PASSWORD));

    HttpResponse<String> response =
        server.http.post("/api/login", credentials("ana@example.org", PASSWORD));

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat((String) object(response).get("csrfToken")).hasSizeGreaterThan(30);
    String cookie = response.headers().firstValue("Set-Cookie").orElseThrow();
    assertThat(cookie)
        .startsWith(Authentication.COOKIE + "=")
        .contains("HttpOnly", "SameSite=Lax", "Path=/")
        .doesNotContain("Secure");
  }

  @Test
  void anUntrustedClientCannotClaimHttpsWithXForwardedProto() {
    server.http.post("/api/account", credentials("ana@example.org", PASSWORD));

    HttpResponse<String> response =
        server.http.post(
            "/api/login", credentials("ana@example.org", PASSWORD), "X-Forwarded-Proto", "https");

    assertThat(response.headers().firstValue("Set-Cookie"))
        .hasValueSatisfying(cookie -> assertThat(cookie).doesNotContain("Secure"));
    assertThat(response.headers().firstValue("Strict-Transport-Security")).isEmpty();
  }

  @Test
  void signInIgnoresTheCaseOfTheAddress() {
    server.http.post("/api/account", credentials("Ana@Example.org", PASSWORD));

    HttpResponse<String> response =
        server.http.post("/api/login", credentials("ana@example.ORG", PASSWORD));

    assertThat(response.statusCode()).isEqualTo(200);
  }

  @Test
  void signUpAnswersTheSameForATakenAddressAndKeepsTheFirstPassword() {
    HttpResponse<String> first =
        server.http.post("/api/account", credentials("ana@example.org", PASSWORD));

    HttpResponse<String> again =
        server.http.post("/api/account", credentials("ana@example.org", "another long password"));

    assertThat(again.statusCode()).isEqualTo(first.statusCode()).isEqualTo(202);
    assertThat(again.body()).isEqualTo(first.body());
    assertThat(
            server.http.post("/api/login", credentials("ana@example.org", PASSWORD)).statusCode())
        .isEqualTo(200);
    assertThat(
            server
                .http
                .post("/api/login", credentials("ana@example.org", "another long password"))
                .statusCode())
        .isEqualTo(401);
  }

  @Test
  void signUpRejectsABadAddressAndAShortPasswordNamingBothFields() {
    HttpResponse<String> response =
        server.http.post("/api/account", "{\"email\":\"not-an-address\",\"password\":\"short\"}");

    assertThat(response.statusCode()).isEqualTo(400);
    assertThat(response.headers().firstValue("Content-Type"))
        .hasValueSatisfying(type -> assertThat(type).startsWith(Problem.CONTENT_TYPE));
    assertThat(fields(response)).containsExactly("email", "password");
    assertThat(server.http.post("/api/login", credentials("not-an-address", "short")).statusCode())
        .isEqualTo(401);
  }

  @Test
  void signUpRejectsUnknownAndMissingFields() {
    HttpResponse<String> response =
        server.http.post("/api/account", "{\"mail\":\"ana@example.org\"}");

    assertThat(response.statusCode()).isEqualTo(400);
    assertThat(fields(response)).containsExactlyInAnyOrder("mail", "email", "password");
  }

  @Test
  void malformedOversizedAndNonJsonBodiesAreRejectedAndStoreNothing() {
    String huge =
        "{\"email\":\"ana@example.org\",\"password\":\"" + "x".repeat(Bodies.LIMIT_BYTES) + "\"}";

    HttpResponse<String> malformed =
        server.http.post("/api/account", "{\"email\":\"ana@example.org\",");
    HttpResponse<String> oversized = server.http.post("/api/account", huge);
    HttpResponse<String> notJson =
        server.http.post(
            "/api/account",
            credentials("ana@example.org", PASSWORD).getBytes(StandardCharsets.UTF_8),
            "Content-Type",
            "text/plain");
    HttpResponse<String> notUtf8 =
        server.http.post(
            "/api/account",
            new byte[] {'{', '"', (byte) 0xff, '"', '}'},
            "Content-Type",
            "application/json");

    assertThat(malformed.statusCode()).isEqualTo(400);
    assertThat(fields(malformed)).containsExactly("(body)");
    assertThat(oversized.statusCode()).isEqualTo(413);
    assertThat(object(oversized).get("status")).hasToString("413");
    assertThat(notJson.statusCode()).isEqualTo(415);
    assertThat(notUtf8.statusCode()).isEqualTo(400);
    assertThat(
            server.http.post("/api/login", credentials("ana@example.org", PASSWORD)).statusCode())
        .isEqualTo(401);
  }

  @Test
  void aWrongPasswordAndAnUnknownAddressGetTheSameAnswer() {
    server.http.post("/api/account", credentials("ana@example.org", PASSWORD));

    HttpResponse<String> wrongPassword =
        server.http.post("/api/login", credentials("ana@example.org", "wrong password!"));
    HttpResponse<String> unknownAddress =
        server.http.post("/api/login", credentials("bo@example.org", PASSWORD));

    assertThat(wrongPassword.statusCode()).isEqualTo(unknownAddress.statusCode()).isEqualTo(401);
    assertThat(wrongPassword.body()).isEqualTo(unknownAddress.body());
    assertThat(wrongPassword.headers().firstValue("Set-Cookie")).isEmpty();
  }

  @Test
  void signInIsRefusedAfterTooManyFailuresForOneAccountEvenWithTheRightPassword() {
    server.http.post("/api/account", credentials("ana@example.org", PASSWORD));
    for (int attempt = 0; attempt < Throttle.SIGN_IN.attemptsPerKey(); attempt++) {
      server.http.post("/api/login", credentials("ana@example.org", "wrong password!"));
    }

    HttpResponse<String> right =
        server.http.post("/api/login", credentials("ana@example.org", PASSWORD));

    assertThat(right.statusCode()).isEqualTo(429);
    assertThat(right.headers().firstValue("Retry-After")).hasValue("900");
    assertThat(right.headers().firstValue("Set-Cookie")).isEmpty();
  }

  @Test
  void anUnknownAddressIsThrottledExactlyLikeAKnownOne() {
    server.http.post("/api/account", credentials("ana@example.org", PASSWORD));
    for (int attempt = 0; attempt < Throttle.SIGN_IN.attemptsPerKey(); attempt++) {
      server.http.post("/api/login", credentials("ana@example.org", "wrong password!"));
      server.http.post("/api/login", credentials("nobody@example.org", "wrong password!"));
    }

    HttpResponse<String> known =
        server.http.post("/api/login", credentials("ana@example.org", "x"));
    HttpResponse<String> unknown =
        server.http.post("/api/login", credentials("nobody@example.org", "x"));

    assertThat(known.statusCode()).isEqualTo(unknown.statusCode()).isEqualTo(429);
    assertThat(known.body()).isEqualTo(unknown.body());
  }

  @Test
  void signInIsRefusedAfterTooManyFailuresFromOneNetworkAddress() {
    server.http.post("/api/account", credentials("ana@example.org", PASSWORD));
    for (int attempt = 0; attempt < Throttle.SIGN_IN.attemptsPerAddress(); attempt++) {
      server.http.post(
          "/api/login", credentials("guess" + attempt + "@example.org", "wrong password!"));
    }

    HttpResponse<String> response =
        server.http.post("/api/login", credentials("ana@example.org", PASSWORD));

    assertThat(response.statusCode()).isEqualTo(429);
  }

  @Test
  void cookieAuthenticatedWritesNeedTheCsrfToken() {
    ServerFixture.SignedIn ana = server.fixture.signUpAndIn("ana@example.org");

    HttpResponse<String> without = server.http.post("/api/tokens", "{}", ana.reading());
    HttpResponse<String> wrong =
        server.http.post(
            "/api/tokens", "{}", "Cookie", ana.cookie(), Authentication.CSRF_HEADER, "guess");
    HttpResponse<String> right = server.http.post("/api/tokens", "{}", ana.writing());

    assertThat(without.statusCode()).isEqualTo(403);
    assertThat(wrong.statusCode()).isEqualTo(403);
    assertThat(right.statusCode()).isEqualTo(201);
    assertThat((List<?>) ServerFixture.array(server.http.get("/api/tokens", ana.reading())))
        .hasSize(1);
  }

  @Test
  void aTokenAskedForWithALiteralNullBodyIsRefusedNamingTheBodyAndNoneIsMade() {
    ServerFixture.SignedIn ana = server.fixture.signUpAndIn("ana@example.org");

    HttpResponse<String> response = server.http.post("/api/tokens", "null", ana.writing());

    assertThat(response.statusCode()).isEqualTo(400);
    assertThat(response.body()).contains("(body)").contains("must be a JSON object");
    assertThat((List<?>) ServerFixture.array(server.http.get("/api/tokens", ana.reading())))
        .isEmpty();
  }

  @Test
  void readsNeedNoCsrfToken() {
    ServerFixture.SignedIn ana = server.fixture.signUpAndIn("ana@example.org");

    HttpResponse<String> response = server.http.get("/api/tokens", ana.reading());

    assertThat(response.statusCode()).isEqualTo(200);
  }

  @Test
  void withoutCredentialsOrWithBadOnesTheAnswerIs401() {
    List<String[]> attempts =
        List.of(
            new String[] {"X-Nothing", "here"},
            new String[] {"Cookie", Authentication.COOKIE + "=forged"},
            new String[] {"Authorization", "Bearer lbr_forged"},
            new String[] {"Authorization", "Basic YW5hOnB3"});

    for (String[] headers : attempts) {
      HttpResponse<String> response = server.http.get("/api/tokens", headers);

      assertThat(response.statusCode()).as(String.join(" ", headers)).isEqualTo(401);
      assertThat(response.headers().firstValue("Content-Type"))
          .hasValueSatisfying(type -> assertThat(type).startsWith(Problem.CONTENT_TYPE));
    }
  }

  @Test
  void aPersonalTokenIsShownOnceListedWithoutItsSecretAndWorksWithoutCsrf() {
    ServerFixture.SignedIn ana = server.fixture.signUpAndIn("ana@example.org");

    HttpResponse<String> created =
        server.http.post("/api/tokens", "{\"name\":\"laptop\"}", ana.writing());
    String token = (String) object(created).get("token");
    HttpResponse<String> listed =
        server.http.get("/api/tokens", "Authorization", "Bearer " + token);
    HttpResponse<String> write =
        server.http.post(
            "/api/tokens", "{\"name\":\"second\"}", "Authorization", "Bearer " + token);

    assertThat(created.statusCode()).isEqualTo(201);
    assertThat(token).startsWith("lbr_");
    assertThat(listed.statusCode()).isEqualTo(200);
    assertThat(listed.body()).contains("laptop").doesNotContain(token).doesNotContain("Hash");
    assertThat(write.statusCode()).isEqualTo(201);
  }

  @Test
  void aRevokedTokenNoLongerWorks() {
    ServerFixture.SignedIn ana = server.fixture.signUpAndIn("ana@example.org");
    HttpResponse<String> created = server.http.post("/api/tokens", "{}", ana.writing());
    String id = (String) object(created).get("id");
    String token = (String) object(created).get("token");

    HttpResponse<String> revoked = server.http.delete("/api/tokens/" + id, ana.writing());

    assertThat(revoked.statusCode()).isEqualTo(204);
    assertThat(server.http.get("/api/tokens", "Authorization", "Bearer " + token).statusCode())
        .isEqualTo(401);
    assertThat(server.http.delete("/api/tokens/" + id, ana.writing()).statusCode()).isEqualTo(404);
  }

  @Test
  void tokenNamesAreCheckedNamingTheField() {
    ServerFixture.SignedIn ana = server.fixture.signUpAndIn("ana@example.org");

    HttpResponse<String> response =
        server.http.post(
            "/api/tokens", "{\"name\":\"" + "n".repeat(101) + "\",\"scope\":1}", ana.writing());

    assertThat(response.statusCode()).isEqualTo(400);
    assertThat(fields(response)).containsExactlyInAnyOrder("name", "scope");
    assertThat(ServerFixture.array(server.http.get("/api/tokens", ana.reading()))).isEmpty();
  }

  @Test
  void signingOutEndsTheSessionButNotTheOthers() {
    ServerFixture.SignedIn laptop = server.fixture.signUpAndIn("ana@example.org");
    ServerFixture.SignedIn phone = server.fixture.signIn("ana@example.org", PASSWORD);

    HttpResponse<String> without = server.http.post("/api/logout", "", laptop.reading());
    HttpResponse<String> response = server.http.post("/api/logout", "", laptop.writing());

    assertThat(without.statusCode()).isEqualTo(403);
    assertThat(response.statusCode()).isEqualTo(204);
    assertThat(response.headers().firstValue("Set-Cookie"))
        .hasValueSatisfying(cookie -> assertThat(cookie).contains("Max-Age=0"));
    assertThat(server.http.get("/api/tokens", laptop.reading()).statusCode()).isEqualTo(401);
    assertThat(server.http.get("/api/tokens", phone.reading()).statusCode()).isEqualTo(200);
  }

  @Test
  void deletingTheAccountEndsItsSessionsTokensAndSignIn() {
    ServerFixture.SignedIn ana = server.fixture.signUpAndIn("ana@example.org");
    String[] bearer = server.fixture.bearer(ana);

    HttpResponse<String> withoutCsrf =
        server.http.send("DELETE", "/api/account", ServerFixture.REAUTHENTICATION, ana.reading());
    HttpResponse<String> deleted =
        server.http.send("DELETE", "/api/account", ServerFixture.REAUTHENTICATION, ana.writing());

    assertThat(withoutCsrf.statusCode()).isEqualTo(403);
    assertThat(deleted.statusCode()).isEqualTo(204);
    assertThat(server.http.get("/api/tokens", ana.reading()).statusCode()).isEqualTo(401);
    assertThat(server.http.get("/api/tokens", bearer).statusCode()).isEqualTo(401);
    assertThat(
            server.http.post("/api/login", credentials("ana@example.org", PASSWORD)).statusCode())
        .isEqualTo(401);
  }

  @Test
  void anotherPersonsTokenCannotBeRevokedAndStaysValid() {
    ServerFixture.SignedIn ana = server.fixture.signUpAndIn("ana@example.org");
    ServerFixture.SignedIn bo = server.fixture.signUpAndIn("bo@example.org");
    HttpResponse<String> created = server.http.post("/api/tokens", "{}", ana.writing());
    String id = (String) object(created).get("id");
    String token = (String) object(created).get("token");

    HttpResponse<String> response = server.http.delete("/api/tokens/" + id, bo.writing());

    assertThat(response.statusCode()).isEqualTo(404);
    assertThat(server.http.get("/api/tokens", "Authorization", "Bearer " + token).statusCode())
        .isEqualTo(200);
    assertThat(ServerFixture.array(server.http.get("/api/tokens", bo.reading()))).isEmpty();
  }

  public static List<Object> fields(HttpResponse<String> response) {
    List<?> errors = (List<?>) object(response).get("errors");
    return errors.stream()
        .map(error -> ((Map<?, ?>) error).get("field"))
        .map(Object.class::cast)
        .toList();
  }
}

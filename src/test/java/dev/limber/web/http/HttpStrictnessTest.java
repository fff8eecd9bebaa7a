package dev.limber.web.http;

import static dev.limber.web.ServerFixture.PASSWORD;
import static dev.limber.web.ServerFixture.credentials;
import static dev.limber.web.api.AccountRoutesTest.fields;
import static org.assertj.core.api.Assertions.assertThat;

import dev.limber.web.H2Server;
import dev.limber.web.ServerFixture;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The HTTP findings of the hardening review, each against a real server on loopback. */
class HttpStrictnessTest {
  /** Short, so a stalled body is answered quickly; the answer must come within it. */
  private static final Duration IDLE_TIMEOUT = Duration.ofSeconds(2);

  @RegisterExtension
  static final H2Server server = new H2Server(WebOptions.defaults().withIdleTimeout(IDLE_TIMEOUT));

  @Test
  void jettysOwnBadRequestIsProblemJsonWithTheSecurityHeaders() {
    String answer =
        RawHttp.exchange(
            server.fixture.server.port(),
            "GET /health HTTP/1.1\r\nHost: x\r\nBad Header\r\n\r\n",
            Duration.ofSeconds(10));

    assertThat(answer).startsWith("HTTP/1.1 400");
    assertProblemWithHeaders(answer);
  }

  @Test
  void aTooLongUriIs414ProblemJson() {
    String answer =
        RawHttp.exchange(
            server.fixture.server.port(),
            "GET /" + "a".repeat(20_000) + " HTTP/1.1\r\nHost: x\r\n\r\n",
            Duration.ofSeconds(10));

    assertThat(answer).startsWith("HTTP/1.1 414");
    assertProblemWithHeaders(answer);
  }

  @Test
  void tooLargeHeadersAre431ProblemJson() {
    String answer =
        RawHttp.exchange(
            server.fixture.server.port(),
            "GET /health HTTP/1.1\r\nHost: x\r\nX-Big: " + "b".repeat(20_000) + "\r\n\r\n",
            Duration.ofSeconds(10));

    assertThat(answer).startsWith("HTTP/1.1 431");
    assertProblemWithHeaders(answer);
  }

  @Test
  void aTruncatedBodyIs400WithinTheIdleTimeout() {
    String body = "{\"email\":";

    String answer =
        RawHttp.exchange(
            server.fixture.server.port(),
            "POST /api/account HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n"
                + "Content-Length: 100\r\n\r\n"
                + body,
            IDLE_TIMEOUT.multipliedBy(5));

    assertThat(answer).startsWith("HTTP/1.1 400");
    assertThat(answer).contains("application/problem+json").contains("ended before");
  }

  @ParameterizedTest
  @ValueSource(strings = {"GET", "POST", "PUT", "DELETE", "PATCH"})
  void aMalformedCookieIs400ProblemJsonWithTheSecurityHeadersOnEveryMethod(String method) {
    String answer =
        RawHttp.exchange(
            server.fixture.server.port(),
            method
                + " /api/calendar HTTP/1.1\r\nHost: x\r\nConnection: close\r\n"
                + "Cookie: limber_session=a\tb\r\n"
                + "Content-Type: application/json\r\nContent-Length: 2\r\n\r\n{}",
            Duration.ofSeconds(10));

    assertThat(answer).startsWith("HTTP/1.1 4");
    assertProblemWithHeaders(answer);
  }

  @Test
  void xHttpMethodOverrideIsIgnored() {
    HttpResponse<String> response =
        server.http.post("/health", "{}", "X-HTTP-Method-Override", "GET");

    assertThat(response.statusCode()).isEqualTo(405);
  }

  @Test
  void onlyExactlyApplicationJsonIsJson() {
    HttpResponse<String> jsonx =
        server.http.send(
            "POST",
            "/api/account",
            credentials("ana@example.org", PASSWORD),
            "Content-Type",
            "application/jsonx");
    HttpResponse<String> withCharset =
        server.http.send(
            "POST",
            "/api/account",
            credentials("ana@example.org", PASSWORD),
            "Content-Type",
            "application/json; charset=UTF-8");

    assertThat(jsonx.statusCode()).isEqualTo(415);
    assertThat(withCharset.statusCode()).isEqualTo(202);
  }

  @Test
  void aLoneSurrogateIsRefusedAndNothingStored() {
    ServerFixture.SignedIn ana = server.fixture.signUpAndIn("ana@example.org");

    HttpResponse<String> response =
        server.http.post("/api/check-ins", "{\"pain\":3,\"note\":\"a\\ud800b\"}", ana.writing());

    assertThat(response.statusCode()).isEqualTo(400);
    assertThat(fields(response)).containsExactly("(body)");
    assertThat(response.body()).contains("lone surrogate");
    assertThat(ServerFixture.array(server.http.get("/api/check-ins", ana.reading()))).isEmpty();
  }

  @Test
  void aKnownPathWithAnotherMethodIs405NamingTheAllowedOnes() {
    HttpResponse<String> response = server.http.delete("/api/techniques");
    HttpResponse<String> tokens = server.http.send("PUT", "/api/tokens", "{}");

    assertThat(response.statusCode()).isEqualTo(405);
    assertThat(response.headers().firstValue("Allow")).hasValue("GET");
    assertThat(tokens.headers().firstValue("Allow")).hasValue("GET, POST");
    assertThat(server.http.get("/no/such/thing").statusCode()).isEqualTo(404);
  }

  @Test
  void a401SaysBearerInWwwAuthenticate() {
    HttpResponse<String> response = server.http.get("/api/check-ins");

    assertThat(response.statusCode()).isEqualTo(401);
    assertThat(response.headers().firstValue("WWW-Authenticate"))
        .hasValueSatisfying(value -> assertThat(value).startsWith("Bearer"));
  }

  @Test
  void metricsAreNotPublic() {
    assertThat(server.http.get("/metrics").statusCode()).isEqualTo(404);
    assertThat(server.http.get("/metrics", "Authorization", "Bearer guess").statusCode())
        .isEqualTo(404);
  }

  @Test
  void noStrictTransportSecurityOverPlainHttp() {
    assertThat(server.http.get("/health").headers().firstValue("Strict-Transport-Security"))
        .isEmpty();
  }

  private static void assertProblemWithHeaders(String answer) {
    String lower = answer.toLowerCase(java.util.Locale.ROOT);
    assertThat(lower).contains("content-type: application/problem+json");
    assertThat(lower).contains("content-security-policy: default-src 'self'");
    assertThat(lower).contains("x-content-type-options: nosniff");
    assertThat(answer).doesNotContain("<html");
  }
}

package dev.limber.web.http;

import static dev.limber.web.ServerFixture.PASSWORD;
import static dev.limber.web.ServerFixture.credentials;
import static org.assertj.core.api.Assertions.assertThat;

import dev.limber.account.Throttle;
import dev.limber.web.H2Server;
import java.net.http.HttpResponse;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Behind a trusted proxy (loopback here), X-Forwarded-For names the client; nowhere else. */
class TrustedProxyTest {
  @RegisterExtension
  static final H2Server server =
      new H2Server(WebOptions.defaults().withTrustedProxies(List.of("127.0.0.1/32", "::1")));

  @Test
  void failuresFromOneClientDoNotLockOutAnotherBehindTheSameProxy() {
    server.http.post("/api/account", credentials("ana@example.org", PASSWORD));
    for (int attempt = 0; attempt < Throttle.SIGN_IN.attemptsPerAddress(); attempt++) {
      server.http.post(
          "/api/login",
          credentials("guess" + attempt + "@example.org", "wrong password!"),
          "X-Forwarded-For",
          "203.0.113.7");
    }

    int attacker =
        server
            .http
            .post(
                "/api/login",
                credentials("ana@example.org", PASSWORD),
                "X-Forwarded-For",
                "203.0.113.7")
            .statusCode();
    int someoneElse =
        server
            .http
            .post(
                "/api/login",
                credentials("ana@example.org", PASSWORD),
                "X-Forwarded-For",
                "203.0.113.8")
            .statusCode();

    assertThat(attacker).isEqualTo(429);
    assertThat(someoneElse).isEqualTo(200);
  }

  @Test
  void theRightMostUntrustedAddressIsTheClientSoSpoofedHopsAreIgnored() {
    server.http.post("/api/account", credentials("ana@example.org", PASSWORD));
    for (int attempt = 0; attempt < Throttle.SIGN_IN.attemptsPerAddress(); attempt++) {
      server.http.post(
          "/api/login",
          credentials("guess" + attempt + "@example.org", "wrong password!"),
          "X-Forwarded-For",
          "10.9.9." + attempt + ", 198.51.100.1");
    }

    int stillLocked =
        server
            .http
            .post(
                "/api/login",
                credentials("ana@example.org", PASSWORD),
                "X-Forwarded-For",
                "192.0.2.1, 198.51.100.1, 127.0.0.1")
            .statusCode();

    assertThat(stillLocked).isEqualTo(429);
  }

  @Test
  void httpsThroughTheProxyGivesHstsAndASecureCookie() {
    server.http.post("/api/account", credentials("ana@example.org", PASSWORD));

    HttpResponse<String> response =
        server.http.post(
            "/api/login", credentials("ana@example.org", PASSWORD), "X-Forwarded-Proto", "https");

    assertThat(response.headers().firstValue("Strict-Transport-Security"))
        .hasValue(SecurityHeaders.STRICT_TRANSPORT_SECURITY);
    assertThat(response.headers().firstValue("Set-Cookie"))
        .hasValueSatisfying(cookie -> assertThat(cookie).contains("; Secure"));
  }
}

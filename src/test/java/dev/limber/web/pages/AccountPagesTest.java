package dev.limber.web.pages;

import static org.assertj.core.api.Assertions.assertThat;

import dev.limber.web.H2Server;
import dev.limber.web.ServerFixture;
import dev.limber.web.http.Authentication;
import java.net.http.HttpResponse;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The account pages over plain HTTP, as a browser without JavaScript sends their forms. */
class AccountPagesTest {
  @RegisterExtension static final H2Server server = new H2Server();

  private static final String PASSWORD = ServerFixture.PASSWORD;

  private static PageVisitor signedUpAndIn(String email) {
    PageVisitor visitor = new PageVisitor(server.http);
    visitor.get("/sign-up");
    HttpResponse<String> signedUp =
        visitor.post("/sign-up", Map.of("email", email, "password", PASSWORD));
    assertThat(signedUp.statusCode()).as(signedUp.body()).isEqualTo(303);
    assertThat(signedUp.headers().firstValue("Location")).hasValue("/signed-in");
    return visitor;
  }

  @Test
  void signingUpSignsInSetsTheSessionCookieAsTheApiDoesAndRotatesTheFormToken() {
    PageVisitor visitor = new PageVisitor(server.http);
    visitor.get("/sign-up");
    String anonymousToken = visitor.csrfToken();

    HttpResponse<String> signedUp =
        visitor.post("/sign-up", Map.of("email", "ana@example.org", "password", PASSWORD));

    assertThat(signedUp.statusCode()).isEqualTo(303);
    assertThat(signedUp.headers().firstValue("Location")).hasValue("/signed-in");
    String cookie =
        signedUp.headers().allValues("Set-Cookie").stream()
            .filter(value -> value.startsWith(Authentication.COOKIE + "="))
            .findFirst()
            .orElseThrow();
    assertThat(cookie).contains("HttpOnly", "SameSite=Lax").doesNotContain("Secure");
    HttpResponse<String> account = visitor.get("/account");
    assertThat(account.statusCode()).isEqualTo(200);
    assertThat(account.body()).contains("ana@example.org");
    assertThat(visitor.csrfToken()).isNotEqualTo(anonymousToken);
    assertThat(visitor.apiGet("/api/session").body()).contains("\"via\":\"session\"");
  }

  @Test
  void signingUpCarriesThePathToComeBackTo() {
    PageVisitor visitor = new PageVisitor(server.http);
    visitor.get("/sign-up?then=%2Fjournal%2Finsights");

    HttpResponse<String> signedUp =
        visitor.post(
            "/sign-up",
            Map.of("email", "ines@example.org", "password", PASSWORD, "then", "/journal/insights"));

    assertThat(signedUp.headers().firstValue("Location")).hasValue("/journal/insights");
  }

  @Test
  void signingUpWithAnAddressThatHasAnAccountAndAnotherPasswordSaysNoMoreThanBefore() {
    signedUpAndIn("jon@example.org");
    PageVisitor stranger = new PageVisitor(server.http);
    stranger.get("/sign-up");

    HttpResponse<String> signedUp =
        stranger.post(
            "/sign-up", Map.of("email", "jon@example.org", "password", "another long passphrase"));

    assertThat(signedUp.statusCode()).isEqualTo(303);
    assertThat(signedUp.headers().firstValue("Location")).hasValue("/sign-in?done=signed-up");
    assertThat(signedUp.headers().allValues("Set-Cookie"))
        .noneMatch(
            value -> value.startsWith(Authentication.COOKIE + "=") && !value.contains("Max-Age=0"));
    assertThat(stranger.get("/sign-in?done=signed-up").body()).contains("it has one now");
  }

  @Test
  void theHeaderOfEveryPageOffersASignedInPersonToSignOut() {
    PageVisitor visitor = signedUpAndIn("kim@example.org");
    PageVisitor stranger = new PageVisitor(server.http);

    for (String path : new String[] {"/", "/check", "/journal", "/journal/insights", "/account"}) {
      visitor.get(path);
      var form = visitor.page().selectFirst("header.site form[action=/sign-out][method=post]");
      assertThat(form).as(path).isNotNull();
      assertThat(form.selectFirst("input[name=_csrf]").attr("value"))
          .isEqualTo(visitor.csrfToken());
      assertThat(form.selectFirst("button").text()).isEqualTo("Sign out");
    }
    stranger.get("/");
    assertThat(stranger.page().selectFirst("header.site form[action=/sign-out]")).isNull();

    visitor.get("/journal");
    HttpResponse<String> out = visitor.post("/sign-out", Map.of());

    assertThat(out.headers().firstValue("Location")).hasValue("/sign-in?done=signed-out");
    assertThat(visitor.get("/account").statusCode()).isEqualTo(303);
  }

  @Test
  void aSignedOutVisitorIsSentToSignInAndBroughtBackToALocalPathOnly() {
    PageVisitor visitor = signedUpAndIn("ben@example.org");
    PageVisitor stranger = new PageVisitor(server.http);

    HttpResponse<String> sent = stranger.get("/journal/insights");
    stranger.get("/sign-in?then=%2Fjournal%2Finsights");
    HttpResponse<String> back =
        stranger.post(
            "/sign-in",
            Map.of("email", "ben@example.org", "password", PASSWORD, "then", "/journal/insights"));
    PageVisitor other = new PageVisitor(server.http);
    other.get("/sign-in");
    HttpResponse<String> away =
        other.post(
            "/sign-in",
            Map.of("email", "ben@example.org", "password", PASSWORD, "then", "//evil.example"));

    assertThat(sent.statusCode()).isEqualTo(303);
    assertThat(sent.headers().firstValue("Location"))
        .hasValue("/sign-in?then=%2Fjournal%2Finsights");
    assertThat(back.headers().firstValue("Location")).hasValue("/journal/insights");
    assertThat(away.headers().firstValue("Location")).hasValue("/");
    assertThat(visitor.get("/account").statusCode()).isEqualTo(200);
  }

  @Test
  void aWrongPasswordIsRefusedOnTheFormWithoutTellingWhetherTheAddressHasAnAccount() {
    signedUpAndIn("cem@example.org");
    PageVisitor visitor = new PageVisitor(server.http);
    visitor.get("/sign-in");

    HttpResponse<String> wrong =
        visitor.post("/sign-in", Map.of("email", "cem@example.org", "password", "not the one!!"));
    HttpResponse<String> unknown =
        visitor.post("/sign-in", Map.of("email", "nobody@example.org", "password", PASSWORD));

    assertThat(wrong.statusCode()).isEqualTo(401);
    assertThat(wrong.body())
        .contains("the e-mail address or password is wrong", "href=\"#password\"")
        .contains("value=\"cem@example.org\"")
        .doesNotContain("not the one");
    assertThat(unknown.statusCode()).isEqualTo(401);
    assertThat(unknown.body()).contains("the e-mail address or password is wrong");
    assertThat(unknown.headers().firstValue("Set-Cookie").orElse(""))
        .doesNotContain(Authentication.COOKIE);
  }

  @Test
  void repeatedFailedSignInsAreThrottledWithTheWaitInWords() {
    signedUpAndIn("dia@example.org");
    PageVisitor visitor = new PageVisitor(server.http);
    visitor.get("/sign-in");
    HttpResponse<String> last = null;

    for (int attempt = 0; attempt < 8; attempt++) {
      last =
          visitor.post("/sign-in", Map.of("email", "dia@example.org", "password", "wrong guess!"));
      if (last.statusCode() == 429) {
        break;
      }
    }

    assertThat(last.statusCode()).isEqualTo(429);
    assertThat(last.headers().firstValue("Retry-After")).isPresent();
    assertThat(last.body()).containsPattern("too many failed attempts; wait \\d+ minutes");
    HttpResponse<String> right =
        visitor.post("/sign-in", Map.of("email", "dia@example.org", "password", PASSWORD));
    assertThat(right.statusCode()).isEqualTo(429);
  }

  @Test
  void aCommonOrShortPasswordIsRefusedNamingThePasswordAndNoAccountIsMade() {
    PageVisitor visitor = new PageVisitor(server.http);
    visitor.get("/sign-up");

    HttpResponse<String> common =
        visitor.post("/sign-up", Map.of("email", "eve@example.org", "password", "1234567890"));
    HttpResponse<String> shortOne =
        visitor.post("/sign-up", Map.of("email", "eve@example.org", "password", "short"));

    assertThat(common.statusCode()).isEqualTo(400);
    assertThat(common.body()).contains("<a href=\"#password\">Password</a>: ", "common");
    assertThat(shortOne.statusCode()).isEqualTo(400);
    assertThat(shortOne.body()).contains("<a href=\"#password\">Password</a>: ");
    visitor.get("/sign-in");
    assertThat(
            visitor
                .post("/sign-in", Map.of("email", "eve@example.org", "password", "1234567890"))
                .statusCode())
        .isEqualTo(401);
  }

  @Test
  void aFormWithoutItsTokenIsRefusedWith403AndChangesNothing() {
    PageVisitor visitor = signedUpAndIn("fay@example.org");
    visitor.get("/account");

    HttpResponse<String> refused =
        visitor.postWithoutToken("/account/delete", Map.of("password", PASSWORD, "confirm", "yes"));

    assertThat(refused.statusCode()).isEqualTo(403);
    assertThat(refused.headers().firstValue("Content-Type").orElse("")).startsWith("text/html");
    assertThat(refused.body()).contains("This form has expired");
    assertThat(visitor.get("/account").statusCode()).isEqualTo(200);
  }

  @Test
  void changingThePasswordAsksForTheCurrentOneAndTheNewOneSignsIn() {
    PageVisitor visitor = signedUpAndIn("gus@example.org");
    visitor.get("/account");

    HttpResponse<String> wrong =
        visitor.post(
            "/account/password",
            Map.of("currentPassword", "not my password", "newPassword", "a brand new secret"));
    HttpResponse<String> common =
        visitor.post(
            "/account/password", Map.of("currentPassword", PASSWORD, "newPassword", "1234567890"));
    HttpResponse<String> changed =
        visitor.post(
            "/account/password",
            Map.of("currentPassword", PASSWORD, "newPassword", "a brand new secret"));

    assertThat(wrong.statusCode()).isEqualTo(401);
    assertThat(wrong.body()).contains("<a href=\"#currentPassword\">Current password</a>: is not");
    assertThat(common.statusCode()).isEqualTo(400);
    assertThat(common.body()).contains("<a href=\"#newPassword\">New password</a>: ");
    assertThat(changed.statusCode()).isEqualTo(303);
    assertThat(visitor.get("/account?done=password").body()).contains("The password is changed");
    PageVisitor again = new PageVisitor(server.http);
    again.get("/sign-in");
    assertThat(
            again
                .post(
                    "/sign-in",
                    Map.of("email", "gus@example.org", "password", "a brand new secret"))
                .statusCode())
        .isEqualTo(303);
  }

  @Test
  void aTokenIsShownOnceWorksAsBearerAndStopsWhenRevoked() {
    PageVisitor visitor = signedUpAndIn("hal@example.org");
    visitor.get("/account");

    HttpResponse<String> created = visitor.post("/account/tokens", Map.of("name", "laptop script"));

    assertThat(created.statusCode()).isEqualTo(201);
    assertThat(created.headers().firstValue("Cache-Control")).hasValue("no-store");
    Matcher secret =
        Pattern.compile("<code id=\"new-token\">(lbr_[^<]+)</code>").matcher(created.body());
    assertThat(secret.find()).isTrue();
    String bearer = "Bearer " + secret.group(1);
    assertThat(server.http.get("/api/journal", "Authorization", bearer).statusCode())
        .isEqualTo(200);
    HttpResponse<String> listed = visitor.get("/account");
    assertThat(listed.body()).contains("laptop script").doesNotContain(secret.group(1));
    Matcher revoke =
        Pattern.compile("action=\"(/account/tokens/[^\"]+/revoke)\"").matcher(listed.body());
    assertThat(revoke.find()).isTrue();

    HttpResponse<String> revoked = visitor.post(revoke.group(1), Map.of());

    assertThat(revoked.statusCode()).isEqualTo(303);
    assertThat(visitor.get("/account?done=revoked").body())
        .contains("The token is revoked")
        .doesNotContain("laptop script");
    assertThat(server.http.get("/api/journal", "Authorization", bearer).statusCode())
        .isEqualTo(401);
  }

  @Test
  void aTokenNameTooLongIsRefusedByName() {
    PageVisitor visitor = signedUpAndIn("ivy@example.org");
    visitor.get("/account");

    HttpResponse<String> refused = visitor.post("/account/tokens", Map.of("name", "x".repeat(101)));

    assertThat(refused.statusCode()).isEqualTo(400);
    assertThat(refused.body()).contains("<a href=\"#name\">Token name</a>: ");
    assertThat(visitor.get("/account").body()).contains("You have no API token");
  }

  @Test
  void deletingTheAccountNeedsTheConfirmationAndThePassword() {
    PageVisitor visitor = signedUpAndIn("jo@example.org");
    visitor.get("/account");

    HttpResponse<String> unconfirmed =
        visitor.post("/account/delete", Map.of("password", PASSWORD));
    HttpResponse<String> wrong =
        visitor.post("/account/delete", Map.of("password", "not my password", "confirm", "yes"));
    assertThat(visitor.get("/account").statusCode()).isEqualTo(200);
    HttpResponse<String> deleted =
        visitor.post("/account/delete", Map.of("password", PASSWORD, "confirm", "yes"));

    assertThat(unconfirmed.statusCode()).isEqualTo(400);
    assertThat(unconfirmed.body()).contains("tick this box to confirm the deletion");
    assertThat(wrong.statusCode()).isEqualTo(401);
    assertThat(wrong.body()).contains("<a href=\"#password\">Password</a>: is not your password");
    assertThat(deleted.statusCode()).isEqualTo(303);
    assertThat(deleted.headers().firstValue("Location")).hasValue("/sign-in?done=deleted");
    assertThat(visitor.get("/account").statusCode()).isEqualTo(303);
    PageVisitor again = new PageVisitor(server.http);
    again.get("/sign-in");
    assertThat(
            again
                .post("/sign-in", Map.of("email", "jo@example.org", "password", PASSWORD))
                .statusCode())
        .isEqualTo(401);
  }

  @Test
  void signingInAgainOnTheSameBrowserEndsItsEarlierSession() {
    PageVisitor visitor = signedUpAndIn("lou@example.org");
    String earlier = visitor.cookie(Authentication.COOKIE);
    visitor.get("/sign-in");

    HttpResponse<String> again =
        visitor.post("/sign-in", Map.of("email", "lou@example.org", "password", PASSWORD));

    assertThat(again.statusCode()).isEqualTo(303);
    assertThat(visitor.cookie(Authentication.COOKIE)).isNotEqualTo(earlier);
    assertThat(
            server
                .http
                .get("/api/session", "Cookie", Authentication.COOKIE + "=" + earlier)
                .statusCode())
        .isEqualTo(401);
    assertThat(visitor.get("/account").statusCode()).isEqualTo(200);
  }

  @Test
  void signingOutEndsTheSession() {
    PageVisitor visitor = signedUpAndIn("kim@example.org");
    visitor.get("/account");
    String session = visitor.cookie(Authentication.COOKIE);

    HttpResponse<String> out = visitor.post("/sign-out", Map.of());

    assertThat(out.statusCode()).isEqualTo(303);
    assertThat(visitor.cookie(Authentication.COOKIE)).isNull();
    assertThat(
            server
                .http
                .get("/api/session", "Cookie", Authentication.COOKIE + "=" + session)
                .statusCode())
        .isEqualTo(401);
  }

  @Test
  void theTimeZoneHintNamesTheServersZoneInWordsNotAsACode() {
    PageVisitor visitor = signedUpAndIn("zone-words@example.org");

    visitor.get("/account");

    assertThat(visitor.page().selectFirst("#timeZone-hint").text())
        .contains("this server's time zone (")
        .doesNotContain("(Z)");
  }
}

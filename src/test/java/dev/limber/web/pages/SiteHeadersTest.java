package dev.limber.web.pages;

import static org.assertj.core.api.Assertions.assertThat;

import dev.limber.store.Database;
import dev.limber.store.TestDatabases;
import dev.limber.web.ServerFixture;
import java.net.http.HttpResponse;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** What every page says about itself: its description, its caching, and a site's 404. */
class SiteHeadersTest {
  private static Database database;
  private static ServerFixture server;

  @BeforeAll
  static void startServer() {
    database = TestDatabases.h2();
    server = ServerFixture.start(database);
  }

  @AfterAll
  static void stopServer() {
    server.close();
    database.close();
  }

  @Test
  void pagesThatShowNothingPrivateMayStayInTheBackForwardCache() {
    for (String path : List.of("/", "/techniques", "/techniques/upward-stretch", "/check")) {
      HttpResponse<String> response = new PageVisitor(server.http).get(path);

      assertThat(response.statusCode()).as(path).isEqualTo(200);
      assertThat(response.headers().firstValue("Cache-Control"))
          .as(path)
          .hasValue("private, no-cache");
    }
  }

  @Test
  void privatePagesAndAnsweredQuestionsAreNeverStored() {
    PageVisitor visitor = new PageVisitor(server.http);
    visitor.get("/check");

    HttpResponse<String> answered = visitor.post("/check", java.util.Map.of());
    HttpResponse<String> signIn = visitor.get("/sign-in");

    assertThat(answered.headers().firstValue("Cache-Control")).hasValue("no-store");
    assertThat(signIn.headers().firstValue("Cache-Control")).hasValue("no-store");
  }

  @Test
  void anUnknownAddressReadsAsASites404WithALinkHome() {
    PageVisitor visitor = new PageVisitor(server.http);

    HttpResponse<String> response = visitor.get("/no-such-page");

    assertThat(response.statusCode()).isEqualTo(404);
    assertThat(visitor.page().selectFirst("h1").text()).isEqualTo("Page not found");
    assertThat(visitor.page().selectFirst("main").text())
        .contains("This page does not exist")
        .doesNotContain("no technique");
    assertThat(visitor.page().select("main a[href=/]")).hasSize(1);
    assertThat(response.headers().firstValue("Cache-Control")).hasValue("no-store");
  }

  @Test
  void anUnknownTechniqueSaysSoUnderTechniques() {
    PageVisitor visitor = new PageVisitor(server.http);

    HttpResponse<String> response = visitor.get("/techniques/no-such-technique");

    assertThat(response.statusCode()).isEqualTo(404);
    assertThat(visitor.page().selectFirst("main").text()).contains("no technique at this address");
  }
}

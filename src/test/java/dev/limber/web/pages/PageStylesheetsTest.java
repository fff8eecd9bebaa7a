package dev.limber.web.pages;

import static org.assertj.core.api.Assertions.assertThat;

import dev.limber.render.html.PageChrome;
import dev.limber.store.JdbcPrograms;
import dev.limber.web.Answers;
import dev.limber.web.H2Server;
import dev.limber.web.ServerFixture;
import dev.limber.web.api.ProgramRoutesTest;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Each page links the stylesheets it declares, whatever its path: the pages that draw charts link
 * charts.css, the desk's and the program's pages desk.css, the journal journal.css, and no other
 * page links any of them.
 */
class PageStylesheetsTest {
  @RegisterExtension static final H2Server server = new H2Server();

  private static Map<?, ?> session(ServerFixture.SignedIn person) {
    return ServerFixture.object(server.http.get("/api/session", person.reading()));
  }

  private static ServerFixture.SignedIn fresh(ServerFixture.SignedIn person) {
    return new ServerFixture.SignedIn(
        person.email(), person.cookie(), (String) session(person).get("csrfToken"));
  }

  /** The stylesheets beyond limber.css that the page at {@code path} links, in order. */
  private static List<String> stylesheets(String path, ServerFixture.SignedIn person) {
    HttpResponse<String> response = server.http.get(path, person.reading());
    assertThat(response.statusCode()).as(path).isEqualTo(200);
    return Jsoup.parse(response.body()).select("link[rel=stylesheet]").eachAttr("href").stream()
        .filter(href -> !href.equals("/assets/limber.css"))
        .map(href -> href.substring("/assets/".length()))
        .toList();
  }

  @Test
  void onlyThePagesThatDrawChartsOrTheDeskLinkTheirStylesheets() {
    ServerFixture.SignedIn ng = server.fixture.signUpAndIn("dr.ng@example.org");
    new JdbcPrograms(server.database())
        .grantClinician(session(ng).get("accountId").toString(), Instant.now());
    ng = fresh(ng);
    String programId =
        (String)
            ServerFixture.object(
                    server.http.post(
                        "/api/clinician/programs", ProgramRoutesTest.PROGRAM, ng.writing()))
                .get("id");
    String code =
        (String)
            ServerFixture.object(
                    server.http.post(
                        "/api/clinician/programs/" + programId + "/codes", "", ng.writing()))
                .get("code");
    ServerFixture.SignedIn ana = server.fixture.signUpAndIn("ana@example.org");
    String anaId = session(ana).get("accountId").toString();
    ana = fresh(ana);
    HttpResponse<String> joined =
        server.http.post(
            "/api/join", "{\"code\": \"" + code + "\", \"consent\": true}", ana.writing());
    assertThat(joined.statusCode()).as(joined.body()).isLessThan(300);
    server.http.post("/api/check-ins", "{\"pain\": 3}", ana.writing());
    server.http.post("/api/screenings", Answers.CLEAR, ana.writing());
    ServerFixture.SignedIn bo = server.fixture.signUpAndIn("bo@example.org");

    Map<String, List<String>> linked = new LinkedHashMap<>();
    for (String path :
        List.of(
            "/clinician",
            "/clinician/people/" + anaId,
            "/clinician/programs/new",
            "/clinician/programs/" + programId,
            "/clinician/alerts",
            "/clinician/contact")) {
      linked.put(path, stylesheets(path, ng));
    }
    for (String path :
        List.of(
            "/program",
            "/program/access-log",
            "/journal",
            "/journal/insights",
            "/journal/check-in",
            "/",
            "/techniques",
            "/check",
            "/account",
            "/calendar")) {
      linked.put(path, stylesheets(path, ana));
    }
    linked.put("/join", stylesheets("/join", bo));

    String charts = PageChrome.CHART_STYLES;
    String desk = PageChrome.DESK_STYLES;
    assertThat(linked)
        .containsEntry("/clinician", List.of(desk))
        .containsEntry("/clinician/people/" + anaId, List.of(charts, desk))
        .containsEntry("/clinician/programs/new", List.of(desk))
        .containsEntry("/clinician/programs/" + programId, List.of(desk))
        .containsEntry("/program", List.of(desk))
        .containsEntry("/journal", List.of(PageChrome.JOURNAL_STYLES))
        .containsEntry("/journal/insights", List.of(charts));
    for (String plain :
        List.of(
            "/clinician/alerts",
            "/clinician/contact",
            "/program/access-log",
            "/journal/check-in",
            "/",
            "/techniques",
            "/check",
            "/account",
            "/calendar",
            "/join")) {
      assertThat(linked.get(plain)).as(plain).isEmpty();
    }
  }
}

package dev.limber.web.pages;

import static org.assertj.core.api.Assertions.assertThat;

import dev.limber.json.Json;
import dev.limber.web.H2Server;
import dev.limber.web.ServerFixture;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The journal pages over plain HTTP, as a browser without JavaScript sends their forms. */
class JournalPagesTest {
  @RegisterExtension static final H2Server server = new H2Server();

  private static PageVisitor signedIn(String email) {
    server.fixture.signUpAndIn(email);
    PageVisitor visitor = new PageVisitor(server.http);
    visitor.get("/sign-in");
    assertThat(
            visitor
                .post("/sign-in", Map.of("email", email, "password", ServerFixture.PASSWORD))
                .statusCode())
        .isEqualTo(303);
    return visitor;
  }

  @Test
  void aCheckInIsKeptAndShownInTheHistory() {
    PageVisitor ana = signedIn("ana@example.org");
    ana.get("/journal/check-in");

    HttpResponse<String> kept =
        ana.post(
            "/journal/check-in", Map.of("pain", "4", "cracked", "yes", "note", "long desk day"));

    assertThat(kept.statusCode()).isEqualTo(303);
    assertThat(kept.headers().firstValue("Location")).hasValue("/journal?done=check-in");
    HttpResponse<String> history = ana.get("/journal?done=check-in");
    assertThat(history.body())
        .contains("Your check-in is kept.")
        .contains("Pain 4 of 10; cracked the back. Note: long desk day");
    assertThat(ana.apiGet("/api/check-ins").body()).contains("\"pain\":4", "\"cracked\":true");
  }

  @Test
  void aBadPainScoreIsRefusedNamingTheFieldAndNothingIsStored() {
    PageVisitor ana = signedIn("ana@example.org");
    ana.get("/journal/check-in");

    HttpResponse<String> tooHigh = ana.post("/journal/check-in", Map.of("pain", "11"));
    HttpResponse<String> missing =
        ana.post("/journal/check-in", Map.of("note", "kept for the form"));
    HttpResponse<String> words = ana.post("/journal/check-in", Map.of("pain", "five"));

    assertThat(tooHigh.statusCode()).isEqualTo(400);
    assertThat(tooHigh.body())
        .contains(
            "<a href=\"#pain\">Pain now, from 0 to 10</a>: must be a whole number from 0 to 10, found 11")
        .contains("aria-describedby=\"pain-ends pain-error\"");
    assertThat(missing.statusCode()).isEqualTo(400);
    assertThat(missing.body()).contains("is required").contains(">kept for the form</textarea>");
    assertThat(words.statusCode()).isEqualTo(400);
    assertThat(words.body()).contains("found \"five\"");
    assertThat(ana.apiGet("/api/check-ins").body()).isEqualTo("[]");
  }

  @Test
  void aCheckInWithoutItsFormTokenIsRefusedWith403AndNothingIsStored() {
    PageVisitor ana = signedIn("ana@example.org");
    ana.get("/journal/check-in");

    HttpResponse<String> refused = ana.postWithoutToken("/journal/check-in", Map.of("pain", "3"));

    assertThat(refused.statusCode()).isEqualTo(403);
    assertThat(refused.body()).contains("This form has expired");
    assertThat(ana.apiGet("/api/check-ins").body()).isEqualTo("[]");
  }

  @Test
  void anOpenPainFlagIsShownWithWhatToDoAndAReviewClosesIt() {
    PageVisitor ana = signedIn("ana@example.org");
    ana.get("/journal");
    assertThat(ana.api("/api/sessions", JournalSeed.stoppedForPain(Instant.now())).statusCode())
        .isEqualTo(201);

    HttpResponse<String> flagged = ana.get("/journal");
    HttpResponse<String> reviewPage = ana.get("/journal/review");
    HttpResponse<String> reviewed =
        ana.post("/journal/review", Map.of("by", "PHYSIOTHERAPIST", "note", "keep moving"));

    assertThat(flagged.body())
        .contains("An open pain flag", "stopped because a stretch hurt", "What to do now")
        .contains("href=\"/journal/review\"");
    assertThat(reviewPage.body()).contains("Recording the review closes your open pain flag");
    assertThat(reviewed.statusCode()).isEqualTo(303);
    assertThat(reviewed.headers().firstValue("Location")).hasValue("/journal?done=review&closed=1");
    HttpResponse<String> after = ana.get("/journal?done=review&closed=1");
    assertThat(after.body())
        .contains("The review is recorded. It closed your open pain flag.")
        .doesNotContain("An open pain flag")
        .contains("Physiotherapist seen on");
    assertThat(ana.apiGet("/api/journal").body()).contains("\"painFlags\":[]");
  }

  @Test
  void aMildStopIsShownAsAStretchThatHurtALittleNotAsAFlagThatNeedsAReview() {
    PageVisitor ana = signedIn("ana@example.org");
    ana.get("/journal");
    assertThat(ana.api("/api/sessions", JournalSeed.mildStop(Instant.now())).statusCode())
        .isEqualTo(201);

    String history = ana.get("/journal").body();

    assertThat(history)
        .contains("A stretch hurt a little", "the pain was easing", "whether your back has settled")
        .contains("href=\"/check\"")
        .doesNotContain("An open pain flag")
        .doesNotContain("every check says to see a professional")
        .doesNotContain("has seen you since then");
  }

  @Test
  void aReviewInTheFutureOrWithoutWhoIsRefusedByFieldAndLeavesTheFlagOpen() {
    PageVisitor ana = signedIn("ana@example.org");
    ana.get("/journal");
    ana.api("/api/sessions", JournalSeed.stoppedForPain(Instant.now()));
    ana.get("/journal/review");

    HttpResponse<String> future =
        ana.post("/journal/review", Map.of("by", "DOCTOR", "date", "2999-01-01"));
    HttpResponse<String> nobody = ana.post("/journal/review", Map.of("date", "yesterday"));

    assertThat(future.statusCode()).isEqualTo(400);
    assertThat(future.body()).contains("<a href=\"#date\">When</a>: must not be in the future");
    assertThat(nobody.statusCode()).isEqualTo(400);
    assertThat(nobody.body())
        .contains("<a href=\"#by\">Who saw you</a>: is required")
        .contains("<a href=\"#date\">When</a>: must be a date such as 2026-11-29");
    assertThat(ana.apiGet("/api/reviews").body()).isEqualTo("[]");
    assertThat(ana.get("/journal").body()).contains("An open pain flag");
  }

  @Test
  void insightsDrawTheChartsOnTheServerWithTitlesAndTables() {
    PageVisitor ana = signedIn("ana@example.org");
    ana.get("/journal/import");
    assertThat(
            ana.upload("/journal/import", "file", "journal.json", JournalSeed.export(Instant.now()))
                .statusCode())
        .isEqualTo(303);

    HttpResponse<String> insights = ana.get("/journal/insights");

    assertThat(insights.statusCode()).isEqualTo(200);
    assertThat(insights.body())
        .contains("<title id=\"pain-chart-title\">Pain trend, daily mean from 0 to 10</title>")
        .contains("<title id=\"relief-chart-title\">")
        .contains("<title id=\"weekly-chart-title\">")
        .contains("<polyline class=\"series\"")
        .contains("Wall slide")
        .contains("The pain trend as a table")
        .contains("Cracking and its limits");
    assertThat(insights.body().split("<svg ", -1)).hasSize(4);
  }

  @Test
  void theChartsRangeIsAChoiceOf30_90And365DaysAndTheAxisStartsWithTheScores() {
    PageVisitor ana = signedIn("range@example.org");
    ana.get("/journal/import");
    ana.upload("/journal/import", "file", "journal.json", JournalSeed.export(Instant.now()));

    ana.get("/journal/insights");
    var ninety = ana.page();
    ana.get("/journal/insights?days=365");
    var year = ana.page();
    HttpResponse<String> word = ana.get("/journal/insights?days=many");

    assertThat(ninety.select("nav.ranges a").eachAttr("href"))
        .containsExactly(
            "/journal/insights?days=30", "/journal/insights?days=90", "/journal/insights?days=365");
    assertThat(ninety.selectFirst("nav.ranges a[aria-current=page]").text()).isEqualTo("90 days");
    assertThat(year.selectFirst("nav.ranges a[aria-current=page]").text()).isEqualTo("365 days");
    assertThat(year.selectFirst("#trend-heading").text()).isEqualTo("Pain over the last 365 days");
    // The seed's scores begin 60 days ago: a year's axis starts there, not 365 days ago.
    String firstLabel = year.select("#pain-chart-title ~ text.axis-label[y=209.0]").first().text();
    assertThat(firstLabel)
        .isEqualTo(
            java.time.format.DateTimeFormatter.ofPattern("d MMM", java.util.Locale.ENGLISH)
                .format(java.time.LocalDate.now().minusDays(60)));
    assertThat(word.statusCode()).isEqualTo(400);
  }

  @Test
  void aSessionEndedAfterFourSecondsListsOnlyTheTechniqueItReached() {
    PageVisitor ana = signedIn("short@example.org");
    Instant started = Instant.now().minusSeconds(60);
    String session =
        "{\"started\":\""
            + started
            + "\",\"ended\":\""
            + started.plusSeconds(4)
            + "\",\"routine\":[{\"techniqueId\":\"wall-slide\",\"holdSeconds\":10,\"reps\":1,"
            + "\"sides\":1},{\"techniqueId\":\"standing-lean-back\",\"holdSeconds\":10,\"reps\":1,"
            + "\"sides\":1}],\"segments\":[{\"kind\":\"GET_READY\",\"techniqueId\":\"wall-slide\","
            + "\"side\":null,\"rep\":null,\"seconds\":4,\"outcome\":\"SKIPPED\"},{\"kind\":\"HOLD\","
            + "\"techniqueId\":\"standing-lean-back\",\"side\":null,\"rep\":1,\"seconds\":10,"
            + "\"outcome\":\"NOT_REACHED\"}],\"painBefore\":null,\"painAfter\":null,"
            + "\"painStops\":[],\"pops\":0,\"ending\":\"QUIT\"}";
    ana.get("/journal");
    assertThat(ana.api("/api/sessions", session).statusCode()).isEqualTo(201);

    ana.get("/journal");

    String line = ana.page().selectFirst("table.history tbody tr").text();
    assertThat(line).contains("4 s: Wall slide").doesNotContain("lean back");
  }

  @Test
  void theExportIsTheApisExportAsAFileAndImportsBackAfterForgetting() {
    PageVisitor ana = signedIn("ana@example.org");
    ana.get("/journal/check-in");
    ana.post("/journal/check-in", Map.of("pain", "3", "note", "before the export"));

    HttpResponse<String> file = ana.get("/journal/export.json");
    HttpResponse<String> api = ana.apiGet("/api/export");

    assertThat(file.statusCode()).isEqualTo(200);
    assertThat(file.headers().firstValue("Content-Disposition").orElse(""))
        .startsWith("attachment; filename=\"limber-journal-");
    assertThat(withoutExportTime(file.body())).isEqualTo(withoutExportTime(api.body()));

    ana.get("/journal/forget");
    HttpResponse<String> unconfirmed = ana.post("/journal/forget", Map.of());
    assertThat(unconfirmed.statusCode()).isEqualTo(400);
    assertThat(unconfirmed.body()).contains("tick this box to confirm the deletion");
    assertThat(ana.apiGet("/api/check-ins").body()).contains("before the export");
    HttpResponse<String> forgotten = ana.post("/journal/forget", Map.of("confirm", "yes"));
    assertThat(forgotten.headers().firstValue("Location")).hasValue("/journal?done=forgotten");
    assertThat(ana.get("/journal?done=forgotten").body())
        .contains("Your journal is deleted.")
        .contains("Nothing in your journal");

    ana.get("/journal/import");
    HttpResponse<String> imported = ana.upload("/journal/import", "file", "back.json", file.body());

    assertThat(imported.statusCode()).isEqualTo(303);
    assertThat(imported.headers().firstValue("Location"))
        .hasValue("/journal?done=import&added=1&kept=0");
    assertThat(ana.get("/journal?done=import&added=1&kept=0").body())
        .contains("The file is imported: 1 entry added.")
        .contains("before the export");
  }

  @Test
  void aBadImportFileIsRefusedNamingEachProblemAndNothingIsStored() {
    PageVisitor ana = signedIn("ana@example.org");
    ana.get("/journal/import");
    String bad =
        JournalSeed.export(Instant.now())
            .replaceFirst("\"pain\":\\d+", "\"pain\":12")
            .replace("\"version\":2", "\"version\":2");

    HttpResponse<String> refused = ana.upload("/journal/import", "file", "bad.json", bad);
    HttpResponse<String> notJson = ana.upload("/journal/import", "file", "notes.txt", "hello");
    HttpResponse<String> empty = ana.upload("/journal/import", "file", "empty.json", "");

    assertThat(refused.statusCode()).isEqualTo(400);
    assertThat(refused.body()).contains("<strong>checkIns[0].pain</strong>: ");
    assertThat(notJson.statusCode()).isEqualTo(400);
    assertThat(empty.statusCode()).isEqualTo(400);
    assertThat(empty.body()).contains("<a href=\"#file\">Journal file</a>: choose a journal file");
    assertThat(ana.apiGet("/api/check-ins").body()).isEqualTo("[]");
    assertThat(ana.apiGet("/api/sessions").body()).isEqualTo("[]");
  }

  @Test
  void journalPagesSendASignedOutVisitorToSignInAndBack() {
    for (String path :
        new String[] {
          "/journal", "/journal/check-in", "/journal/insights", "/journal/review",
          "/journal/import", "/journal/forget", "/journal/export.json", "/account"
        }) {
      HttpResponse<String> response = server.http.get(path);

      assertThat(response.statusCode()).as(path).isEqualTo(303);
      assertThat(response.headers().firstValue("Location").orElseThrow())
          .isEqualTo(
              "/sign-in?then="
                  + java.net.URLEncoder.encode(path, java.nio.charset.StandardCharsets.UTF_8));
    }
  }

  @Test
  void theHistoryRefusesABadNumberOfDaysByName() {
    PageVisitor ana = signedIn("ana@example.org");

    HttpResponse<String> response = ana.get("/journal?days=0");

    assertThat(response.statusCode()).isEqualTo(400);
    assertThat(response.body()).contains("days", "must be a whole number from 1 to 3650");
  }

  private static Map<?, ?> withoutExportTime(String export) {
    Map<Object, Object> json = new LinkedHashMap<>((Map<?, ?>) Json.parse(export));
    json.remove("exportedAt");
    return json;
  }
}

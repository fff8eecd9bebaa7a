package dev.limber.web.api;

import static dev.limber.web.ServerFixture.array;
import static dev.limber.web.ServerFixture.object;
import static org.assertj.core.api.Assertions.assertThat;

import dev.limber.json.Json;
import dev.limber.screening.AnswersReader;
import dev.limber.screening.EmergencyNotice;
import dev.limber.screening.RuleBook;
import dev.limber.screening.Screener;
import dev.limber.web.Answers;
import dev.limber.web.H2Server;
import dev.limber.web.ServerFixture;
import dev.limber.web.http.Bodies;
import dev.limber.web.http.Problem;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class ScreeningRoutesTest {
  @RegisterExtension static final H2Server server = new H2Server();

  @Test
  void screeningAnswersExactlyWhatTheCoreScreenerGives() {
    HttpResponse<String> response = server.http.post("/api/screenings", Answers.CLEAR);

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(Json.parse(response.body()))
        .isEqualTo(Json.parse(Json.write(screen(Answers.CLEAR))));
    assertThat(object(response).get("verdict")).isEqualTo("CLEAR");
  }

  @Test
  void anUrgentVerdictIsStillA200Answer() {
    HttpResponse<String> response = server.http.post("/api/screenings", Answers.CHEST_PAIN);

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(object(response).get("verdict")).isEqualTo("URGENT");
    assertThat((List<?>) object(response).get("techniques")).isEmpty();
  }

  @Test
  void invalidAnswersAre400ProblemNamingEveryFieldWithTheEmergencyNotice() {
    HttpResponse<String> response = server.http.post("/api/screenings", Answers.INVALID);

    assertThat(response.statusCode()).isEqualTo(400);
    assertThat(response.headers().firstValue("Content-Type"))
        .hasValueSatisfying(type -> assertThat(type).startsWith(Problem.CONTENT_TYPE));
    assertThat(AccountRoutesTest.fields(response))
        .contains("symptoms.painScore", "symptoms.chest_pain");
    assertThat(object(response).get("emergencyNotice")).isEqualTo(EmergencyNotice.text());
    assertThat(object(response).get("status")).hasToString("400");
  }

  @Test
  void malformedJsonIsRejectedWithTheEmergencyNoticeToo() {
    HttpResponse<String> response = server.http.post("/api/screenings", "{\"conditions\": [");

    assertThat(response.statusCode()).isEqualTo(400);
    assertThat(AccountRoutesTest.fields(response)).containsExactly(AnswersReader.DOCUMENT);
    assertThat(object(response).get("emergencyNotice")).isEqualTo(EmergencyNotice.text());
  }

  @Test
  void anOversizedBodyIs413() {
    String padded = Answers.CLEAR + " ".repeat(Bodies.LIMIT_BYTES);

    HttpResponse<String> response = server.http.post("/api/screenings", padded);

    assertThat(response.statusCode()).isEqualTo(413);
  }

  @Test
  void rulesAreTheRuleBookAsTheCliPrintsIt() {
    HttpResponse<String> response = server.http.get("/api/rules");

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(Json.parse(response.body())).isEqualTo(Json.parse(Json.write(RuleBook.bundled())));
  }

  @Test
  void aSignedInPersonsScreeningsAreKeptWithAnswersVerdictAndRules() {
    ServerFixture.SignedIn ana = server.fixture.signUpAndIn("ana@example.org");

    server.http.post("/api/screenings", Answers.CHEST_PAIN, ana.writing());
    HttpResponse<String> kept = server.http.get("/api/screenings", ana.reading());

    assertThat(kept.statusCode()).isEqualTo(200);
    List<?> screenings = array(kept);
    assertThat(screenings).hasSize(1);
    Map<?, ?> screening = (Map<?, ?>) screenings.get(0);
    assertThat(screening.get("verdict")).isEqualTo("URGENT");
    assertThat(screening.get("ruleIds").toString()).contains("U5");
    assertThat(screening.get("answers")).isEqualTo(Json.parse(Answers.CHEST_PAIN));
  }

  @Test
  void aDurationFinerThanAHundredthOfAWeekIs400NamingItOnEveryRouteThatKeepsIt() {
    ServerFixture.SignedIn ana = server.fixture.signUpAndIn("ana@example.org");
    String tiny =
        Answers.CLEAR.replace("\"painDurationWeeks\": 1", "\"painDurationWeeks\": 1e-150");

    HttpResponse<String> screening = server.http.post("/api/screenings", tiny, ana.writing());
    HttpResponse<String> plan =
        server.http.post("/api/plans", "{\"answers\":" + tiny + "}", ana.writing());
    HttpResponse<String> handout =
        server.http.post("/api/handouts", "{\"answers\":" + tiny + "}", ana.writing());

    for (HttpResponse<String> response : List.of(screening, plan, handout)) {
      assertThat(response.statusCode()).as(response.body()).isEqualTo(400);
      assertThat(response.body()).contains("decimal places");
    }
    assertThat(AccountRoutesTest.fields(screening)).containsExactly("symptoms.painDurationWeeks");
    assertThat(AccountRoutesTest.fields(plan))
        .containsExactly("answers.symptoms.painDurationWeeks");
    assertThat(AccountRoutesTest.fields(handout))
        .containsExactly("answers.symptoms.painDurationWeeks");
    assertThat(array(server.http.get("/api/screenings", ana.reading()))).isEmpty();
  }

  @Test
  void aDurationWithTwoDecimalPlacesIsKeptExactlyAsGiven() {
    ServerFixture.SignedIn ana = server.fixture.signUpAndIn("ana@example.org");
    String answers =
        Answers.CLEAR.replace("\"painDurationWeeks\": 1", "\"painDurationWeeks\": 2.75");

    int status = server.http.post("/api/screenings", answers, ana.writing()).statusCode();
    HttpResponse<String> kept = server.http.get("/api/screenings", ana.reading());

    assertThat(status).isEqualTo(200);
    Map<?, ?> screening = (Map<?, ?>) array(kept).get(0);
    assertThat(screening.get("answers")).isEqualTo(Json.parse(answers));
  }

  @Test
  void rejectedAnonymousAndUnprotectedScreeningsAreNotKept() {
    ServerFixture.SignedIn ana = server.fixture.signUpAndIn("ana@example.org");

    HttpResponse<String> invalid =
        server.http.post("/api/screenings", Answers.INVALID, ana.writing());
    HttpResponse<String> withoutCsrf =
        server.http.post("/api/screenings", Answers.CLEAR, ana.reading());
    server.http.post("/api/screenings", Answers.CLEAR);

    assertThat(invalid.statusCode()).isEqualTo(400);
    assertThat(withoutCsrf.statusCode()).isEqualTo(403);
    assertThat(array(server.http.get("/api/screenings", ana.reading()))).isEmpty();
  }

  @Test
  void badCredentialsOnAScreeningAre401NotAnAnonymousAnswer() {
    HttpResponse<String> response =
        server.http.post("/api/screenings", Answers.CLEAR, "Authorization", "Bearer lbr_forged");

    assertThat(response.statusCode()).isEqualTo(401);
  }

  @Test
  void theScreeningsKeptNeedAnAccount() {
    HttpResponse<String> response = server.http.get("/api/screenings");

    assertThat(response.statusCode()).isEqualTo(401);
  }

  private static Object screen(String answers) {
    return Screener.bundled().screen(AnswersReader.parse(answers).requireAnswers());
  }
}

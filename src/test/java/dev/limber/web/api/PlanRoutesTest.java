package dev.limber.web.api;

import static dev.limber.web.ServerFixture.object;
import static org.assertj.core.api.Assertions.assertThat;

import dev.limber.web.Answers;
import dev.limber.web.H2Server;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class PlanRoutesTest {
  @RegisterExtension static final H2Server server = new H2Server();

  @Test
  void aClearScreeningGetsARoutineWithinTheMinutesAndItsTimeline() {
    HttpResponse<String> response =
        server.http.post(
            "/api/plans",
            "{\"answers\":" + Answers.CLEAR + ",\"preferences\":{\"minutes\":5,\"seed\":7}}");

    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    Map<?, ?> plan = object(response);
    assertThat(plan.get("verdict")).isEqualTo("CLEAR");
    Map<?, ?> routine = (Map<?, ?>) plan.get("routine");
    assertThat(((Number) routine.get("totalSeconds")).intValue()).isBetween(1, 300);
    assertThat((List<?>) plan.get("timeline")).isNotEmpty();
    assertThat(plan.containsKey("leftOut")).isTrue();
  }

  @Test
  void aDeskWithNoWallLeavesTheWallTechniquesOutForTheEquipment() {
    String desk =
        "{\"answers\":" + Answers.CLEAR + ",\"preferences\":{\"place\":\"DESK\",\"seed\":7";

    HttpResponse<String> withWall = server.http.post("/api/plans", desk + "}}");
    HttpResponse<String> noWall = server.http.post("/api/plans", desk + ",\"noWall\":true}}");

    assertThat(noWall.statusCode()).as(noWall.body()).isEqualTo(200);
    assertThat(leftOutFor(noWall, "equipment")).contains("wall-slide");
    assertThat(leftOutFor(withWall, "equipment")).doesNotContain("wall-slide");
  }

  @Test
  void enablingATechniqueThatIsAlreadyOnIsAcceptedAndAnUnknownOneNamed() {
    HttpResponse<String> alreadyOn =
        server.http.post(
            "/api/plans",
            "{\"answers\":" + Answers.CLEAR + ",\"preferences\":{\"enable\":[\"wall-slide\"]}}");
    HttpResponse<String> unknown =
        server.http.post(
            "/api/plans",
            "{\"answers\":" + Answers.CLEAR + ",\"preferences\":{\"enable\":[\"no-such\"]}}");

    assertThat(alreadyOn.statusCode()).as(alreadyOn.body()).isEqualTo(200);
    assertThat(unknown.statusCode()).isEqualTo(400);
    assertThat(AccountRoutesTest.fields(unknown)).contains("preferences.enable[0]");
  }

  private static List<Object> leftOutFor(HttpResponse<String> response, String reason) {
    return ((List<?>) object(response).get("leftOut"))
        .stream()
            .map(entry -> (Map<?, ?>) entry)
            .filter(entry -> reason.equals(entry.get("reason")))
            .map(entry -> (Object) entry.get("techniqueId"))
            .toList();
  }

  @Test
  void theSameSeedGivesTheSameAnswer() {
    String body = "{\"answers\":" + Answers.CLEAR + ",\"preferences\":{\"seed\":3}}";

    assertThat(server.http.post("/api/plans", body).body())
        .isEqualTo(server.http.post("/api/plans", body).body());
  }

  @Test
  void anUrgentScreeningGetsNoRoutine() {
    HttpResponse<String> response =
        server.http.post("/api/plans", "{\"answers\":" + Answers.CHEST_PAIN + "}");

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(object(response).get("routine")).isNull();
    assertThat(object(response).get("timeline")).isNull();
  }

  @Test
  void invalidAnswersAndPreferencesAreNamedWithTheEmergencyNotice() {
    HttpResponse<String> response =
        server.http.post(
            "/api/plans",
            "{\"answers\":"
                + Answers.INVALID
                + ",\"preferences\":{\"minutes\":61,\"place\":\"CAR\"}}");

    assertThat(response.statusCode()).isEqualTo(400);
    assertThat(AccountRoutesTest.fields(response))
        .contains("answers.symptoms.painScore", "preferences.minutes", "preferences.place");
    assertThat(object(response).containsKey("emergencyNotice")).isTrue();
  }

  @Test
  void missingAnswersAreNamed() {
    HttpResponse<String> response = server.http.post("/api/plans", "{\"preferences\":{}}");

    assertThat(response.statusCode()).isEqualTo(400);
    assertThat(AccountRoutesTest.fields(response)).containsExactly("answers");
  }
}

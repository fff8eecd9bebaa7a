package dev.limber.web.pages;

import static dev.limber.web.ServerFixture.object;
import static org.assertj.core.api.Assertions.assertThat;

import dev.limber.web.Answers;
import dev.limber.web.H2Server;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The plan page over plain HTTP (issue 23): the place ticks what it brings when the form is read,
 * and a technique that is off by default can be asked for, on the form as in {@code POST
 * /api/plans}.
 */
class PlanPageTest {
  @RegisterExtension static final H2Server server = new H2Server();

  private static final String BED_EDGE = "bed-edge-extension";

  private static HttpResponse<String> plan(Map<String, String> fields) {
    PageVisitor visitor = new PageVisitor(server.http);
    visitor.get("/check");
    Map<String, String> all = new java.util.LinkedHashMap<>();
    all.put("answers", dev.limber.json.Json.write(dev.limber.json.Json.parse(Answers.CLEAR)));
    all.put("minutes", "20");
    all.put("seed", "7");
    all.putAll(fields);
    return visitor.post("/plan", all);
  }

  private static boolean ticked(String body, String id) {
    return Pattern.compile("<input[^>]*id=\"" + id + "\"[^>]*\\schecked[\\s>]")
        .matcher(body)
        .find();
  }

  private static boolean inTheRoutine(String body, String techniqueId) {
    return body.contains("<li class=\"card\" data-technique=\"" + techniqueId + "\"");
  }

  @Test
  void atADeskTheChairAndTheWallAreTickedWhenTheFormIsRead() {
    HttpResponse<String> response = plan(Map.of("place", "DESK"));

    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    assertThat(ticked(response.body(), "plan-equipment")).as("chair").isTrue();
    assertThat(ticked(response.body(), "plan-equipment-WALL")).as("wall").isTrue();
  }

  @Test
  void noFreeWallLeavesTheWallUntickedEvenWhenItWasTicked() {
    HttpResponse<String> response =
        plan(Map.of("place", "DESK", "equipment", "WALL", "noWall", "yes"));

    assertThat(ticked(response.body(), "plan-equipment")).as("chair").isTrue();
    assertThat(ticked(response.body(), "plan-equipment-WALL")).as("wall").isFalse();
    assertThat(ticked(response.body(), "plan-noWall")).isTrue();
  }

  @Test
  void atHomeNothingIsTickedThatWasNotChosen() {
    HttpResponse<String> response = plan(Map.of("place", "HOME"));

    assertThat(ticked(response.body(), "plan-equipment")).isFalse();
    assertThat(ticked(response.body(), "plan-equipment-WALL")).isFalse();
  }

  @Test
  void aTechniqueOffByDefaultIsOfferedAndTickingItPutsItInTheRoutine() {
    HttpResponse<String> offered = plan(Map.of("place", "BED", "equipment", "BED"));
    assertThat(inTheRoutine(offered.body(), BED_EDGE)).isFalse();
    assertThat(offered.body())
        .contains("id=\"enable-" + BED_EDGE + "\"")
        .contains("Add it to my routine");

    HttpResponse<String> asked =
        plan(Map.of("place", "BED", "equipment", "BED", "enable", BED_EDGE));

    assertThat(asked.statusCode()).as(asked.body()).isEqualTo(200);
    assertThat(inTheRoutine(asked.body(), BED_EDGE)).isTrue();
    assertThat(ticked(asked.body(), "enable-" + BED_EDGE)).as("kept, and can be unticked").isTrue();
    assertThat(asked.body()).contains("&#34;enable&#34;:[&#34;" + BED_EDGE + "&#34;]");
  }

  @Test
  void theApiPutsATechniqueOffByDefaultInTheRoutineWhenAskedFor() {
    String body =
        "{\"answers\":"
            + Answers.CLEAR
            + ",\"preferences\":{\"minutes\":20,\"place\":\"BED\",\"equipment\":[\"BED\"],"
            + "\"seed\":7%s}}";

    HttpResponse<String> plain = server.http.post("/api/plans", body.formatted(""));
    HttpResponse<String> asked =
        server.http.post("/api/plans", body.formatted(",\"enable\":[\"" + BED_EDGE + "\"]"));

    assertThat(plain.statusCode()).as(plain.body()).isEqualTo(200);
    assertThat(techniques(plain)).doesNotContain(BED_EDGE);
    assertThat(asked.statusCode()).as(asked.body()).isEqualTo(200);
    assertThat(techniques(asked)).contains(BED_EDGE);
  }

  /** The routine's technique ids; none when nothing fits. */
  private static List<Object> techniques(HttpResponse<String> response) {
    Map<?, ?> routine = (Map<?, ?>) object(response).get("routine");
    if (routine == null) {
      return List.of();
    }
    return ((List<?>) routine.get("steps"))
        .stream().map(step -> (Object) ((Map<?, ?>) step).get("techniqueId")).toList();
  }
}

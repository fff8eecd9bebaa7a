package dev.limber.web.pages;

import static org.assertj.core.api.Assertions.assertThat;

import dev.limber.app.PlayService;
import dev.limber.json.Json;
import dev.limber.web.Answers;
import dev.limber.web.H2Server;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Sessions planned without an account are throttled per address and kept only a few hours. */
class AnonymousPlayTest {
  private static final Instant T0 = Instant.parse("2026-03-02T09:00:00Z");
  private static final MovableClock CLOCK = new MovableClock(T0);

  @RegisterExtension static final H2Server server = new H2Server(CLOCK);

  @BeforeEach
  void clockAtTheStart() {
    CLOCK.set(T0);
  }

  @Test
  void oneAddressPlansAFewDozenSessionsAnHourThen429() {
    PageVisitor visitor = new PageVisitor(server.http);
    visitor.get("/");
    List<Integer> statuses = new ArrayList<>();

    for (int plan = 0; plan < PlayService.ANONYMOUS_PER_ADDRESS; plan++) {
      statuses.add(plan(visitor).statusCode());
    }
    HttpResponse<String> refused = plan(visitor);
    CLOCK.advance(PlayService.ANONYMOUS_WINDOW.plusMinutes(1));
    int anHourLater = plan(visitor).statusCode();

    assertThat(statuses).containsOnly(303);
    assertThat(refused.statusCode()).isEqualTo(429);
    assertThat(refused.headers().firstValue("Retry-After")).isPresent();
    assertThat(anHourLater).isEqualTo(303);
  }

  @Test
  void anAnonymousSessionIsGoneAfterSixHours() {
    PageVisitor visitor = new PageVisitor(server.http);
    visitor.get("/");
    String player = plan(visitor).headers().firstValue("Location").orElseThrow();

    int fresh = visitor.get(player).statusCode();
    CLOCK.advance(PlayService.ANONYMOUS_KEPT_FOR.plus(Duration.ofMinutes(1)));
    int later = visitor.get(player).statusCode();

    assertThat(fresh).isEqualTo(200);
    assertThat(later).isEqualTo(404);
  }

  private static HttpResponse<String> plan(PageVisitor visitor) {
    return visitor.post(
        "/play",
        Map.of(
            "answers",
            Json.write(Json.parse(Answers.CLEAR)),
            "preferences",
            "{\"minutes\":2,\"place\":\"HOME\",\"seed\":7}"));
  }
}

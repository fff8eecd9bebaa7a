package dev.limber.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.limber.json.FieldError;
import dev.limber.json.Fields;
import dev.limber.json.Json;
import dev.limber.session.Ending;
import dev.limber.session.Outcome;
import dev.limber.session.SegmentKind;
import dev.limber.session.SegmentRecord;
import dev.limber.session.SessionRecord;
import dev.limber.web.H2Server;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.api.parallel.Isolated;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The terminal player's n (the next technique) and h (this hold) in a pseudo-terminal of 60 and 80
 * columns, and the same presses as the browser's player posts them: the server rebuilds the same
 * session the terminal kept.
 */
@Isolated
class SkipTechniquePtyTest {
  private static final String MOVING = "space pause · n next technique · h skip this hold";
  private static final String STOPPING = "p it hurts · c it cracked · a new symptom · q quit";

  @RegisterExtension static final H2Server server = new H2Server();

  @TempDir Path home;

  private TmuxPane pane;

  @AfterEach
  void stopTmux() throws Exception {
    if (pane != null) {
      pane.close();
    }
  }

  @ParameterizedTest
  @ValueSource(ints = {60, 80})
  void nSkipsToTheNextTechniqueAndTheClosingPainCheckIsStillAsked(int columns) throws Exception {
    start(columns);
    pane.keys("2", "Enter");
    String first = pane.awaitScreen(screen -> screen.contains("Now:  Get ready:"));
    assertThat(first.lines().map(String::strip)).contains(MOVING, STOPPING);

    pane.keys("n");
    String second =
        pane.awaitScreen(
            screen -> screen.contains(" skipped.") && screen.contains("Now:  Get ready:"));

    assertThat(nowLine(second)).isNotEqualTo(nowLine(first));
    assertThat(second.lines())
        .allSatisfy(line -> assertThat(line.length()).isLessThanOrEqualTo(columns));
    TmuxPane.save("player-skipped-technique-" + columns + ".txt", second);
    int presses = 1 + pressNUntilTheClosingPainCheck();
    pane.keys("1", "Enter");
    SessionRecord record = recordOnScreen();
    assertThat(presses).isEqualTo(record.techniqueIds().size());
    assertThat(record.ending()).isEqualTo(Ending.FINISHED);
    assertThat(record.painAfter()).isEqualTo(1);
    assertThat(record.segments())
        .filteredOn(segment -> segment.kind() != SegmentKind.PAIN_CHECK)
        .extracting(SegmentRecord::outcome)
        .containsOnly(Outcome.SKIPPED);
  }

  @Test
  void theSameKeysInTheTerminalAndPostedAsTheBrowserPostsThemGiveTheSameSession() throws Exception {
    start(80);
    pane.keys("2", "Enter");
    pane.awaitScreen(screen -> screen.contains("Now:  Get ready:"));
    pane.keys("h");
    pane.awaitScreen(screen -> screen.contains("Now:  Hold:") && screen.contains("GET READY:"));
    pane.keys("n");
    pane.awaitScreen(screen -> screen.contains(" skipped."));
    int presses = pressNUntilTheClosingPainCheck();
    pane.keys("1", "Enter");
    SessionRecord terminal = recordOnScreen();

    // What player.js posts for the same keys: h a skip, the count before the first exercise a
    // pause, and each n one skip_technique.
    List<String> events = new ArrayList<>();
    events.add(event("start", 0, null));
    events.add(event("pain", 1_000, 2));
    events.add(event("skip", 2_000, null));
    events.add(event("pause", 2_000, null));
    for (int press = 0; press <= presses; press++) {
      events.add(event("skip_technique", 2_500 + press, null));
    }
    events.add(event("pain", 4_000, 1));
    events.add(event("finish", 4_000, null));
    SessionRecord browser = postedFromTheBrowser(events);

    assertThat(browser.routine()).isEqualTo(terminal.routine());
    assertThat(browser.segments()).isEqualTo(terminal.segments());
    assertThat(browser.painBefore()).isEqualTo(terminal.painBefore());
    assertThat(browser.painAfter()).isEqualTo(terminal.painAfter());
    assertThat(browser.painStops()).isEqualTo(terminal.painStops());
    assertThat(browser.pops()).isEqualTo(terminal.pops());
    assertThat(browser.ending()).isEqualTo(terminal.ending()).isEqualTo(Ending.FINISHED);
    assertThat(browser.segments().get(1).outcome()).isEqualTo(Outcome.SKIPPED);
  }

  private void start(int columns) throws Exception {
    List<String> arguments =
        List.of(
            "go",
            "--answers",
            answers().toString(),
            "--json",
            "--db",
            "jdbc:h2:file:" + home.resolve("journal"),
            "--minutes",
            "3",
            "--place",
            "desk",
            "--seed",
            "3",
            "--quiet");
    pane = TmuxPane.run(columns, 30, List.of("HOME=" + home), arguments);
    pane.awaitScreen(screen -> screen.contains("Type 0–10 and Enter"));
  }

  private static Path answers() throws Exception {
    return Path.of(SkipTechniquePtyTest.class.getResource("/answers/clear.json").toURI());
  }

  /**
   * Presses n at each technique until the closing pain check is on screen and asks; answers how
   * many presses.
   */
  private int pressNUntilTheClosingPainCheck() throws Exception {
    int presses = 0;
    String shown = pane.screen();
    while (!nowLine(shown).startsWith("Now:  Pain check")) {
      String now = nowLine(shown);
      pane.keys("n");
      presses++;
      shown =
          // A frame caught while it is drawn may lack its "Now:" line: not a new technique.
          pane.awaitScreen(screen -> !nowLine(screen).isEmpty() && !nowLine(screen).equals(now));
    }
    pane.awaitScreen(SkipTechniquePtyTest::atTheClosingPainCheck);
    return presses;
  }

  /** The closing check's question, read across the lines a narrow pane breaks it into. */
  private static boolean atTheClosingPainCheck(String screen) {
    return screen.replaceAll("\\s+", " ").contains("after the routine? Type 0–10");
  }

  private static String nowLine(String screen) {
    return screen.lines().filter(line -> line.startsWith("Now:")).findFirst().orElse("");
  }

  private SessionRecord recordOnScreen() throws Exception {
    pane.awaitScreen(text -> text.contains("LIMBER-EXIT="));
    String history = pane.history();
    int start = history.lastIndexOf("\n{\n");
    int end = history.indexOf("\n}\n", start);
    assertThat(start).as("a JSON record on screen:\n" + history).isNotNegative();
    return read(Json.parse(history.substring(start + 1, end + 2)));
  }

  private static SessionRecord read(Object json) {
    List<FieldError> errors = new ArrayList<>();
    SessionRecord record = SessionRecord.read(Fields.root(json, "session", errors)).orElse(null);
    assertThat(errors).isEmpty();
    return record;
  }

  private static String event(String kind, long at, Integer score) {
    return "{\"kind\":\""
        + kind
        + "\",\"at\":"
        + at
        + (score == null ? "" : ",\"score\":" + score)
        + "}";
  }

  /** Plans the terminal's session on the web, as its plan form does, and posts the events. */
  private SessionRecord postedFromTheBrowser(List<String> events) throws Exception {
    HttpResponse<String> home = server.http.get("/");
    String setCookie = home.headers().firstValue("Set-Cookie").orElseThrow();
    String cookie = setCookie.substring(0, setCookie.indexOf(';'));
    String token = cookie.substring(cookie.indexOf('=') + 1);
    String answers = Json.write(Json.parse(Files.readString(answers())));
    String preferences = "{\"minutes\":3,\"place\":\"DESK\",\"seed\":3}";
    HttpResponse<String> planned =
        server.http.postForm(
            "/play",
            "_csrf="
                + token
                + "&answers="
                + URLEncoder.encode(answers, StandardCharsets.UTF_8)
                + "&preferences="
                + URLEncoder.encode(preferences, StandardCharsets.UTF_8),
            "Cookie",
            cookie);
    assertThat(planned.statusCode()).as(planned.body()).isEqualTo(303);
    String player = planned.headers().firstValue("Location").orElseThrow();

    HttpResponse<String> answer =
        server.http.post(
            player + "/events",
            "{\"startedAt\":\""
                + Instant.now()
                + "\",\"events\":["
                + String.join(",", events)
                + "]}",
            "Cookie",
            cookie,
            "X-CSRF-Token",
            token,
            "Accept",
            "application/json");
    assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
    return read(((Map<?, ?>) Json.parse(answer.body())).get("record"));
  }
}

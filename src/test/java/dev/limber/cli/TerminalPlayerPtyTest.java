package dev.limber.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import dev.limber.json.FieldError;
import dev.limber.json.Fields;
import dev.limber.json.Json;
import dev.limber.session.Ending;
import dev.limber.session.Outcome;
import dev.limber.session.PainStop;
import dev.limber.session.SegmentRecord;
import dev.limber.session.SessionRecord;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.api.parallel.Isolated;

/**
 * The real terminal player in a pseudo-terminal: {@code limber go} runs inside a tmux pane (100 ×
 * 30), keys are sent with send-keys, and the screen is read back with capture-pane each time the
 * pane draws (a tmux control client reports every output), until the expected text appears or a
 * deadline passes; the journal is read back afterwards. tmux comes from scripts/setup.sh.
 */
@Isolated
class TerminalPlayerPtyTest {
  private static final Duration DEADLINE = Duration.ofSeconds(30);

  @TempDir Path home;

  /** Variables set for the player besides HOME, as NAME=value. */
  private List<String> environment = List.of();

  private final String socket =
      "limber-test-" + ProcessHandle.current().pid() + "-" + System.nanoTime();

  /** A tmux control client attached to the pane: it prints a line each time the pane draws. */
  private Process control;

  /** One element for each time the pane drew since the screen was last read. */
  private final BlockingQueue<String> drawn = new LinkedBlockingQueue<>();

  @BeforeEach
  void requireTmux() throws Exception {
    try {
      run("tmux", "-V");
    } catch (IOException e) {
      fail("tmux is needed for the terminal player test; scripts/setup.sh installs it", e);
    }
  }

  @AfterEach
  void stopTmux() throws Exception {
    if (control != null) {
      control.getOutputStream().close();
      control.destroy();
    }
    new ProcessBuilder("tmux", "-L", socket, "kill-server")
        .redirectErrorStream(true)
        .redirectOutput(ProcessBuilder.Redirect.DISCARD)
        .start()
        .waitFor(10, TimeUnit.SECONDS);
  }

  @Test
  void pausesSkipsTakesAPopAndStopsForPainWithTheScoreRecorded() throws Exception {
    // Real speed, so the session is kept: the keys end it within seconds.
    start("--minutes", "3", "--place", "desk", "--seed", "3");
    awaitScreen(screen -> screen.contains("Type 0–10 and Enter"));
    keys("2", "Enter");
    awaitScreen(screen -> screen.contains("Now:  Get ready:") && screen.contains("1. "));

    keys("Space");
    awaitScreen(screen -> screen.contains("PAUSED: space to go on"));
    keys("Space");
    awaitScreen(screen -> !screen.contains("PAUSED"));
    keys("n");
    awaitScreen(screen -> screen.contains("Now:  Hold:") && screen.contains("s left"));
    keys("c");
    awaitScreen(screen -> screen.contains("something popped"));
    keys("p");
    awaitScreen(screen -> screen.contains("How much does it hurt now"));
    keys("5", "Enter");
    awaitScreen(screen -> screen.contains("Is it easing now that you have stopped?"));
    keys("y");
    awaitScreen(screen -> screen.contains("sharp, shooting, or spreading into an arm or leg?"));
    keys("n");

    awaitScreen(text -> text.contains("LIMBER-EXIT="));
    String screen = history();
    assertThat(screen).contains("Session stopped for pain").contains("pain 2 → 5, 1 pop.");
    assertThat(screen.replaceAll("\\s+", " "))
        .contains("This is not a mild stop: it is 2 or more points above where you started.")
        .contains("record it with limber review")
        .doesNotContain("Go on without")
        .doesNotContain("[S6]");
    assertThat(screen).contains("LIMBER-EXIT=0");
    SessionRecord record = recordOnScreen();
    assertThat(record.ending()).isEqualTo(Ending.STOPPED_FOR_PAIN);
    assertThat(record.painBefore()).isEqualTo(2);
    assertThat(record.painStop().painScore()).isEqualTo(5);
    assertThat(record.painStop().duringSelfCrack()).isFalse();
    assertThat(record.painStops()).hasSize(1);
    assertThat(record.painStop().easing()).isTrue();
    assertThat(record.painStop().sharpOrSpreading()).isFalse();
    assertThat(record.pops()).isEqualTo(1);
    assertThat(record.segments().get(1).outcome()).isEqualTo(Outcome.SKIPPED);
    assertThat(record.segments().get(record.painStop().segmentIndex()).outcome())
        .isEqualTo(Outcome.SKIPPED);
    assertThat(record.segments().get(record.segments().size() - 1).outcome())
        .isEqualTo(Outcome.NOT_REACHED);
    assertThat(journalSessions())
        .contains(Json.write(record.painStop()))
        .contains("STOPPED_FOR_PAIN");
  }

  @Test
  void playsARoutineToTheEndWithBothPainChecksAndKeepsNothingPlayedFaster() throws Exception {
    start("--minutes", "1", "--place", "desk", "--seed", "1", "--speed", "50");
    awaitScreen(screen -> screen.contains("Type 0–10 and Enter"));
    keys("3", "Enter");

    awaitScreen(screen -> screen.contains("after the routine? Type 0–10"));
    keys("1", "Enter");

    awaitScreen(text -> text.contains("LIMBER-EXIT="));
    String screen = history();
    assertThat(screen).contains("Session finished").contains("pain 3 → 1, 0 pops.");
    SessionRecord record = recordOnScreen();
    assertThat(record.ending()).isEqualTo(Ending.FINISHED);
    assertThat(record.segments()).extracting(SegmentRecord::outcome).containsOnly(Outcome.DONE);
    assertThat(screen).contains("Not recorded.").contains("a demonstration, not kept");
    assertThat(journalSessions()).isEqualTo("[]");
  }

  @Test
  void quittingIsConfirmedOnceThenAsksWhetherToKeepThePartialRecord() throws Exception {
    start("--minutes", "5", "--place", "desk", "--seed", "2");
    awaitScreen(screen -> screen.contains("Type 0–10 and Enter"));
    keys("Enter");
    awaitScreen(screen -> screen.contains("Now:  Get ready:"));

    keys("q");
    awaitScreen(screen -> screen.contains("End the session now?") && screen.contains("PAUSED"));
    keys("y");
    awaitScreen(screen -> screen.contains("Keep the partial record in your journal? [y/n]"));
    keys("n");

    awaitScreen(text -> text.contains("LIMBER-EXIT="));
    String screen = history();
    assertThat(screen).contains("Session ended early").contains("Not recorded.");
    SessionRecord record = recordOnScreen();
    assertThat(record.ending()).isEqualTo(Ending.QUIT);
    assertThat(record.painBefore()).isNull();
    assertThat(journalSessions()).isEqualTo("[]");
  }

  @Test
  void aQuitSessionWithAPopIsKeptWithoutAskingForTheOnceADayGuard() throws Exception {
    start("--minutes", "5", "--place", "desk", "--seed", "2");
    awaitScreen(screen -> screen.contains("Type 0–10 and Enter"));
    keys("Enter");
    awaitScreen(screen -> screen.contains("Now:  Get ready:"));

    keys("c");
    awaitScreen(screen -> screen.contains("something popped"));
    keys("q");
    awaitScreen(screen -> screen.contains("End the session now?"));
    keys("y");

    awaitScreen(text -> text.contains("LIMBER-EXIT="));
    String screen = history();
    assertThat(screen).doesNotContain("[y/n]").contains("The partial record is kept");
    assertThat(screen).contains("Session ended early").contains("1 pop");
    assertThat(journalSessions()).contains("\"ending\":\"QUIT\"").contains("\"pops\":1");
  }

  @Test
  void aDemonstrationPlayedFasterAsksNothingWhenQuitAndKeepsNothing() throws Exception {
    start("--minutes", "5", "--place", "desk", "--seed", "2", "--speed", "2");
    awaitScreen(screen -> screen.contains("Type 0–10 and Enter"));
    keys("Enter");
    awaitScreen(screen -> screen.contains("Now:  Get ready:"));

    keys("q");
    awaitScreen(screen -> screen.contains("End the session now?"));
    keys("y");

    awaitScreen(text -> text.contains("LIMBER-EXIT="));
    String screen = history();
    assertThat(screen).doesNotContain("[y/n]").contains("a demonstration, not kept");
    assertThat(journalSessions()).isEqualTo("[]");
  }

  @Test
  void aMildStopGoesOnWithoutThatTechniqueAndTheSessionFinishesWithOneStop() throws Exception {
    start("--minutes", "3", "--place", "desk", "--seed", "3");
    awaitScreen(screen -> screen.contains("Type 0–10 and Enter"));
    keys("2", "Enter");
    awaitScreen(screen -> screen.contains("Now:  Get ready:") && screen.contains("1. "));
    keys("n");
    String hold =
        awaitScreen(screen -> screen.contains("Now:  Hold:") && screen.contains("s left"));
    String technique = techniqueOn(hold);

    keys("p");
    awaitScreen(screen -> screen.contains("How much does it hurt now"));
    keys("3", "Enter");
    awaitScreen(screen -> screen.contains("Is it easing now"));
    keys("y");
    awaitScreen(screen -> screen.contains("Is it sharp"));
    keys("n");
    String choice = awaitScreen(screen -> screen.contains("A mild stop"));
    assertThat(choice.replaceAll("\\s+", " "))
        .contains("rests for a week, with no self-cracking meanwhile")
        .contains("Limber asks whether your back has settled")
        .contains("Enter End the session")
        .contains("g Go on without “" + technique + "”");
    keys("g");
    awaitScreen(screen -> screen.contains("Going on without"));
    String shown = screen();
    while (!shown.contains("after the routine? Type 0–10")) {
      String segment = segmentOn(shown);
      keys("n");
      shown =
          awaitScreen(
              screen ->
                  screen.contains("after the routine? Type 0–10")
                      || !segmentOn(screen).equals(segment));
    }
    keys("2", "Enter");

    awaitScreen(text -> text.contains("LIMBER-EXIT="));
    SessionRecord record = recordOnScreen();
    assertThat(record.ending()).isEqualTo(Ending.FINISHED);
    assertThat(record.painStops()).hasSize(1);
    PainStop stop = record.painStops().get(0);
    assertThat(stop.easing()).isTrue();
    assertThat(stop.sharpOrSpreading()).isFalse();
    assertThat(stop.painScore()).isEqualTo(3);
    String held = stop.techniqueId();
    assertThat(record.segments())
        .filteredOn(segment -> held.equals(segment.techniqueId()))
        .extracting(SegmentRecord::outcome)
        .doesNotContain(Outcome.DONE, Outcome.NOT_REACHED);
    assertThat(history()).contains("Session finished").contains("Recorded in your journal.");
    assertThat(journalSessions())
        .contains("\"ending\":\"FINISHED\"")
        .contains(Json.write(record.painStops()));
  }

  @Test
  void anAlarmOrAQuitPressedByMistakeGoesBackWithNothingRecorded() throws Exception {
    start("--minutes", "5", "--place", "desk", "--seed", "2");
    awaitScreen(screen -> screen.contains("Type 0–10 and Enter"));
    keys("1", "Enter");
    awaitScreen(screen -> screen.contains("Now:  Get ready:"));

    keys("a");
    String step =
        awaitScreen(screen -> screen.contains("A new symptom") && screen.contains("PAUSED"));
    assertThat(step)
        .contains("1  numbness or tingling")
        .contains("2  weakness")
        .contains("3  chest pain or breathlessness")
        .contains("4  swelling")
        .contains("b  Back to the session; nothing is recorded");
    keys("b");
    awaitScreen(screen -> screen.contains("a new symptom · q quit") && !screen.contains("PAUSED"));
    keys("q");
    awaitScreen(screen -> screen.contains("End the session now?"));
    keys("Escape");
    awaitScreen(screen -> screen.contains("q quit") && !screen.contains("End the session now?"));
    keys("q");
    awaitScreen(screen -> screen.contains("End the session now?"));
    keys("y");
    awaitScreen(screen -> screen.contains("Keep the partial record in your journal? [y/n]"));
    keys("y");

    awaitScreen(text -> text.contains("LIMBER-EXIT="));
    SessionRecord record = recordOnScreen();
    assertThat(record.ending()).isEqualTo(Ending.QUIT);
    assertThat(record.painStops()).isEmpty();
    assertThat(history()).doesNotContain("In an emergency").doesNotContain("You reported");
    assertThat(journalSessions()).contains("\"ending\":\"QUIT\"");
  }

  @Test
  void aConfirmedSymptomEndsTheSessionWithTheEmergencyNoticeNamingTheNumber() throws Exception {
    environment = List.of("LIMBER_EMERGENCY_NUMBER=999");
    start("--minutes", "3", "--place", "desk", "--seed", "3");
    awaitScreen(screen -> screen.contains("Type 0–10 and Enter"));
    keys("2", "Enter");
    awaitScreen(screen -> screen.contains("Now:  Get ready:"));

    keys("a");
    awaitScreen(screen -> screen.contains("3  chest pain or breathlessness"));
    keys("3");

    awaitScreen(text -> text.contains("LIMBER-EXIT="));
    String screen = history().replaceAll("\\s+", " ");
    assertThat(screen)
        .contains("Session ended for a new symptom.")
        .contains(
            "You reported chest pain or breathlessness. This can be an emergency: call 999 now.")
        .contains("In an emergency: Call 999 now")
        .doesNotContain("112");
    SessionRecord record = recordOnScreen();
    assertThat(record.ending()).isEqualTo(Ending.ENDED_FOR_SYMPTOMS);
    assertThat(journalSessions()).contains("ENDED_FOR_SYMPTOMS");
  }

  private void start(String... options) throws Exception {
    start(100, 30, options);
  }

  private void start(int columns, int rows, String... options) throws Exception {
    Path answers = Path.of(getClass().getResource("/answers/clear.json").toURI());
    List<String> command = new ArrayList<>();
    command.add("env");
    command.add("HOME=" + home);
    command.addAll(environment);
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    // A short run: the first compiler tier and the serial collector start it soonest.
    command.addAll(List.of("-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-Xshare:auto"));
    command.add("-cp");
    command.add(classPath());
    command.add("dev.limber.Main");
    command.add("go");
    command.add("--answers");
    command.add(answers.toString());
    command.add("--json");
    command.add("--db");
    command.add(databaseUrl());
    command.addAll(List.of(options));
    String shell =
        String.join(" ", command.stream().map(TerminalPlayerPtyTest::quoted).toList())
            + "; echo LIMBER-EXIT=$?; sleep 600";
    run(
        "tmux",
        "-L",
        socket,
        "new-session",
        "-d",
        "-s",
        "go",
        "-x",
        Integer.toString(columns),
        "-y",
        Integer.toString(rows),
        shell);
    control =
        new ProcessBuilder("tmux", "-L", socket, "-C", "attach-session", "-t", "go")
            .redirectErrorStream(true)
            .start();
    Thread reader =
        new Thread(
            () -> {
              try (BufferedReader lines =
                  new BufferedReader(
                      new InputStreamReader(control.getInputStream(), StandardCharsets.UTF_8))) {
                for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                  if (line.startsWith("%output") || line.startsWith("%exit")) {
                    drawn.add(line);
                  }
                }
              } catch (IOException e) {
                drawn.add("%exit " + e.getMessage());
              }
            },
            "tmux-control-" + socket);
    reader.setDaemon(true);
    reader.start();
  }

  @Test
  void at80By24EveryLineBreaksBetweenWordsAndTheLegendIsWholeAlsoAfterAResize() throws Exception {
    start(80, 24, "--minutes", "5", "--place", "desk", "--seed", "4", "--speed", "0.5", "--quiet");
    awaitScreen(screen -> screen.contains("Type 0–10 and Enter"));
    keys("2", "Enter");

    String wide =
        awaitScreen(screen -> screen.contains("Now:  Get ready:") && screen.contains("2. "));

    assertReadsWhole(wide, 80, 24);

    run("tmux", "-L", socket, "resize-window", "-t", "go", "-x", "46", "-y", "24");
    String narrow =
        awaitScreen(
            screen ->
                screen.lines().allMatch(line -> line.length() <= 46)
                    && screen.contains("Now:  Get ready:"));

    assertReadsWhole(narrow, 46, 24);
  }

  @Test
  void countsThreeSecondsBeforeTheFirstExerciseAndNeverShowsPausedOverAStop() throws Exception {
    start("--minutes", "3", "--place", "desk", "--seed", "3", "--speed", "1");
    awaitScreen(screen -> screen.contains("Type 0–10 and Enter"));
    keys("1", "Enter");
    awaitScreen(screen -> screen.contains("Now:  Get ready:"));
    keys("n");

    awaitScreen(screen -> screen.contains("GET READY: 3") || screen.contains("GET READY: 2"));
    keys("p");

    String stopped = awaitScreen(screen -> screen.contains("How much does it hurt now"));
    assertThat(stopped).contains("STOPPED").doesNotContain("PAUSED");
    keys("3", "Enter");
    awaitScreen(screen -> screen.contains("Is it easing now"));
    keys("y");
    awaitScreen(screen -> screen.contains("Is it sharp"));
    keys("n");
    awaitScreen(text -> text.contains("LIMBER-EXIT="));
  }

  /**
   * The screen shows the current technique's text whole: joined across lines, every step and cue
   * reads as the catalog has it (a word cut at the edge would read as two), no line is wider than
   * the terminal, and every key of the legend is there.
   */
  private static void assertReadsWhole(String screen, int columns, int rows) {
    List<String> lines = screen.lines().toList();
    assertThat(lines).allSatisfy(line -> assertThat(line.length()).isLessThanOrEqualTo(columns));
    assertThat(lines.size()).isLessThanOrEqualTo(rows);
    String joined = String.join(" ", lines).replaceAll("\\s+", " ");
    for (String key : TerminalPlayer.KEYS) {
      assertThat(joined).contains(key);
    }
    String now = lines.stream().filter(line -> line.startsWith("Now:")).findFirst().orElseThrow();
    dev.limber.catalog.Technique technique =
        dev.limber.catalog.Catalog.bundled().techniques().stream()
            .filter(candidate -> now.contains(candidate.name()))
            .findFirst()
            .orElseThrow();
    List<String> shown = new ArrayList<>();
    for (int step = 0; step < technique.steps().size(); step++) {
      if (joined.contains((step + 1) + ". ")) {
        shown.add(technique.steps().get(step));
      }
    }
    assertThat(shown).isNotEmpty();
    shown.forEach(step -> assertThat(joined).contains(step.replaceAll("\\s+", " ")));
  }

  private String databaseUrl() {
    return "jdbc:h2:file:" + home.resolve("journal");
  }

  /** The sessions the journal holds, read back by a separate run of {@code limber history}. */
  private String journalSessions() {
    CliRun history = CliRun.of("history", "--json", "--db", databaseUrl());
    assertThat(history.exitCode()).as(history.err()).isZero();
    @SuppressWarnings("unchecked")
    Map<String, Object> journal = (Map<String, Object>) Json.parse(history.out());
    return Json.write(journal.get("sessions"));
  }

  /** The test class path as surefire knows it, so the player runs from the compiled classes. */
  private static String classPath() {
    String testClassPath = System.getProperty("surefire.test.class.path");
    return testClassPath != null ? testClassPath : System.getProperty("java.class.path");
  }

  private void keys(String... keys) throws Exception {
    List<String> command = new ArrayList<>(List.of("tmux", "-L", socket, "send-keys", "-t", "go"));
    command.addAll(List.of(keys));
    run(command.toArray(String[]::new));
  }

  /**
   * Reads the visible screen now and again each time the pane draws, until it satisfies {@code
   * expected}; fails at the deadline.
   */
  private String awaitScreen(Predicate<String> expected) throws Exception {
    long deadline = System.nanoTime() + DEADLINE.toNanos();
    String screen = "";
    while (true) {
      // Emptied before the read: whatever the pane draws after it leaves a line to wake on.
      drawn.clear();
      screen = screen();
      if (expected.test(screen)) {
        return screen;
      }
      long left = deadline - System.nanoTime();
      if (left <= 0 || drawn.poll(left, TimeUnit.NANOSECONDS) == null) {
        throw new AssertionError(
            "the screen never showed what was expected; last screen:\n" + screen());
      }
    }
  }

  private String screen() throws Exception {
    return run("tmux", "-L", socket, "capture-pane", "-p", "-t", "go");
  }

  /** The segment a screen shows: its "Now:" and "Next:" lines, which a skip changes. */
  private static String segmentOn(String screen) {
    return screen
        .lines()
        .filter(line -> line.startsWith("Now:") || line.startsWith("Next:"))
        .collect(java.util.stream.Collectors.joining("\n"));
  }

  /** The name of the catalog technique on the "Now:" line of a screen. */
  private static String techniqueOn(String screen) {
    String now = screen.lines().filter(line -> line.startsWith("Now:")).findFirst().orElseThrow();
    return dev.limber.catalog.Catalog.bundled().techniques().stream()
        .map(dev.limber.catalog.Technique::name)
        .filter(now::contains)
        .max(java.util.Comparator.comparingInt(String::length))
        .orElseThrow();
  }

  /** Everything the pane has shown, scrolled-off lines included. */
  private String history() throws Exception {
    return run("tmux", "-L", socket, "capture-pane", "-p", "-J", "-S", "-", "-t", "go");
  }

  /** The session record {@code --json} printed at the end, read from the pane's whole history. */
  private SessionRecord recordOnScreen() throws Exception {
    String history = history();
    int start = history.lastIndexOf("\n{\n");
    int end = history.indexOf("\n}\n", start);
    assertThat(start).as("a JSON record on screen:\n" + history).isNotNegative();
    String json = history.substring(start + 1, end + 2);
    List<FieldError> errors = new ArrayList<>();
    SessionRecord record =
        SessionRecord.read(Fields.root(Json.parse(json), "session", errors)).orElse(null);
    assertThat(errors).isEmpty();
    return record;
  }

  private static String run(String... command) throws IOException, InterruptedException {
    Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
    byte[] output = process.getInputStream().readAllBytes();
    if (!process.waitFor(10, TimeUnit.SECONDS) || process.exitValue() != 0) {
      throw new IOException(
          String.join(" ", command) + " failed: " + new String(output, StandardCharsets.UTF_8));
    }
    return new String(output, StandardCharsets.UTF_8);
  }

  private static String quoted(String word) {
    return "'" + word.replace("'", "'\\''") + "'";
  }
}

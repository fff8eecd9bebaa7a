package dev.limber.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.limber.json.FieldError;
import dev.limber.json.Fields;
import dev.limber.json.Json;
import dev.limber.screening.NewSymptom;
import dev.limber.screening.SafetyWords;
import dev.limber.session.Ending;
import dev.limber.session.Outcome;
import dev.limber.session.PainStop;
import dev.limber.session.SegmentRecord;
import dev.limber.session.SessionRecord;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
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
  @TempDir Path home;

  /** Variables set for the player besides HOME, as NAME=value. */
  private List<String> environment = List.of();

  private TmuxPane pane;

  /** The journal's file name under {@link #home}. */
  private String journal = "journal";

  @AfterEach
  void stopTmux() throws Exception {
    if (pane != null) {
      pane.close();
    }
  }

  @Test
  void pausesSkipsTakesAPopAndStopsForPainWithTheScoreRecorded() throws Exception {
    // Real speed, so the session is kept: the keys end it within seconds.
    start("--minutes", "3", "--place", "desk", "--seed", "3");
    pane.awaitScreen(screen -> screen.contains("Type 0–10 and Enter"));
    pane.keys("2", "Enter");
    pane.awaitScreen(screen -> screen.contains("Now:  Get ready:") && screen.contains("1. "));

    pane.keys("Space");
    pane.awaitScreen(screen -> screen.contains("PAUSED: space to go on"));
    pane.keys("Space");
    pane.awaitScreen(screen -> !screen.contains("PAUSED"));
    pane.keys("h");
    pane.awaitScreen(screen -> screen.contains("Now:  Hold:") && screen.contains("s left"));
    pane.keys("c");
    pane.awaitScreen(screen -> screen.contains("your back cracked"));
    pane.keys("p");
    pane.awaitScreen(screen -> screen.contains("How much does it hurt now"));
    pane.keys("5", "Enter");
    pane.awaitScreen(screen -> screen.contains("Is it easing now that you have stopped?"));
    pane.keys("y");
    pane.awaitScreen(
        screen -> screen.contains("sharp, shooting, or spreading into an arm or leg?"));
    pane.keys("n");

    pane.awaitScreen(text -> text.contains("LIMBER-EXIT="));
    String screen = pane.history();
    // The summary is wrapped to the pane like every line of people's words.
    assertThat(screen.replaceAll("\\s+", " "))
        .contains("Session stopped for pain")
        .contains("pain 2 → 5, a release felt.");
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
    pane.awaitScreen(screen -> screen.contains("Type 0–10 and Enter"));
    pane.keys("3", "Enter");

    pane.awaitScreen(screen -> screen.contains("after the routine? Type 0–10"));
    pane.keys("1", "Enter");

    pane.awaitScreen(text -> text.contains("LIMBER-EXIT="));
    String screen = pane.history();
    assertThat(screen.replaceAll("\\s+", " ")).contains("Session finished").contains("pain 3 → 1.");
    SessionRecord record = recordOnScreen();
    assertThat(record.ending()).isEqualTo(Ending.FINISHED);
    assertThat(record.segments()).extracting(SegmentRecord::outcome).containsOnly(Outcome.DONE);
    assertThat(screen).contains("Not recorded.").contains("a demonstration, not kept");
    assertThat(journalSessions()).isEqualTo("[]");
  }

  @Test
  void quittingIsConfirmedOnceThenAsksWhetherToKeepThePartialRecord() throws Exception {
    start("--minutes", "5", "--place", "desk", "--seed", "2");
    pane.awaitScreen(screen -> screen.contains("Type 0–10 and Enter"));
    pane.keys("Enter");
    pane.awaitScreen(screen -> screen.contains("Now:  Get ready:"));

    pane.keys("q");
    pane.awaitScreen(
        screen -> screen.contains("End the session now?") && screen.contains("PAUSED"));
    pane.keys("y");
    pane.awaitScreen(screen -> screen.contains("Keep the partial record in your journal? [y/n]"));
    pane.keys("n");

    pane.awaitScreen(text -> text.contains("LIMBER-EXIT="));
    String screen = pane.history();
    assertThat(screen).contains("Session ended early").contains("Not recorded.");
    SessionRecord record = recordOnScreen();
    assertThat(record.ending()).isEqualTo(Ending.QUIT);
    assertThat(record.painBefore()).isNull();
    assertThat(journalSessions()).isEqualTo("[]");
  }

  @Test
  void aQuitSessionWithAPopIsKeptWithoutAskingForTheOnceADayGuard() throws Exception {
    start("--minutes", "5", "--place", "desk", "--seed", "2");
    pane.awaitScreen(screen -> screen.contains("Type 0–10 and Enter"));
    pane.keys("Enter");
    pane.awaitScreen(screen -> screen.contains("Now:  Get ready:"));

    pane.keys("c");
    pane.awaitScreen(screen -> screen.contains("your back cracked"));
    pane.keys("q");
    pane.awaitScreen(screen -> screen.contains("End the session now?"));
    pane.keys("y");

    pane.awaitScreen(text -> text.contains("LIMBER-EXIT="));
    String screen = pane.history();
    assertThat(screen).doesNotContain("[y/n]").contains("The partial record is kept");
    assertThat(screen.replaceAll("\\s+", " "))
        .contains("Session ended early")
        .contains("a release felt");
    assertThat(journalSessions()).contains("\"ending\":\"QUIT\"").contains("\"pops\":1");
  }

  @Test
  void aDemonstrationPlayedFasterAsksNothingWhenQuitAndKeepsNothing() throws Exception {
    start("--minutes", "5", "--place", "desk", "--seed", "2", "--speed", "2");
    pane.awaitScreen(screen -> screen.contains("Type 0–10 and Enter"));
    pane.keys("Enter");
    pane.awaitScreen(screen -> screen.contains("Now:  Get ready:"));

    pane.keys("q");
    pane.awaitScreen(screen -> screen.contains("End the session now?"));
    pane.keys("y");

    pane.awaitScreen(text -> text.contains("LIMBER-EXIT="));
    String screen = pane.history();
    assertThat(screen).doesNotContain("[y/n]").contains("a demonstration, not kept");
    assertThat(journalSessions()).isEqualTo("[]");
  }

  @Test
  void aMildStopGoesOnWithoutThatTechniqueAndTheSessionFinishesWithOneStop() throws Exception {
    start("--minutes", "3", "--place", "desk", "--seed", "3");
    pane.awaitScreen(screen -> screen.contains("Type 0–10 and Enter"));
    pane.keys("2", "Enter");
    pane.awaitScreen(screen -> screen.contains("Now:  Get ready:") && screen.contains("1. "));
    pane.keys("h");
    String hold =
        pane.awaitScreen(screen -> screen.contains("Now:  Hold:") && screen.contains("s left"));
    String technique = techniqueOn(hold);

    pane.keys("p");
    pane.awaitScreen(screen -> screen.contains("How much does it hurt now"));
    pane.keys("3", "Enter");
    pane.awaitScreen(screen -> screen.contains("Is it easing now"));
    pane.keys("y");
    pane.awaitScreen(screen -> screen.contains("Is it sharp"));
    pane.keys("n");
    String choice = pane.awaitScreen(screen -> screen.contains("A mild stop"));
    assertThat(choice.replaceAll("\\s+", " "))
        .contains("rests for a week, with no self-cracking meanwhile")
        .contains("Limber asks whether your back has settled")
        .contains("Enter End the session")
        .contains("g Go on without “" + technique + "”");
    pane.keys("g");
    pane.awaitScreen(screen -> screen.contains("Going on without"));
    String shown = pane.screen();
    while (!shown.contains("after the routine? Type 0–10")) {
      String segment = segmentOn(shown);
      pane.keys("n");
      shown =
          pane.awaitScreen(
              screen ->
                  screen.contains("after the routine? Type 0–10")
                      || !segmentOn(screen).equals(segment));
    }
    pane.keys("2", "Enter");

    pane.awaitScreen(text -> text.contains("LIMBER-EXIT="));
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
    assertThat(pane.history().replaceAll("\\s+", " "))
        .contains("Session finished")
        .contains("Recorded in your journal.");
    assertThat(journalSessions())
        .contains("\"ending\":\"FINISHED\"")
        .contains(Json.write(record.painStops()));
  }

  @Test
  void anAlarmOrAQuitPressedByMistakeGoesBackWithNothingRecorded() throws Exception {
    start("--minutes", "5", "--place", "desk", "--seed", "2");
    pane.awaitScreen(screen -> screen.contains("Type 0–10 and Enter"));
    pane.keys("1", "Enter");
    pane.awaitScreen(screen -> screen.contains("Now:  Get ready:"));

    pane.keys("a");
    String step =
        pane.awaitScreen(screen -> screen.contains("A new symptom") && screen.contains("PAUSED"));
    assertThat(step)
        .contains("1  numbness or tingling")
        .contains("2  weakness")
        .contains("3  chest pain or breathlessness")
        .contains("4  swelling")
        .contains("b  Back to the session; nothing is recorded");
    pane.keys("b");
    pane.awaitScreen(
        screen -> screen.contains("a new symptom · q quit") && !screen.contains("PAUSED"));
    pane.keys("q");
    pane.awaitScreen(screen -> screen.contains("End the session now?"));
    pane.keys("Escape");
    pane.awaitScreen(
        screen -> screen.contains("q quit") && !screen.contains("End the session now?"));
    pane.keys("q");
    pane.awaitScreen(screen -> screen.contains("End the session now?"));
    pane.keys("y");
    pane.awaitScreen(screen -> screen.contains("Keep the partial record in your journal? [y/n]"));
    pane.keys("y");

    pane.awaitScreen(text -> text.contains("LIMBER-EXIT="));
    SessionRecord record = recordOnScreen();
    assertThat(record.ending()).isEqualTo(Ending.QUIT);
    assertThat(record.painStops()).isEmpty();
    assertThat(pane.history()).doesNotContain("In an emergency").doesNotContain("You reported");
    assertThat(journalSessions()).contains("\"ending\":\"QUIT\"");
  }

  @Test
  void aConfirmedSymptomEndsTheSessionWithTheEmergencyNoticeNamingTheNumber() throws Exception {
    environment = List.of("LIMBER_EMERGENCY_NUMBER=999");
    start("--minutes", "3", "--place", "desk", "--seed", "3");
    pane.awaitScreen(screen -> screen.contains("Type 0–10 and Enter"));
    pane.keys("2", "Enter");
    pane.awaitScreen(screen -> screen.contains("Now:  Get ready:"));

    pane.keys("a");
    pane.awaitScreen(screen -> screen.contains("3  chest pain or breathlessness"));
    pane.keys("3");

    pane.awaitScreen(text -> text.contains("LIMBER-EXIT="));
    String screen = pane.history().replaceAll("\\s+", " ");
    // Every sentence of the stop is the word table's, the number filled in.
    SafetyWords words = SafetyWords.bundled();
    SafetyWords.SymptomWords chestPain = words.symptom(NewSymptom.CHEST_PAIN);
    assertThat(screen)
        .contains(chestPain.callLine().replace(SafetyWords.NUMBER, "999"))
        .contains(words.sentence(SafetyWords.Sentence.sessionEndedForSymptom))
        .contains(
            words
                .sentence(SafetyWords.Sentence.symptomEnded)
                .replace(SafetyWords.SYMPTOM, chestPain.words()))
        .contains(chestPain.advice());
    assertThat(screen)
        .contains("Session ended for a new symptom.")
        .contains("Call 999 now: chest pain or breathlessness can be an emergency.")
        .contains("You reported chest pain or breathlessness, so the session has ended.")
        .contains("In an emergency: Call 999 now")
        .doesNotContain("112");
    SessionRecord record = recordOnScreen();
    assertThat(record.ending()).isEqualTo(Ending.ENDED_FOR_SYMPTOMS);
    assertThat(journalSessions()).contains("ENDED_FOR_SYMPTOMS");
  }

  @Test
  void theEmergencyStopNamesTheNumberFirstAndTheSymptomAt60And80Columns() throws Exception {
    environment = List.of("LIMBER_EMERGENCY_NUMBER=999");
    for (int columns : new int[] {60, 80}) {
      // A journal of its own: a session ended for a symptom would stop the next screening.
      journal = "journal-" + columns;
      start(columns, 24, "--minutes", "3", "--place", "desk", "--seed", "3");
      pane.awaitScreen(screen -> screen.contains("Type 0–10 and Enter"));
      pane.keys("2", "Enter");
      pane.awaitScreen(screen -> screen.contains("Now:  Get ready:"));
      pane.keys("a");
      pane.awaitScreen(screen -> screen.contains("chest pain or breathlessness"));
      pane.keys("3");

      pane.awaitScreen(text -> text.contains("LIMBER-EXIT="));
      // Rows as the pane shows them: a word the terminal had to break would read as two.
      List<String> rows = pane.rows().lines().toList();
      int ended = rows.lastIndexOf("Limber guided session: ended");
      assertThat(rows.get(ended + 2)).startsWith("Call 999 now: chest pain");
      int closing = rows.subList(ended + 3, rows.size()).indexOf("") + ended + 4;
      assertThat(rows.get(closing)).startsWith("Call 999 now: chest pain");
      List<String> notice = rows.subList(ended, rows.indexOf("{"));
      assertThat(String.join(" ", notice).replaceAll("\\s+", " "))
          .contains("Call 999 now: chest pain or breathlessness can be an emergency.")
          .contains("You reported chest pain or breathlessness, so the session has ended.")
          .contains("Sit down and rest while you wait for help, and do not drive yourself.")
          .contains("Limber cannot help with these.");
      TmuxPane.save("player-emergency-" + columns + ".txt", String.join("\n", notice));
      pane.close();
      pane = null;
    }
  }

  private void start(String... options) throws Exception {
    start(100, 30, options);
  }

  private void start(int columns, int rows, String... options) throws Exception {
    Path answers = Path.of(getClass().getResource("/answers/clear.json").toURI());
    List<String> arguments = new ArrayList<>();
    arguments.addAll(
        List.of("go", "--answers", answers.toString(), "--json", "--db", databaseUrl()));
    arguments.addAll(List.of(options));
    List<String> variables = new ArrayList<>(List.of("HOME=" + home));
    variables.addAll(environment);
    pane = TmuxPane.run(columns, rows, variables, arguments);
  }

  @Test
  void at80By24EveryLineBreaksBetweenWordsAndTheLegendIsWholeAlsoAfterAResize() throws Exception {
    start(80, 24, "--minutes", "5", "--place", "desk", "--seed", "4", "--speed", "0.5", "--quiet");
    pane.awaitScreen(screen -> screen.contains("Type 0–10 and Enter"));
    pane.keys("2", "Enter");

    String wide =
        pane.awaitScreen(screen -> screen.contains("Now:  Get ready:") && screen.contains("2. "));

    assertReadsWhole(wide, 80, 24);

    pane.resize(46, 24);
    String narrow =
        pane.awaitScreen(
            screen ->
                screen.lines().allMatch(line -> line.length() <= 46)
                    && screen.contains("Now:  Get ready:"));

    assertReadsWhole(narrow, 46, 24);
  }

  @Test
  void countsThreeSecondsBeforeTheFirstExerciseAndNeverShowsPausedOverAStop() throws Exception {
    start("--minutes", "3", "--place", "desk", "--seed", "3", "--speed", "1");
    pane.awaitScreen(screen -> screen.contains("Type 0–10 and Enter"));
    pane.keys("1", "Enter");
    pane.awaitScreen(screen -> screen.contains("Now:  Get ready:"));
    pane.keys("h");

    pane.awaitScreen(screen -> screen.contains("GET READY: 3") || screen.contains("GET READY: 2"));
    pane.keys("p");

    String stopped = pane.awaitScreen(screen -> screen.contains("How much does it hurt now"));
    assertThat(stopped).contains("STOPPED").doesNotContain("PAUSED");
    pane.keys("3", "Enter");
    pane.awaitScreen(screen -> screen.contains("Is it easing now"));
    pane.keys("y");
    pane.awaitScreen(screen -> screen.contains("Is it sharp"));
    pane.keys("n");
    pane.awaitScreen(text -> text.contains("LIMBER-EXIT="));
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
    return "jdbc:h2:file:" + home.resolve(journal);
  }

  /** The sessions the journal holds, read back by a separate run of {@code limber history}. */
  private String journalSessions() {
    CliRun history = CliRun.of("history", "--json", "--db", databaseUrl());
    assertThat(history.exitCode()).as(history.err()).isZero();
    @SuppressWarnings("unchecked")
    Map<String, Object> journal = (Map<String, Object>) Json.parse(history.out());
    return Json.write(journal.get("sessions"));
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

  /** The session record {@code --json} printed at the end, read from the pane's whole history. */
  private SessionRecord recordOnScreen() throws Exception {
    String history = pane.history();
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
}

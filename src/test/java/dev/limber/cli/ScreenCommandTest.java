package dev.limber.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.limber.Main;
import dev.limber.json.Json;
import dev.limber.screening.EmergencyNotice;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ScreenCommandTest {
  private static final String CLEAR =
      "{\"conditions\":[],\"symptoms\":{\"painScore\":2,\"painDurationWeeks\":1,"
          + "\"numbness\":[],\"weakness\":[],\"bladderOrBowelChange\":false,\"chestPain\":false,\"fever\":false,"
          + "\"unexplainedWeightLoss\":false,\"swelling\":false,\"nightPainOrUnrelievedByRest\":false,"
          + "\"painWorseWithCoughSneeze\":false},"
          + "\"history\":{\"ageYears\":34,\"recentTrauma\":\"NONE\",\"firstEpisode\":false,"
          + "\"canGetDownToFloor\":true,"
          + "\"canLieFlatWithoutBackDiscomfort\":true,\"canReachMidBack\":true}}";
  private static final String ARTHRITIS = CLEAR.replaceFirst("\\[]", "[\"OSTEOARTHRITIS\"]");

  @TempDir Path folder;

  @Test
  void screensAnAnswersFileAndPrintsVerdictReasonsTechniquesAndAdvice() throws IOException {
    Path answers = Files.writeString(folder.resolve("answers.json"), ARTHRITIS);

    CliRun run = CliRun.of("screen", "--no-journal", "--answers", answers.toString());

    assertThat(run.exitCode()).isZero();
    assertThat(run.out())
        .contains("Verdict: Stretches only")
        .contains("With osteoarthritis, osteopeni")
        .doesNotContain("X1")
        .contains(
            "Sources: wikiHow, co-authored by a physical therapist: How to Crack Your Upper Back")
        .contains("wall-slide")
        // The verdict took self-cracking away, so the offer to have it checked stays (rev. 3 §6).
        .contains("whether self-cracking suits you")
        .contains(EmergencyNotice.text())
        .doesNotContain("chair-back-extension");
    assertThat(run.err()).isEmpty();
  }

  @Test
  void readsAnswersFromStandardInputWithADash() {
    CliRun run = CliRun.withInput(CLEAR, "screen", "--no-journal", "--answers", "-", "--json");

    assertThat(run.exitCode()).isZero();
    assertThat(((Map<?, ?>) Json.parse(run.out())).get("verdict")).isEqualTo("CLEAR");
  }

  @Test
  void jsonOutputIsExactlyTheSpecShape() {
    CliRun run = CliRun.withInput(ARTHRITIS, "screen", "--no-journal", "--answers", "-", "--json");

    Map<?, ?> json = (Map<?, ?>) Json.parse(run.out());
    assertThat(new ArrayList<Object>(json.keySet()))
        .containsExactly("verdict", "reasons", "techniques", "advisories", "emergencyNotice");
  }

  @Test
  void listsStretchesBeforeSelfCrackInTheTextOutput() {
    CliRun run = CliRun.withInput(CLEAR, "screen", "--no-journal", "--answers", "-");

    assertThat(run.out().indexOf("butterfly-elbows"))
        .isLessThan(run.out().indexOf("chair-back-extension"));
  }

  @Test
  void aVerdictOfAnyKindExitsZero() {
    CliRun run =
        CliRun.withInput(
            CLEAR.replace("\"chestPain\":false", "\"chestPain\":true"),
            "screen",
            "--no-journal",
            "--answers",
            "-");

    assertThat(run.exitCode()).isZero();
    assertThat(run.out())
        .contains("Verdict: Get medical help")
        .contains("Techniques for today: none.");
  }

  @Test
  void invalidAnswersExitTwoWithEveryErrorOnStderr() {
    CliRun run =
        CliRun.withInput(
            CLEAR.replace("\"painScore\":2", "\"painScore\":\"7\",\"chest_pain\":true"),
            "screen",
            "--no-journal",
            "--answers",
            "-");

    assertThat(run.exitCode()).isEqualTo(ExitCode.INVALID_INPUT);
    assertThat(run.err())
        .contains("symptoms.painScore")
        .contains("symptoms.chest_pain")
        .contains(EmergencyNotice.text());
    assertThat(run.out()).isEmpty();
  }

  @Test
  void invalidAnswersWithJsonPrintTheErrorObjectOnStdout() {
    CliRun run =
        CliRun.withInput(
            "{\"conditions\":[]}", "screen", "--no-journal", "--answers", "-", "--json");

    assertThat(run.exitCode()).isEqualTo(ExitCode.INVALID_INPUT);
    Map<?, ?> json = (Map<?, ?>) Json.parse(run.out());
    assertThat(new ArrayList<Object>(json.keySet())).containsExactly("errors", "emergencyNotice");
    assertThat(run.err()).contains("symptoms").contains("history");
  }

  @Test
  void malformedJsonExitsTwoNamingTheDocument() {
    CliRun run = CliRun.withInput("{\"conditions\": [", "screen", "--no-journal", "--answers", "-");

    assertThat(run.exitCode()).isEqualTo(ExitCode.INVALID_INPUT);
    assertThat(run.err()).contains("(document)");
  }

  @Test
  void aMissingAnswersFileExitsTwoNamingIt() {
    CliRun run =
        CliRun.of(
            "screen",
            "--no-journal",
            "--answers",
            folder.resolve("nope.json").toString(),
            "--json");

    assertThat(run.exitCode()).isEqualTo(ExitCode.INVALID_INPUT);
    assertThat(run.err()).contains("nope.json");
    assertThat(((Map<?, ?>) Json.parse(run.out())).get("emergencyNotice"))
        .isEqualTo(EmergencyNotice.text());
  }

  @Test
  void withoutATerminalAndWithoutAnswersExitsTwoWithUsage() {
    CliRun run = CliRun.of("screen", "--no-journal");

    assertThat(run.exitCode()).isEqualTo(ExitCode.INVALID_INPUT);
    assertThat(run.err()).contains("--answers").contains("limber screen --help");
    assertThat(run.out()).isEmpty();
  }

  @Test
  void questionnaireStopsAtTheFirstRedFlagWithUrgentAdvice() {
    // Chest pain and the arms come first, then the bladder and the saddle area.
    Terminal run = Terminal.run(List.of("n", "n", "n", "n", "y"), "screen", "--no-journal");

    assertThat(run.exitCode()).isZero();
    assertThat(run.out())
        .contains("chest pain")
        .contains("bladder")
        .contains("saddle")
        .contains("Verdict: Get medical help")
        .contains("Numbness between your legs or ")
        .doesNotContain("[U2]")
        .doesNotContain("How strong is the pain");
  }

  @Test
  void questionnaireAsksRedFlagsBeforeAnythingElse() {
    Terminal run = Terminal.run(List.of("y"), "screen", "--no-journal");

    assertThat(run.out().indexOf("chest pain"))
        .isLessThan(run.out().indexOf("Verdict: Get medical help"));
    assertThat(run.out()).contains("Chest pain with uppe").doesNotContain("How old are you");
  }

  @Test
  void questionnaireWithNoRedFlagsScreensTheFullAnswers() {
    List<String> lines =
        new ArrayList<>(
            List.of("n", "n", "n", "n", "n", "n", "n", "n", "n", "n", "n", "n", "n", "n"));
    lines.addAll(
        List.of(
            "5", // pain score
            "1", // weeks
            "n", // first episode
            "n", // one arm numb
            "3", // conditions: osteoarthritis
            "40", // age
            "n", // minor knock
            "0", // cracks today
            "1", // days per week
            "n", // cracks for pain
            "n", // seen by a professional
            "n", // painful cracking
            "n", // painful stretching
            "", // previous pain score skipped
            "y", // floor
            "y", // lie flat
            "y")); // mid-back

    Terminal run = Terminal.run(lines, "screen", "--no-journal");

    assertThat(run.exitCode()).as(run.err() + run.out()).isZero();
    assertThat(run.out())
        .contains("Verdict: Stretches only")
        .contains("With osteoarthritis")
        .contains("With moderate pain");
  }

  @Test
  void questionnaireAsksAgainAfterAnAnswerItCannotUse() {
    List<String> lines = new ArrayList<>(List.of("maybe", "y"));

    Terminal run = Terminal.run(lines, "screen", "--no-journal");

    assertThat(run.out()).contains("Please answer y or n.").contains("Verdict: Get medical help");
  }

  @Test
  void questionnaireThatEndsEarlyExitsTwo() {
    Terminal run = Terminal.run(List.of("n", "n"), "screen", "--no-journal");

    assertThat(run.exitCode()).isEqualTo(ExitCode.INVALID_INPUT);
    assertThat(run.err()).contains("ended");
  }

  @Test
  void questionnaireWithJsonKeepsStdoutOneJsonDocument() {
    Terminal run = Terminal.run(List.of("y"), "screen", "--no-journal", "--json");

    Map<?, ?> json = (Map<?, ?>) Json.parse(run.out());
    assertThat(json.get("verdict")).isEqualTo("URGENT");
    assertThat(run.err()).contains("chest pain");
  }

  /** A run with a scripted person at a terminal. */
  record Terminal(int exitCode, String out, String err) {
    static Terminal run(List<String> lines, String... args) {
      String input = lines.isEmpty() ? "" : String.join("\n", lines) + "\n";
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      ByteArrayOutputStream err = new ByteArrayOutputStream();
      Io io =
          new Io(
              new ByteArrayInputStream(input.getBytes(StandardCharsets.UTF_8)),
              new PrintStream(out, true, StandardCharsets.UTF_8),
              new PrintStream(err, true, StandardCharsets.UTF_8),
              true);
      int code = Main.cli().run(args, io);
      return new Terminal(
          code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }
  }
}

package dev.limber.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.limber.store.TestDatabases;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HandoutCommandTest {
  @TempDir Path folder;

  private CliRun handout(String stdin, String... options) {
    List<String> args =
        new ArrayList<>(
            List.of("handout", "--db", TestDatabases.migratedH2Url(folder.resolve("journal"))));
    args.addAll(List.of(options));
    return CliRun.withInput(stdin, args.toArray(String[]::new));
  }

  @Test
  void writesAPdfOfTheRoutineAndSaysWhatItHolds() throws Exception {
    Path out = folder.resolve("routine.pdf");

    CliRun run =
        handout(
            PlanCommandTest.CLEAR,
            "--answers",
            "-",
            "--place",
            "desk",
            "--minutes",
            "4",
            "--out",
            out.toString());

    assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCode.OK);
    assertThat(run.out())
        .startsWith("Handout written to " + out + " (A4, ")
        .contains("KB): Self-care is fine, ")
        .doesNotContain("CLEAR");
    assertThat(
            new String(Files.readAllBytes(out), 0, 5, java.nio.charset.StandardCharsets.US_ASCII))
        .isEqualTo("%PDF-");
    assertThat(run.err()).isEmpty();
  }

  @Test
  void aSeeProfessionalScreeningGivesAHandoutWithNoRoutine() {
    Path out = folder.resolve("see.pdf");

    CliRun run =
        handout(
            PlanCommandTest.SEVERE, "--answers", "-", "--paper", "letter", "--out", out.toString());

    assertThat(run.exitCode()).isEqualTo(ExitCode.OK);
    assertThat(run.out())
        .contains("(US Letter, ")
        .contains("KB): See a professional first, no routine.")
        .doesNotContain("SEE_PROFESSIONAL");
    assertThat(Files.exists(out)).isTrue();
  }

  @Test
  void refusesAMissingOutAnUnknownPaperAndAnExistingFileWritingNothing() throws Exception {
    Path existing = Files.writeString(folder.resolve("old.pdf"), "keep me");

    CliRun noOut = handout(PlanCommandTest.CLEAR, "--answers", "-");
    CliRun badPaper =
        handout(
            PlanCommandTest.CLEAR,
            "--answers",
            "-",
            "--paper",
            "a3",
            "--out",
            folder.resolve("x.pdf").toString());
    CliRun taken = handout(PlanCommandTest.CLEAR, "--answers", "-", "--out", existing.toString());

    assertThat(noOut.exitCode()).isEqualTo(ExitCode.INVALID_INPUT);
    assertThat(noOut.err()).contains("--out FILE is required");
    assertThat(badPaper.exitCode()).isEqualTo(ExitCode.INVALID_INPUT);
    assertThat(badPaper.err()).contains("--paper must be a4 or letter, found \"a3\"");
    assertThat(Files.exists(folder.resolve("x.pdf"))).isFalse();
    assertThat(taken.exitCode()).isEqualTo(ExitCode.INVALID_INPUT);
    assertThat(taken.err()).contains("already exists; add --force");
    assertThat(Files.readString(existing)).isEqualTo("keep me");
  }

  @Test
  void rejectedAnswersWriteNoFile() {
    Path out = folder.resolve("never.pdf");

    CliRun run = handout("{\"conditions\":[]}", "--answers", "-", "--out", out.toString());

    assertThat(run.exitCode()).isEqualTo(ExitCode.INVALID_INPUT);
    assertThat(run.err()).contains("the answers were rejected");
    assertThat(Files.exists(out)).isFalse();
  }

  /**
   * The A4 handout of each verdict as PDF and as pictures of its pages at 60 dpi (poppler's
   * pdftoppm), in target/screenshots/, for people to look at.
   */
  @Test
  @Tag("screenshots")
  void handoutsOfEachVerdictForPeopleToLookAt() throws Exception {
    Map<String, String> answers =
        Map.of(
            "Self-care is fine",
            PlanCommandTest.CLEAR,
            "Stretches only",
            PlanCommandTest.CLEAR.replace(
                "\"firstEpisode\":false,", "\"firstEpisode\":false,\"crackingDaysPerWeek\":6,"),
            "See a professional first",
            PlanCommandTest.SEVERE,
            "Get medical help",
            PlanCommandTest.CLEAR.replace("\"fever\":false", "\"fever\":true"));
    Path pictures = Files.createDirectories(Path.of("target", "screenshots"));
    for (String paper : List.of("a4", "letter")) {
      for (Map.Entry<String, String> verdict : answers.entrySet()) {
        String name =
            "handout-"
                + verdict.getKey().toLowerCase(java.util.Locale.ROOT).replace(' ', '-')
                + (paper.equals("a4") ? "" : "-letter");
        Path pdf = pictures.resolve(name + ".pdf");

        CliRun run =
            handout(
                verdict.getValue(),
                "--answers",
                "-",
                "--place",
                "home",
                "--minutes",
                "10",
                "--paper",
                paper,
                "--out",
                pdf.toString(),
                "--force");

        assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCode.OK);
        assertThat(run.out()).contains("KB): " + verdict.getKey());
        Process pdftoppm =
            new ProcessBuilder(
                    "pdftoppm",
                    "-png",
                    "-r",
                    "60",
                    pdf.toString(),
                    pictures.resolve(name).toString())
                .inheritIO()
                .start();
        assertThat(pdftoppm.waitFor(60, TimeUnit.SECONDS) && pdftoppm.exitValue() == 0)
            .as("pdftoppm (poppler-utils) made the pictures of " + pdf)
            .isTrue();
      }
    }
  }
}

package dev.limber.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.limber.catalog.UnknownTechniqueException;
import dev.limber.json.Json;
import dev.limber.json.JsonSyntaxException;
import dev.limber.store.TestDatabases;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The conventions every command shares: help, hints, "--", errors, exit codes, completion. */
class CliConventionsTest {
  @TempDir Path directory;

  private String database() {
    return TestDatabases.migratedH2Url(directory.resolve("journal"));
  }

  @Test
  void helpFollowedByACommandShowsThatCommandsOptions() {
    CliRun help = CliRun.of("help", "plan");

    assertThat(help.exitCode()).isZero();
    assertThat(help.out()).startsWith("Usage: limber plan").contains("--minutes").contains("-h");
  }

  @Test
  void dashHShowsTheHelpOfTheCommand() {
    CliRun help = CliRun.of("checkin", "-h");

    assertThat(help.exitCode()).isZero();
    assertThat(help.out()).startsWith("Usage: limber checkin").contains("--pain N");
  }

  @Test
  void helpForAnUnknownCommandSuggestsTheClosestOne() {
    CliRun help = CliRun.of("help", "histroy");

    assertThat(help.exitCode()).isEqualTo(ExitCode.INVALID_INPUT);
    assertThat(help.err()).contains("unknown command \"histroy\"; did you mean \"history\"?");
  }

  @Test
  void aMistypedOptionGetsTheClosestOneSuggested() {
    CliRun run = CliRun.of("plan", "--minuts", "5");

    assertThat(run.exitCode()).isEqualTo(ExitCode.INVALID_INPUT);
    assertThat(run.err())
        .startsWith("limber plan: unknown option --minuts; did you mean --minutes?");
  }

  @Test
  void aShortOptionOtherThanDashHIsRefusedPlainly() {
    CliRun run = CliRun.of("techniques", "-j");

    assertThat(run.exitCode()).isEqualTo(ExitCode.INVALID_INPUT);
    assertThat(run.err()).contains("unknown option -j");
  }

  @Test
  void doubleDashEndsTheOptions() {
    CliRun run = CliRun.of("technique", "--", "--json");

    assertThat(run.exitCode()).isEqualTo(ExitCode.NOT_FOUND);
    assertThat(run.err()).contains("no technique with id \"--json\"");
  }

  @Test
  void helpAfterDoubleDashIsAParameterNotAHelpRequest() {
    CliRun run = CliRun.of("technique", "--", "-h");

    assertThat(run.exitCode()).isEqualTo(ExitCode.NOT_FOUND);
    assertThat(run.out()).doesNotContain("Usage:");
  }

  @Test
  void aFailureIsOneLineNamingTheCommandWithoutVerbose() {
    CliRun run = CliRun.of("checkin", "--pain", "2", "--db", "jdbc:mysql://localhost/limber");

    assertThat(run.exitCode()).isEqualTo(ExitCode.FAILURE);
    assertThat(run.err().lines()).hasSize(1);
    assertThat(run.err()).startsWith("limber checkin: failed: unsupported database URL");
  }

  @Test
  void verboseAddsTheStackTrace() {
    CliRun run =
        CliRun.of("checkin", "--verbose", "--pain", "2", "--db", "jdbc:mysql://localhost/limber");

    assertThat(run.exitCode()).isEqualTo(ExitCode.FAILURE);
    assertThat(run.err()).startsWith("limber checkin: failed:").contains("\tat dev.limber.");
  }

  @Test
  void oneTableMapsEveryExceptionToItsExitCode() {
    Map<Exception, Integer> expected =
        Map.of(
            new UsageException("bad option"), ExitCode.INVALID_INPUT,
            new InvalidInputException("bad score"), ExitCode.INVALID_INPUT,
            new JsonSyntaxException("bad JSON", 3), ExitCode.INVALID_INPUT,
            new UnknownTechniqueException("nope", List.of()), ExitCode.NOT_FOUND,
            new NoSuchFileException("/nowhere"), ExitCode.NOT_FOUND,
            new IOException("disk full"), ExitCode.FAILURE,
            new IllegalStateException("broken"), ExitCode.FAILURE);

    expected.forEach(
        (failure, code) -> {
          CliRun run = runThrowing(failure);

          assertThat(run.exitCode()).as(failure.toString()).isEqualTo(code);
          assertThat(ExitCode.of(failure)).isEqualTo(code);
          assertThat(run.err()).startsWith("limber boom: ").contains(failure.getMessage());
        });
    assertThat(ExitCode.FOR_EXCEPTION)
        .extracting(Map.Entry::getKey)
        .contains(UsageException.class, InvalidInputException.class, Exception.class);
  }

  @Test
  void errorsAboutAnswersNameTheCommandThatWasTyped() {
    CliRun go = CliRun.withInput("{}", "go", "--answers", "-", "--db", database());
    CliRun plan = CliRun.withInput("{}", "plan", "--answers", "-", "--db", database());

    assertThat(go.exitCode()).isEqualTo(ExitCode.INVALID_INPUT);
    assertThat(go.err()).startsWith("limber go: the answers were rejected");
    assertThat(plan.err()).startsWith("limber plan: the answers were rejected");
  }

  @Test
  void aPainAnswerThatIsNotANumberIsAnErrorWithoutATerminal() throws Exception {
    Path answers = Path.of(getClass().getResource("/answers/clear.json").toURI());

    CliRun run =
        CliRun.withInput(
            "abc\n",
            "go",
            "--answers",
            answers.toString(),
            "--db",
            database(),
            "--minutes",
            "1",
            "--speed",
            "1000");

    assertThat(run.exitCode()).isEqualTo(ExitCode.INVALID_INPUT);
    assertThat(run.err())
        .contains("limber go: the pain score must be a whole number from 0 to 10")
        .contains("\"abc\"");
  }

  @Test
  void exportToDashWritesTheJournalToStandardOutput() {
    CliRun.of("checkin", "--pain", "4", "--db", database());

    CliRun export = CliRun.of("export", "--out", "-", "--db", database());

    assertThat(export.exitCode()).as(export.err()).isZero();
    assertThat(Json.parse(export.out())).isInstanceOf(Map.class);
    assertThat(export.out()).contains("\"pain\": 4");
    assertThat(export.err()).startsWith("Exported 1 check-ins");
    assertThat(directory.resolve("-")).doesNotExist();
  }

  @Test
  void exportReplacesAnExistingFileOnlyWithForce() throws Exception {
    Path out = Files.writeString(directory.resolve("journal.json"), "keep me");

    CliRun refused = CliRun.of("export", "--out", out.toString(), "--db", database());

    assertThat(refused.exitCode()).isEqualTo(ExitCode.INVALID_INPUT);
    assertThat(refused.err()).contains("already exists; add --force");
    assertThat(Files.readString(out)).isEqualTo("keep me");

    CliRun forced = CliRun.of("export", "--out", out.toString(), "--force", "--db", database());

    assertThat(forced.exitCode()).as(forced.err()).isZero();
    assertThat(Files.readString(out)).contains("limber-journal");
  }

  @Test
  void bashCompletionOffersCommandsAndEachCommandsOwnOptions() throws Exception {
    Path script = directory.resolve("limber.bash");
    Files.writeString(script, CliRun.of("completion", "bash").out());

    assertThat(complete(script, "limber pl")).contains("plan").doesNotContain("go");
    assertThat(complete(script, "limber plan --mi")).containsExactly("--minutes");
    assertThat(complete(script, "limber export --")).contains("--out", "--force", "--verbose");
  }

  @Test
  void bothCompletionScriptsNameEveryOptionOfEveryCommand() {
    String bash = CliRun.of("completion", "bash").out();
    String zsh = CliRun.of("completion", "zsh").out();

    for (Command command : dev.limber.Main.cli().commands()) {
      for (Option option : command.options()) {
        assertThat(bash).as(command.name()).contains("--" + option.name());
        assertThat(zsh).as(command.name()).contains("--" + option.name() + "[");
      }
    }
    assertThat(zsh).startsWith("#compdef limber");
    assertThat(CliRun.of("completion", "fish").exitCode()).isEqualTo(ExitCode.INVALID_INPUT);
  }

  private static List<String> complete(Path script, String line) throws Exception {
    String[] words = line.split(" ");
    String shell =
        "source '"
            + script
            + "'; COMP_WORDS=("
            + String.join(" ", words)
            + "); COMP_CWORD="
            + (words.length - 1)
            + "; _limber; printf '%s\\n' \"${COMPREPLY[@]}\"";
    Process bash = new ProcessBuilder("bash", "-c", shell).redirectErrorStream(true).start();
    String output = new String(bash.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(bash.waitFor(30, TimeUnit.SECONDS)).isTrue();
    return output.lines().filter(word -> !word.isBlank()).toList();
  }

  private static CliRun runThrowing(Exception failure) {
    Command boom =
        new Command() {
          @Override
          public String name() {
            return "boom";
          }

          @Override
          public String summary() {
            return "always fails";
          }

          @Override
          public List<Option> options() {
            return List.of();
          }

          @Override
          public int run(Arguments arguments, Io io) throws Exception {
            throw failure;
          }
        };
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int code =
        new Cli("test", List.of(boom))
            .run(
                new String[] {"boom"},
                new Io(
                    new ByteArrayInputStream(new byte[0]),
                    new PrintStream(out, true, StandardCharsets.UTF_8),
                    new PrintStream(err, true, StandardCharsets.UTF_8),
                    false));
    return new CliRun(
        code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
  }
}

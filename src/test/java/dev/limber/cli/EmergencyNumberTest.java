package dev.limber.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.limber.Main;
import dev.limber.screening.EmergencyNotice;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.Isolated;

/**
 * The emergency number (spec/screening.md §6, rev. 3): {@code --emergency-number}, else {@code
 * LIMBER_EMERGENCY_NUMBER}, else 112, named in every emergency notice the command line prints.
 * Isolated: the number is set once per run for the whole process, so no other test may run beside.
 */
@Isolated
class EmergencyNumberTest {
  private static final String URGENT =
      "{\"conditions\":[],\"symptoms\":{\"painScore\":2,\"painDurationWeeks\":1,"
          + "\"numbness\":[],\"weakness\":[],\"bladderOrBowelChange\":false,\"chestPain\":true,"
          + "\"fever\":false,\"unexplainedWeightLoss\":false,\"swelling\":false,"
          + "\"nightPainOrUnrelievedByRest\":false,\"painWorseWithCoughSneeze\":false},"
          + "\"history\":{\"ageYears\":34,\"recentTrauma\":\"NONE\",\"firstEpisode\":false}}";

  @AfterEach
  void backToTheDefault() {
    EmergencyNotice.configure(EmergencyNotice.DEFAULT_NUMBER);
  }

  @Test
  void withoutAnyNumberEveryNoticeNamesTheDefault() {
    CliRun run = CliRun.withInput(URGENT, "screen", "--no-journal", "--answers", "-");

    assertThat(run.out())
        .contains("Call emergency services on 112 now.")
        .contains("In an emergency: Call 112 now");
  }

  @Test
  void theOptionAfterTheCommandSetsTheNumberOfTheScreeningAndItsNotice() {
    CliRun run =
        CliRun.withInput(
            URGENT, "screen", "--no-journal", "--answers", "-", "--emergency-number", "999");

    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(run.out())
        .contains("Call emergency services on 999 now.")
        .contains("In an emergency: Call 999 now")
        .doesNotContain("112");
  }

  @Test
  void theOptionBeforeTheCommandWorksTooAndReachesTheJsonAndTheRules() {
    CliRun json =
        CliRun.withInput(
            URGENT, "--emergency-number=911", "screen", "--no-journal", "--answers", "-", "--json");
    CliRun rules = CliRun.of("--emergency-number", "911", "rules");

    assertThat(json.out()).contains("\"emergencyNotice\": \"Call 911 now");
    assertThat(rules.out()).contains("In an emergency: Call 911 now");
  }

  @Test
  void aRejectedAnswerNamesTheNumberToo() {
    CliRun run =
        CliRun.withInput(
            "{}", "screen", "--no-journal", "--answers", "-", "--emergency-number", "999");

    assertThat(run.exitCode()).isEqualTo(ExitCode.INVALID_INPUT);
    assertThat(run.err()).contains("In an emergency: Call 999 now");
  }

  @Test
  void theEnvironmentVariableSetsItWhenTheOptionIsNotGiven() {
    Run fromEnvironment = run(Map.of("LIMBER_EMERGENCY_NUMBER", "000"), "rules");
    Run optionWins =
        run(Map.of("LIMBER_EMERGENCY_NUMBER", "000"), "rules", "--emergency-number", "999");

    assertThat(fromEnvironment.out()).contains("In an emergency: Call 000 now");
    assertThat(optionWins.out()).contains("In an emergency: Call 999 now");
  }

  @Test
  void aBadNumberExitsTwoNamingTheOptionOrTheVariable() {
    CliRun option = CliRun.of("rules", "--emergency-number", "call-me");
    CliRun missing = CliRun.of("rules", "--emergency-number");
    Run variable = run(Map.of("LIMBER_EMERGENCY_NUMBER", "9"), "rules");

    assertThat(option.exitCode()).isEqualTo(ExitCode.INVALID_INPUT);
    assertThat(option.err()).contains("--emergency-number").contains("\"call-me\"");
    assertThat(option.out()).isEmpty();
    assertThat(missing.exitCode()).isEqualTo(ExitCode.INVALID_INPUT);
    assertThat(missing.err()).contains("--emergency-number needs a value");
    assertThat(variable.exitCode()).isEqualTo(ExitCode.INVALID_INPUT);
    assertThat(variable.err()).contains("LIMBER_EMERGENCY_NUMBER").contains("\"9\"");
  }

  @Test
  void helpNamesTheOptionAndTheVariable() {
    CliRun overview = CliRun.of("help");
    CliRun command = CliRun.of("go", "--help");

    assertThat(overview.out()).contains("--emergency-number N").contains("LIMBER_EMERGENCY_NUMBER");
    assertThat(command.out()).contains("--emergency-number N");
  }

  private static JournalSource.Opened noJournal(java.util.Optional<String> databaseUrl) {
    throw new IllegalStateException("these runs need no journal");
  }

  private record Run(int exitCode, String out, String err) {}

  private static Run run(Map<String, String> environment, String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    Io io =
        new Io(
            new ByteArrayInputStream(new byte[0]),
            new PrintStream(out, true, StandardCharsets.UTF_8),
            new PrintStream(err, true, StandardCharsets.UTF_8),
            false);
    int code =
        Main.cli(Clock.systemDefaultZone(), EmergencyNumberTest::noJournal, environment)
            .run(args, io);
    return new Run(
        code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
  }
}

package dev.limber.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The journal's default place follows LIMBER_HOME, else HOME, in a real process. */
class DataHomeTest {
  @TempDir Path home;
  @TempDir Path limberHome;

  @Test
  void homeDecidesWhereTheJournalIsWhenLimberHomeIsNotSet() throws Exception {
    int exit = checkIn(Map.of("HOME", home.toString()));

    assertThat(exit).isZero();
    assertThat(home.resolve(".limber").resolve("limber.mv.db")).exists();
    assertThat(limberHome.resolve("limber.mv.db")).doesNotExist();
  }

  @Test
  void limberHomeWinsOverHome() throws Exception {
    int exit = checkIn(Map.of("HOME", home.toString(), "LIMBER_HOME", limberHome.toString()));

    assertThat(exit).isZero();
    assertThat(limberHome.resolve("limber.mv.db")).exists();
    assertThat(home.resolve(".limber")).doesNotExist();
  }

  private static int checkIn(Map<String, String> environment) throws Exception {
    String classPath = System.getProperty("surefire.test.class.path");
    ProcessBuilder builder =
        new ProcessBuilder(
                List.of(
                    Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    // A short run: the first compiler tier and the serial collector start it
                    // soonest.
                    "-XX:TieredStopAtLevel=1",
                    "-XX:+UseSerialGC",
                    "-cp",
                    classPath != null ? classPath : System.getProperty("java.class.path"),
                    "dev.limber.Main",
                    "checkin",
                    "--pain",
                    "1"))
            .redirectErrorStream(true);
    builder.environment().remove("LIMBER_HOME");
    builder.environment().remove("LIMBER_DB_URL");
    builder.environment().putAll(environment);
    Process process = builder.start();
    String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(process.waitFor(60, TimeUnit.SECONDS)).as(output).isTrue();
    assertThat(output).contains("Checked in: pain 1/10");
    return process.exitValue();
  }
}

package dev.limber.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.limber.journal.CheckIn;
import dev.limber.store.Database;
import dev.limber.store.DatabaseHolder;
import dev.limber.store.JdbcJournal;
import dev.limber.store.TestDatabases;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** The real {@code limber} in a child process, killed outright, against a real H2 file. */
class CheckinDurabilityTest {
  private static Process limber(String... args) throws Exception {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    // A short run: the first compiler tier and the serial collector start it soonest.
    command.addAll(List.of("-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC"));
    command.add("-cp");
    command.add(System.getProperty("java.class.path"));
    command.add("dev.limber.Main");
    command.addAll(List.of(args));
    return new ProcessBuilder(command).start();
  }

  @Test
  void aCheckInAcknowledgedByTheCommandIsOnDiskWhenTheProcessIsKilledRightAfter() throws Exception {
    String url = TestDatabases.migratedH2Url(TestDatabases.h2File());
    Process checkin = limber("checkin", "--pain", "7", "--note", "killed after", "--db", url);
    String acknowledgement;
    try (BufferedReader out =
        new BufferedReader(
            new InputStreamReader(checkin.getInputStream(), StandardCharsets.UTF_8))) {
      acknowledgement = out.readLine();
      // SIGKILL: no shutdown hook, no pool close, no H2 close runs after the acknowledgement.
      checkin.destroyForcibly();
    }
    checkin.waitFor(30, TimeUnit.SECONDS);

    assertThat(acknowledgement).startsWith("Checked in: pain 7/10");
    try (Database database = Database.open(url)) {
      List<CheckIn> kept =
          new JdbcJournal(database, JdbcJournal.LOCAL_OWNER).checkIns(Instant.MIN, Instant.MAX);
      assertThat(kept)
          .extracting(CheckIn::pain, CheckIn::note)
          .containsExactly(org.assertj.core.groups.Tuple.tuple(7, "killed after"));
    }
  }

  @Test
  void aJournalHeldByAnotherProcessGivesExitOneAndAPlainMessage() throws Exception {
    String url = TestDatabases.migratedH2Url(TestDatabases.h2File());
    Process holder =
        new ProcessBuilder(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-XX:TieredStopAtLevel=1",
                "-XX:+UseSerialGC",
                "-cp",
                System.getProperty("java.class.path"),
                DatabaseHolder.class.getName(),
                url)
            .start();
    try (BufferedReader out =
        new BufferedReader(
            new InputStreamReader(holder.getInputStream(), StandardCharsets.UTF_8))) {
      assertThat(out.readLine()).isEqualTo("open");

      CliRun checkin = CliRun.of("checkin", "--pain", "3", "--db", url);

      assertThat(checkin.exitCode()).isEqualTo(ExitCode.FAILURE);
      assertThat(checkin.err()).contains("in use by another Limber process");
      assertThat(checkin.err()).doesNotContain("Exception", "\tat ");
    } finally {
      holder.getOutputStream().close();
      if (!holder.waitFor(30, TimeUnit.SECONDS)) {
        holder.destroyForcibly();
      }
    }
  }
}

package dev.limber.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.limber.store.TestDatabases;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;

/** {@code limber backup} and {@code limber restore}: a round trip, and what each refuses. */
class BackupCommandTest {
  private final String db = TestDatabases.migratedH2Url(TestDatabases.h2File());

  @Test
  void aBackupRestoredIntoANewDatabaseShowsTheSameHistory() throws Exception {
    CliRun.of("checkin", "--pain", "4", "--cracked", "--note", "stiff", "--db", db);
    CliRun.of("checkin", "--pain", "2", "--note", "better", "--db", db);
    Path file = Files.createTempDirectory("limber-backup-").resolve("limber.backup");
    String empty = "jdbc:h2:file:" + TestDatabases.h2File();

    CliRun backup = CliRun.of("backup", "--out", file.toString(), "--db", db);
    CliRun restore = CliRun.of("restore", file.toString(), "--db", empty);

    assertThat(backup.exitCode()).as(backup.err()).isEqualTo(ExitCode.OK);
    assertThat(backup.out()).startsWith("Backed up ").contains(" to " + file);
    assertThat(Files.getPosixFilePermissions(file))
        .isEqualTo(PosixFilePermissions.fromString("rw-------"));
    assertThat(restore.exitCode()).as(restore.err()).isEqualTo(ExitCode.OK);
    assertThat(restore.out()).startsWith("Restored ");
    assertThat(CliRun.of("history", "--db", empty).out())
        .isEqualTo(CliRun.of("history", "--db", db).out())
        .contains("pain 4, cracked — stiff");
  }

  @Test
  void aRestoreIntoADatabaseWithDataIsRefusedAndChangesNothing() throws Exception {
    CliRun.of("checkin", "--pain", "4", "--db", db);
    Path file = Files.createTempDirectory("limber-backup-").resolve("limber.backup");
    CliRun.of("backup", "--out", file.toString(), "--db", db);

    CliRun restore = CliRun.of("restore", file.toString(), "--db", db);

    assertThat(restore.exitCode()).isEqualTo(ExitCode.FAILURE);
    assertThat(restore.err())
        .contains("limber restore: failed: the database")
        .contains("is not empty (1 rows in journal_check_in)");
    assertThat(CliRun.of("history", "--db", db).out()).contains("pain 4");
  }

  @Test
  void aFileThatIsNoBackupIsInvalidInputAndAMissingOneIsNotFound() throws Exception {
    Path text = Files.createTempFile("limber-", ".txt");
    Files.writeString(text, "not a backup");

    CliRun wrong = CliRun.of("restore", text.toString(), "--db", db);
    CliRun missing = CliRun.of("restore", text + ".gone", "--db", db);

    assertThat(wrong.exitCode()).isEqualTo(ExitCode.INVALID_INPUT);
    assertThat(wrong.err()).contains("is not a Limber backup");
    assertThat(missing.exitCode()).isEqualTo(ExitCode.NOT_FOUND);
  }

  @Test
  void aBackupNeverReplacesAFileWithoutForce() throws Exception {
    Path file = Files.createTempFile("limber-", ".backup");

    CliRun refused = CliRun.of("backup", "--out", file.toString(), "--db", db);
    CliRun forced = CliRun.of("backup", "--out", file.toString(), "--force", "--db", db);

    assertThat(refused.exitCode()).isEqualTo(ExitCode.INVALID_INPUT);
    assertThat(refused.err()).contains("already exists; add --force");
    assertThat(forced.exitCode()).as(forced.err()).isEqualTo(ExitCode.OK);
  }
}

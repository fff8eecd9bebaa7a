package dev.limber.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.limber.journal.CheckIn;
import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** A whole database to a file and back, on H2 and on PostgreSQL. */
class DatabaseBackupTest {
  private static final Instant MONDAY = Instant.parse("2026-03-02T08:00:00Z");

  @StoreTest
  void aBackupRestoredIntoAnEmptyDatabaseHoldsTheSameJournal(Database database) throws Exception {
    JdbcJournal journal = new JdbcJournal(database, JdbcJournal.LOCAL_OWNER);
    journal.add(new CheckIn(MONDAY, 4, true, "stiff after the drive"));
    journal.add(new CheckIn(MONDAY.plusSeconds(3_600), 2, false, "better"));
    Path file = Files.createTempDirectory("limber-backup-").resolve("limber.backup");

    DatabaseBackup.Copied written;
    try (OutputStream out = Files.newOutputStream(file)) {
      written = DatabaseBackup.write(database, out);
    }
    DatabaseBackup.Copied restored;
    try (Database empty = emptyLike(database)) {
      restored = DatabaseBackup.restore(empty, file);

      assertThat(
              new JdbcJournal(empty, JdbcJournal.LOCAL_OWNER)
                  .checkIns(MONDAY.minusSeconds(60), MONDAY.plusSeconds(86_400)))
          .isEqualTo(journal.checkIns(MONDAY.minusSeconds(60), MONDAY.plusSeconds(86_400)));
    }
    assertThat(restored.rowsByTable()).isEqualTo(written.rowsByTable());
    assertThat(written.rows()).isPositive();
  }

  @StoreTest
  void aRestoreRefusesADatabaseThatHoldsDataNamingWhy(Database database) throws Exception {
    new JdbcJournal(database, JdbcJournal.LOCAL_OWNER).add(new CheckIn(MONDAY, 3, false, null));
    Path file = Files.createTempDirectory("limber-backup-").resolve("limber.backup");
    try (OutputStream out = Files.newOutputStream(file)) {
      DatabaseBackup.write(database, out);
    }

    assertThatThrownBy(() -> DatabaseBackup.restore(database, file))
        .isInstanceOf(DatabaseBackup.NotEmptyException.class)
        .hasMessageContaining("is not empty")
        .hasMessageContaining("rows in journal_check_in");
    assertThat(
            new JdbcJournal(database, JdbcJournal.LOCAL_OWNER)
                .checkIns(MONDAY.minusSeconds(60), MONDAY.plusSeconds(86_400)))
        .hasSize(1);
  }

  @Test
  void anH2BackupTakenWhileWritesGoOnIsOneConsistentSnapshot() throws Exception {
    AtomicBoolean writing = new AtomicBoolean(true);
    AtomicInteger added = new AtomicInteger();
    try (Database database = TestDatabases.h2()) {
      JdbcJournal journal = new JdbcJournal(database, JdbcJournal.LOCAL_OWNER);
      CompletableFuture<Void> writer =
          CompletableFuture.runAsync(
              () -> {
                while (writing.get()) {
                  journal.add(
                      new CheckIn(MONDAY.plusSeconds(added.incrementAndGet()), 3, false, "busy"));
                }
              });
      while (added.get() < 50) {
        Thread.onSpinWait();
      }

      ByteArrayOutputStream copy = new ByteArrayOutputStream();
      DatabaseBackup.Copied written = DatabaseBackup.write(database, copy);
      writing.set(false);
      writer.join();
      Path file = Files.createTempDirectory("limber-backup-").resolve("limber.backup");
      Files.write(file, copy.toByteArray());

      try (Database empty = TestDatabases.h2()) {
        DatabaseBackup.Copied restored = DatabaseBackup.restore(empty, file);

        assertThat(restored.rowsByTable()).isEqualTo(written.rowsByTable());
        assertThat(restored.rowsByTable().get("journal_check_in")).isPositive();
      }
    }
  }

  @Test
  void aFileThatIsNoBackupIsRefused() throws Exception {
    Path file = Files.createTempFile("limber-not-a-backup-", ".txt");
    Files.writeString(file, "hello");

    try (Database database = TestDatabases.h2()) {
      assertThatThrownBy(() -> DatabaseBackup.restore(database, file))
          .isInstanceOf(DatabaseBackup.UnusableBackupException.class)
          .hasMessageContaining("is not a Limber backup");
    }
  }

  private static Database emptyLike(Database database) {
    return database.kind() == Database.Kind.H2 ? TestDatabases.h2() : TestDatabases.postgres();
  }
}

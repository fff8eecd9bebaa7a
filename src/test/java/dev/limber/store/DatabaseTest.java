package dev.limber.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.limber.journal.CheckIn;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class DatabaseTest {
  @StoreTest
  void migratesTheJournalTables(Database database) throws Exception {
    try (Connection connection = database.connection();
        Statement statement = connection.createStatement();
        ResultSet rows =
            statement.executeQuery(
                "SELECT COUNT(*) FROM journal_check_in, journal_session, journal_screening")) {

      rows.next();

      assertThat(rows.getLong(1)).isZero();
    }
  }

  @Test
  void createsTheDirectoryOfAnH2FileWithModeSevenHundred() throws Exception {
    Path directory = Files.createTempDirectory("limber-home-").resolve("nested").resolve(".limber");

    try (Database database = Database.open("jdbc:h2:file:" + directory.resolve("limber"))) {

      assertThat(database.kind()).isEqualTo(Database.Kind.H2);
      assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(directory)))
          .isEqualTo("rwx------");
      assertThat(directory.resolve("limber.mv.db")).exists();
    }
  }

  @Test
  void reopeningAnH2FileKeepsItsSchemaAndMigratesNothingTwice() {
    Path file = TestDatabases.h2File();
    Database.open("jdbc:h2:file:" + file).close();

    try (Database again = Database.open("jdbc:h2:file:" + file)) {

      Integer applied =
          again.query(
              "count migrations",
              connection -> {
                try (Statement statement = connection.createStatement();
                    ResultSet rows =
                        statement.executeQuery(
                            "SELECT COUNT(*) FROM \"flyway_schema_history\" WHERE \"success\"")) {
                  rows.next();
                  return rows.getInt(1);
                }
              });
      assertThat(applied).isGreaterThanOrEqualTo(1);
    }
  }

  @Test
  void theUrlGivenWinsOverTheEnvironmentWhichWinsOverTheDefault() {
    Map<String, String> environment = Map.of(Database.URL_VARIABLE, "jdbc:h2:file:/tmp/from-env");

    assertThat(Database.chooseUrl(Optional.of("jdbc:h2:file:/tmp/given"), environment))
        .isEqualTo("jdbc:h2:file:/tmp/given");
    assertThat(Database.chooseUrl(Optional.empty(), environment))
        .isEqualTo("jdbc:h2:file:/tmp/from-env");
    assertThat(Database.chooseUrl(Optional.empty(), Map.of()))
        .isEqualTo(Database.defaultUrl(Map.of()))
        .endsWith("/.limber/limber");
  }

  @Test
  void limberHomeWinsOverHomeWhichWinsOverTheJvmUserHome() {
    Map<String, String> both = Map.of("LIMBER_HOME", "/tmp/limber-home", "HOME", "/tmp/home");

    assertThat(Database.defaultDirectory(both)).isEqualTo(Path.of("/tmp/limber-home"));
    assertThat(Database.defaultDirectory(Map.of("HOME", "/tmp/home")))
        .isEqualTo(Path.of("/tmp/home/.limber"));
    assertThat(Database.defaultDirectory(Map.of()))
        .isEqualTo(Path.of(System.getProperty("user.home"), ".limber"));
    assertThat(Database.chooseUrl(Optional.empty(), both))
        .isEqualTo("jdbc:h2:file:/tmp/limber-home/limber");
  }

  @Test
  void aOneCommandOpeningMigratesAnEmptyDatabaseThenFindsItCurrent() {
    String url = "jdbc:h2:file:" + TestDatabases.h2File();

    try (Database first = Database.openForOneCommand(url)) {
      assertThat(first.query("check", Migrations::areApplied)).isTrue();
    }
    try (Database again = Database.openForOneCommand(url)) {

      assertThat(again.query("check", Migrations::areApplied)).isTrue();
      assertThat(Migrations.onClassPath().orElseThrow()).contains("1", "50");
    }
  }

  @Test
  void aOneCommandOpeningOfPostgresqlMigratesThenKeepsWhatItWrites() {
    String url = PostgresCluster.shared().createDatabase();
    try (Database first = Database.openForOneCommand(url)) {
      new JdbcJournal(first, JdbcJournal.LOCAL_OWNER)
          .add(new CheckIn(Instant.parse("2026-01-02T10:00:00Z"), 3, false, null));
    }

    try (Database again = Database.openForOneCommand(url)) {

      assertThat(again.query("check", Migrations::areApplied)).isTrue();
      assertThat(new JdbcJournal(again, JdbcJournal.LOCAL_OWNER).checkIns(Instant.MIN, Instant.MAX))
          .extracting(CheckIn::pain)
          .containsExactly(3);
    }
  }

  @Test
  void anUnnamedInMemoryDatabaseIsMigratedOnTheOneConnection() {
    try (Database database = Database.openForOneCommand("jdbc:h2:mem:")) {

      assertThat(
              new JdbcJournal(database, JdbcJournal.LOCAL_OWNER).checkIns(Instant.MIN, Instant.MAX))
          .isEmpty();
    }
  }

  @Test
  void aSchemaMissingAMigrationIsNotCurrent() throws Exception {
    String url = "jdbc:h2:file:" + TestDatabases.h2File();
    Database.open(url).close();
    try (Database database = Database.openForOneCommand(url)) {

      database.query(
          "forget a migration",
          connection -> {
            try (Statement statement = connection.createStatement()) {
              return statement.executeUpdate(
                  "DELETE FROM \"flyway_schema_history\" WHERE \"version\" = '53'");
            }
          });

      assertThat(database.query("check", Migrations::areApplied)).isFalse();
    }
  }

  @Test
  void rejectsAnUnsupportedUrlNamingIt() {
    assertThatThrownBy(() -> Database.open("jdbc:mysql://localhost/limber"))
        .isInstanceOf(StoreException.class)
        .hasMessageContaining("jdbc:mysql://localhost/limber");
  }

  @Test
  void anUnreachableServerFailsWithAStoreExceptionNamingTheUrlButNotThePassword() {
    String url = "jdbc:postgresql://127.0.0.1:1/limber?user=x&password=secret&connectTimeout=1";

    assertThatThrownBy(() -> Database.open(url))
        .isInstanceOf(StoreException.class)
        .hasMessageContaining("127.0.0.1:1")
        .hasMessageNotContaining("secret");
  }
}

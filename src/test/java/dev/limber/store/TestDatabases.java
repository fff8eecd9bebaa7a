package dev.limber.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.params.provider.Arguments;

/**
 * Fresh, migrated databases for tests: an H2 file in a temporary directory, and a new database in
 * the JVM's throwaway PostgreSQL cluster ({@link PostgresCluster}). Each call gives an empty one, a
 * copy of one migrated once per JVM (the migrations run once, not once per test).
 */
public final class TestDatabases {
  private static Path h2Template;

  private TestDatabases() {}

  /** A new H2 file database, migrated: a copy of the JVM's migrated, empty H2 file. */
  public static Database h2() {
    return Database.open(migratedH2Url(h2File()));
  }

  /**
   * The JDBC URL of the H2 file {@code file} (a path without {@code .mv.db}), first made a copy of
   * the JVM's migrated, empty H2 file when there is none: a command opening it finds the schema
   * migrated, as every run after a person's first does, instead of running every migration again.
   */
  public static String migratedH2Url(Path file) {
    Path data = file.resolveSibling(file.getFileName() + ".mv.db");
    if (Files.notExists(data)) {
      try {
        Files.copy(h2Template(), data);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return "jdbc:h2:file:" + file;
  }

  /** The JVM's migrated, empty, closed H2 file, made on first use. */
  private static synchronized Path h2Template() {
    if (h2Template == null) {
      Path file = h2File();
      Database.open("jdbc:h2:file:" + file).close();
      h2Template = file.resolveSibling(file.getFileName() + ".mv.db");
    }
    return h2Template;
  }

  /** The path (without {@code .mv.db}) of a new H2 file in a temporary directory. */
  public static Path h2File() {
    try {
      return Files.createTempDirectory("limber-h2-").resolve("limber");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A new database in the shared test PostgreSQL cluster, migrated. */
  public static Database postgres() {
    return Database.open(PostgresCluster.shared().createMigratedDatabase());
  }

  /**
   * One fresh H2 and one fresh PostgreSQL database, as the arguments of a {@link StoreTest}; JUnit
   * closes each after its invocation.
   */
  public static Stream<Arguments> both() {
    // A stream is lazy: each database is opened just before its own invocation.
    return Stream.of("H2", "PostgreSQL")
        .map(name -> Arguments.of(Named.of(name, name.equals("H2") ? h2() : postgres())));
  }
}

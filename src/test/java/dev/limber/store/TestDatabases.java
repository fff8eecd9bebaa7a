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
 * the JVM's throwaway PostgreSQL cluster ({@link PostgresCluster}). Each call gives an empty one.
 */
public final class TestDatabases {
  private TestDatabases() {}

  /** A new H2 file database, migrated. */
  public static Database h2() {
    return Database.open("jdbc:h2:file:" + h2File());
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
    return Database.open(PostgresCluster.shared().createDatabase());
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

package dev.limber.store;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.JarURLConnection;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The versioned Flyway migrations on the class path, and whether a database has them all: a check
 * that costs one query, so a command can skip loading Flyway when the schema is current.
 */
final class Migrations {
  /** Where the SQL migrations live on the class path. */
  static final String LOCATION = "db/migration";

  private static final Pattern VERSIONED = Pattern.compile("V([0-9][0-9_.]*)__.+\\.sql");

  private Migrations() {}

  /**
   * True when every versioned migration on the class path is recorded as applied; false when one is
   * missing, when there is no history table yet, or when the class path cannot be listed.
   */
  static boolean areApplied(Connection connection) {
    Optional<Set<String>> wanted = onClassPath();
    if (wanted.isEmpty() || wanted.get().isEmpty()) {
      return false;
    }
    Set<String> applied = new HashSet<>();
    try (Statement statement = connection.createStatement();
        ResultSet rows =
            statement.executeQuery(
                "SELECT \"version\" FROM \"flyway_schema_history\""
                    + " WHERE \"success\" AND \"version\" IS NOT NULL")) {
      while (rows.next()) {
        applied.add(rows.getString(1));
      }
    } catch (SQLException noHistoryYet) {
      return false;
    }
    return applied.containsAll(wanted.get());
  }

  /**
   * The migrations' file names, one a line: reading it costs far less than listing a jar of
   * thousands of entries. MigrationIndexTest keeps it equal to the folder.
   */
  static final String INDEX = "db/migrations.txt";

  /** The versions of the migrations on the class path ("1", "50"), as Flyway records them. */
  static Optional<Set<String>> onClassPath() {
    try (InputStream index = Migrations.class.getClassLoader().getResourceAsStream(INDEX)) {
      if (index != null) {
        return Optional.of(
            versions(
                new String(index.readAllBytes(), StandardCharsets.UTF_8)
                    .lines()
                    .map(String::strip)));
      }
    } catch (IOException e) {
      // Fall back to listing the folder itself.
    }
    return listed();
  }

  /** The versions of the migrations in the folder itself, listed from the jar or directory. */
  static Optional<Set<String>> listed() {
    URL location = Migrations.class.getClassLoader().getResource(LOCATION);
    if (location == null) {
      return Optional.empty();
    }
    try {
      Stream<String> names =
          switch (location.getProtocol()) {
            case "jar" -> {
              JarURLConnection jar = (JarURLConnection) location.openConnection();
              jar.setUseCaches(true);
              String prefix =
                  jar.getEntryName().endsWith("/") ? jar.getEntryName() : jar.getEntryName() + "/";
              yield jar.getJarFile().stream()
                  .map(entry -> entry.getName())
                  .filter(name -> name.startsWith(prefix) && name.indexOf('/', prefix.length()) < 0)
                  .map(name -> name.substring(prefix.length()));
            }
            case "file" -> {
              try (Stream<Path> files = Files.list(Path.of(location.toURI()))) {
                yield files.map(file -> file.getFileName().toString()).toList().stream();
              }
            }
            default -> null;
          };
      if (names == null) {
        return Optional.empty();
      }
      return Optional.of(versions(names));
    } catch (IOException | URISyntaxException | UncheckedIOException e) {
      return Optional.empty();
    }
  }

  private static Set<String> versions(Stream<String> names) {
    Set<String> versions = new HashSet<>();
    names.forEach(
        name -> {
          Matcher versioned = VERSIONED.matcher(name);
          if (versioned.matches()) {
            versions.add(versioned.group(1).replace('_', '.'));
          }
        });
    return versions;
  }
}

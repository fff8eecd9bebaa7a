package dev.limber.store;

import java.io.BufferedInputStream;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

/**
 * A whole Limber database copied to a file and back. H2: a gzipped SQL script written by {@code
 * SCRIPT} inside one snapshot transaction, so it is consistent while the server writes. PostgreSQL:
 * a {@code pg_dump} custom-format archive, restored with {@code pg_restore}. A restore goes only
 * into an empty database (no row in any table but Flyway's history).
 */
public final class DatabaseBackup {
  /** The first line of an H2 backup script, so a restore knows the file for what it is. */
  static final String H2_HEADER = "-- limber backup: H2 SQL script";

  private static final byte[] GZIP_MAGIC = {(byte) 0x1f, (byte) 0x8b};
  private static final byte[] PG_DUMP_MAGIC = "PGDMP".getBytes(StandardCharsets.US_ASCII);
  private static final String HISTORY = "flyway_schema_history";

  private DatabaseBackup() {}

  /** What a backup or restore copied: rows per table, in table order. */
  public record Copied(Database.Kind kind, Map<String, Long> rowsByTable) {
    public long rows() {
      return rowsByTable.values().stream().mapToLong(Long::longValue).sum();
    }
  }

  /** The file is no Limber backup, or one of the other database kind. */
  public static final class UnusableBackupException extends StoreException {
    UnusableBackupException(String message) {
      super(message);
    }
  }

  /** The target database holds data; a restore never mixes two databases' rows. */
  public static final class NotEmptyException extends StoreException {
    NotEmptyException(String message) {
      super(message);
    }
  }

  /**
   * Writes a consistent copy of {@code database} to {@code out} while it serves; answers the rows
   * the copy holds. For PostgreSQL {@code pg_dump} must be on the PATH (same major version as the
   * server or newer).
   */
  public static Copied write(Database database, OutputStream out) throws IOException {
    return switch (database.kind()) {
      case H2 -> writeH2(database, out);
      case POSTGRESQL -> writePostgresql(database, out);
    };
  }

  /**
   * Restores {@code file} into {@code database}, which must be empty, then brings the schema up to
   * date (a backup of an older version gets the newer migrations).
   */
  public static Copied restore(Database database, Path file) throws IOException {
    byte[] start = new byte[5];
    try (InputStream in = Files.newInputStream(file)) {
      int read = in.readNBytes(start, 0, start.length);
      start = Arrays.copyOf(start, read);
    }
    boolean h2Script = startsWith(start, GZIP_MAGIC) && h2Header(file);
    boolean pgArchive = startsWith(start, PG_DUMP_MAGIC);
    if (!h2Script && !pgArchive) {
      throw new UnusableBackupException(
          file
              + " is not a Limber backup (neither an H2 script from limber backup nor a pg_dump"
              + " custom archive)");
    }
    if (h2Script && database.kind() != Database.Kind.H2) {
      throw new UnusableBackupException(
          file
              + " is a backup of an H2 database; restore it into an H2 database (jdbc:h2:file:…),"
              + " or move H2 data to PostgreSQL with limber export and import");
    }
    if (pgArchive && database.kind() != Database.Kind.POSTGRESQL) {
      throw new UnusableBackupException(
          file + " is a pg_dump archive of a PostgreSQL database; restore it into PostgreSQL");
    }
    requireEmpty(database);
    if (h2Script) {
      database.query(
          "restore " + file,
          connection -> {
            try (Statement statement = connection.createStatement()) {
              statement.execute("DROP ALL OBJECTS");
              statement.execute(
                  "RUNSCRIPT FROM '"
                      + file.toAbsolutePath().toString().replace("'", "''")
                      + "' COMPRESSION GZIP");
            }
            return null;
          });
    } else {
      restorePostgresql(database, file);
    }
    database.migrate();
    return new Copied(
        database.kind(), database.query("count the restored rows", DatabaseBackup::rows));
  }

  private static Copied writeH2(Database database, OutputStream out) throws IOException {
    Map<String, Long> rows;
    Writer writer =
        new BufferedWriter(
            new OutputStreamWriter(new GZIPOutputStream(out, 64 * 1024), StandardCharsets.UTF_8));
    try {
      rows =
          database.query(
              "back up the H2 database",
              connection -> {
                boolean autoCommit = connection.getAutoCommit();
                try (Statement statement = connection.createStatement()) {
                  // One snapshot for every table: rows written meanwhile are in or out together.
                  statement.execute(
                      "SET SESSION CHARACTERISTICS AS TRANSACTION ISOLATION LEVEL SNAPSHOT");
                  connection.setAutoCommit(false);
                  Map<String, Long> counted = rows(connection);
                  writer.write(H2_HEADER + "\n");
                  try (ResultSet script = statement.executeQuery("SCRIPT NOPASSWORDS")) {
                    while (script.next()) {
                      String line = script.getString(1);
                      writer.write(line);
                      writer.write(line.endsWith(";") ? "\n" : ";\n");
                    }
                  }
                  connection.commit();
                  return counted;
                } catch (IOException e) {
                  throw new SQLException("write the backup: " + e.getMessage(), e);
                } finally {
                  connection.rollback();
                  connection.setAutoCommit(autoCommit);
                  try (Statement reset = connection.createStatement()) {
                    reset.execute(
                        "SET SESSION CHARACTERISTICS AS TRANSACTION ISOLATION LEVEL READ COMMITTED");
                  }
                }
              });
    } finally {
      writer.close();
    }
    return new Copied(Database.Kind.H2, rows);
  }

  private static Copied writePostgresql(Database database, OutputStream out) throws IOException {
    Map<String, Long> rows = database.query("count the rows", DatabaseBackup::rows);
    List<String> command = new ArrayList<>(List.of(tool("pg_dump"), "--format=custom"));
    command.addAll(List.of("--no-owner", "--no-privileges"));
    run(database, command, out, "pg_dump");
    return new Copied(Database.Kind.POSTGRESQL, rows);
  }

  private static void restorePostgresql(Database database, Path file) throws IOException {
    List<String> command = new ArrayList<>(List.of(tool("pg_restore")));
    // --clean drops the empty tables a migration made, so the archive's own take their place.
    command.addAll(
        List.of(
            "--no-owner",
            "--no-privileges",
            "--clean",
            "--if-exists",
            "--exit-on-error",
            "--single-transaction",
            file.toAbsolutePath().toString()));
    run(database, command, OutputStream.nullOutputStream(), "pg_restore");
  }

  private static String tool(String name) {
    for (String directory : System.getenv().getOrDefault("PATH", "").split(":")) {
      if (!directory.isEmpty() && Files.isExecutable(Path.of(directory, name))) {
        return Path.of(directory, name).toString();
      }
    }
    throw new StoreException(
        name
            + " is not on the PATH: a PostgreSQL database is backed up and restored with"
            + " PostgreSQL's own tools; install them (Debian: apt install postgresql-client, of"
            + " the server's major version or newer) and run this again");
  }

  /** Runs a libpq tool against {@code database}, its password passed in the environment. */
  private static void run(Database database, List<String> command, OutputStream out, String name)
      throws IOException {
    Libpq target = Libpq.of(database.url());
    List<String> full = new ArrayList<>(command);
    full.addAll(target.arguments());
    ProcessBuilder builder = new ProcessBuilder(full);
    builder.environment().putAll(target.environment());
    Process process = builder.start();
    process.getOutputStream().close();
    CompletableFuture<byte[]> errors =
        CompletableFuture.supplyAsync(
            () -> {
              try (InputStream err = process.getErrorStream()) {
                return err.readAllBytes();
              } catch (IOException e) {
                return new byte[0];
              }
            });
    try (InputStream printed = process.getInputStream()) {
      printed.transferTo(out);
    }
    try {
      if (!process.waitFor(1, TimeUnit.HOURS)) {
        process.destroyForcibly();
        throw new StoreException(name + " did not finish within an hour");
      }
    } catch (InterruptedException e) {
      process.destroyForcibly();
      Thread.currentThread().interrupt();
      throw new StoreException(name + " was interrupted", e);
    }
    if (process.exitValue() != 0) {
      throw new StoreException(
          name
              + " failed (exit "
              + process.exitValue()
              + "): "
              + new String(errors.join(), StandardCharsets.UTF_8).strip());
    }
  }

  private static void requireEmpty(Database database) {
    Map<String, Long> rows = database.query("count the rows of the target", DatabaseBackup::rows);
    Map<String, Long> holding = new LinkedHashMap<>();
    rows.forEach(
        (table, count) -> {
          if (count > 0) {
            holding.put(table, count);
          }
        });
    if (!holding.isEmpty()) {
      throw new NotEmptyException(
          "the database "
              + Database.describe(database.url())
              + " is not empty ("
              + holding.entrySet().stream()
                  .limit(3)
                  .map(entry -> entry.getValue() + " rows in " + entry.getKey())
                  .reduce((a, b) -> a + ", " + b)
                  .orElseThrow()
              + (holding.size() > 3 ? ", …" : "")
              + "); a restore goes only into an empty database, so give a new one with --db");
    }
  }

  /** Rows per table of the public schema, Flyway's history left out; sorted by table name. */
  static Map<String, Long> rows(Connection connection) throws SQLException {
    List<String> tables = new ArrayList<>();
    try (ResultSet listed =
        connection.getMetaData().getTables(null, null, "%", new String[] {"TABLE"})) {
      while (listed.next()) {
        String schema = listed.getString("TABLE_SCHEM");
        String table = listed.getString("TABLE_NAME");
        if (schema != null
            && schema.equalsIgnoreCase("public")
            && !table.equalsIgnoreCase(HISTORY)) {
          tables.add(table);
        }
      }
    }
    tables.sort(String.CASE_INSENSITIVE_ORDER);
    Map<String, Long> rows = new LinkedHashMap<>();
    try (Statement statement = connection.createStatement()) {
      for (String table : tables) {
        try (ResultSet count =
            statement.executeQuery(
                "SELECT COUNT(*) FROM " + schemaName(connection) + ".\"" + table + "\"")) {
          count.next();
          rows.put(table.toLowerCase(Locale.ROOT), count.getLong(1));
        }
      }
    }
    return rows;
  }

  private static String schemaName(Connection connection) throws SQLException {
    return connection.getMetaData().getDatabaseProductName().toLowerCase(Locale.ROOT).contains("h2")
        ? "\"PUBLIC\""
        : "public";
  }

  private static boolean startsWith(byte[] bytes, byte[] prefix) {
    return bytes.length >= prefix.length
        && Arrays.equals(Arrays.copyOf(bytes, prefix.length), prefix);
  }

  private static boolean h2Header(Path file) throws IOException {
    try (InputStream in =
        new GZIPInputStream(new BufferedInputStream(Files.newInputStream(file)))) {
      byte[] header = H2_HEADER.getBytes(StandardCharsets.UTF_8);
      return Arrays.equals(in.readNBytes(header.length), header);
    } catch (IOException notGzip) {
      return false;
    }
  }

  /** Where a JDBC PostgreSQL URL points, as libpq's options and environment. */
  private record Libpq(List<String> arguments, Map<String, String> environment) {
    static Libpq of(String jdbcUrl) {
      URI uri = URI.create(jdbcUrl.substring("jdbc:".length()));
      Map<String, String> environment = new LinkedHashMap<>();
      if (uri.getRawQuery() != null) {
        for (String pair : uri.getRawQuery().split("&")) {
          int equals = pair.indexOf('=');
          if (equals < 0) {
            continue;
          }
          String key = pair.substring(0, equals);
          String value =
              java.net.URLDecoder.decode(pair.substring(equals + 1), StandardCharsets.UTF_8);
          switch (key) {
            case "user" -> environment.put("PGUSER", value);
            case "password" -> environment.put("PGPASSWORD", value);
            case "sslmode" -> environment.put("PGSSLMODE", value);
            default -> {
              // pgjdbc's own settings mean nothing to libpq
            }
          }
        }
      }
      List<String> arguments = new ArrayList<>();
      arguments.add("--host=" + (uri.getHost() == null ? "localhost" : uri.getHost()));
      arguments.add("--port=" + (uri.getPort() < 0 ? 5432 : uri.getPort()));
      arguments.add("--dbname=" + uri.getPath().substring(1));
      return new Libpq(arguments, environment);
    }
  }
}

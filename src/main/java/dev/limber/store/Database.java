package dev.limber.store;

import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.function.Supplier;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.flywaydb.core.api.configuration.FluentConfiguration;

/**
 * An open Limber database over a JDBC URL (an H2 file by default, or PostgreSQL) whose schema is up
 * to date: a HikariCP pool for the server, or one plain connection for a one-shot command, which
 * also skips Flyway when the schema already has every migration on the class path. Thread-safe;
 * close it once when done.
 */
public final class Database implements AutoCloseable {
  /** The environment variable that names the database when {@code --db} is not given. */
  public static final String URL_VARIABLE = "LIMBER_DB_URL";

  /** The environment variable that names the directory of Limber's own files. */
  public static final String HOME_VARIABLE = "LIMBER_HOME";

  /** H2's error code for a database file held by another process (DATABASE_ALREADY_OPEN_1). */
  private static final int H2_DATABASE_ALREADY_OPEN = 90020;

  private final String url;
  private final Kind kind;
  private final Connections connections;
  private final Availability availability = new Availability(this);
  private volatile boolean migrated;
  private volatile boolean closed;

  /** The database products Limber supports; the migrations serve both. */
  public enum Kind {
    H2,
    POSTGRESQL
  }

  private Database(String url, Kind kind, Connections connections) {
    this.url = url;
    this.kind = kind;
    this.connections = connections;
  }

  /**
   * The URL to use: the one given (from {@code --db}), else {@code LIMBER_DB_URL} from {@code
   * environment}, else the H2 file {@code limber} in {@link #defaultDirectory(Map)}.
   */
  public static String chooseUrl(Optional<String> given, Map<String, String> environment) {
    return given
        .filter(url -> !url.isBlank())
        .or(() -> Optional.ofNullable(environment.get(URL_VARIABLE)).filter(url -> !url.isBlank()))
        .orElseGet(() -> defaultUrl(environment));
  }

  /** The embedded default: an H2 file database {@code limber} in the default directory. */
  public static String defaultUrl(Map<String, String> environment) {
    return "jdbc:h2:file:" + defaultDirectory(environment).resolve("limber");
  }

  /**
   * Where Limber keeps its files: {@code $LIMBER_HOME} if set, else {@code $HOME/.limber}, else
   * {@code .limber} in the JVM's user home (Java reads that from the password file, not {@code
   * $HOME}).
   */
  public static Path defaultDirectory(Map<String, String> environment) {
    String limberHome = environment.get(HOME_VARIABLE);
    if (limberHome != null && !limberHome.isBlank()) {
      return Path.of(limberHome).toAbsolutePath();
    }
    String home = environment.get("HOME");
    if (home != null && !home.isBlank()) {
      return Path.of(home, ".limber").toAbsolutePath();
    }
    return Path.of(System.getProperty("user.home"), ".limber");
  }

  /** Opens {@code url} pooled, with no user name or password (H2, or PostgreSQL with its URL's). */
  public static Database open(String url) {
    return open(url, null, null);
  }

  /**
   * Opens the database at {@code url} behind a connection pool, creating an H2 file's directory
   * (mode 0700) when missing, and migrates its schema. Throws {@link DatabaseInUseException} when
   * another process holds the H2 file, {@link StoreException} for any other failure.
   */
  public static Database open(String url, String user, String password) {
    Database database = connect(url, user, password);
    database.migrate();
    return database;
  }

  /**
   * Opens {@code url} behind a connection pool as {@link #open(String)} does, without migrating: a
   * server listens (and answers {@code /health/ready} with "migrations are running") while {@link
   * #migrate()} runs.
   */
  public static Database connect(String url) {
    return connect(url, null, null);
  }

  private static Database connect(String url, String user, String password) {
    Kind kind = kindOf(url);
    String effectiveUrl = effectiveUrl(url, kind);
    String effectiveUser = user == null && kind == Kind.H2 ? "sa" : user;
    // A first connection of our own reports a locked file or an unreachable server plainly (the
    // pool would log a stack trace) and keeps an H2 file open while the pool starts.
    Connections pool;
    try (Connection probe = DriverManager.getConnection(effectiveUrl, effectiveUser, password)) {
      pool = PooledConnections.start(effectiveUrl, effectiveUser, password, kind == Kind.H2);
    } catch (SQLException | RuntimeException e) {
      throw failedToOpen(url, e);
    }
    return new Database(url, kind, pool);
  }

  /**
   * Brings the schema up to date with Flyway; closes this database and throws {@link
   * StoreException} when that fails.
   */
  public void migrate() {
    migrated(this, () -> Flyway.configure().dataSource(connections.dataSource()), false);
  }

  /** True once {@link #migrate()} (or an open that migrates) has brought the schema up to date. */
  public boolean migrated() {
    return migrated;
  }

  /**
   * Why this database cannot serve requests now, or empty when it can: its schema is not migrated
   * yet, it is closed, or it gave no valid connection within {@code timeout}. Never waits longer
   * than {@code timeout}; the reason names no host or password.
   */
  public Optional<String> unavailableBecause(Duration timeout) {
    if (closed) {
      return Optional.of("the database is closed");
    }
    if (!migrated) {
      return Optional.of("migrations are running");
    }
    return availability.check(timeout);
  }

  /**
   * Opens {@code url} on one plain connection, for a command that runs once and exits: no pool to
   * start, and Flyway runs only when the schema lacks a migration on the class path. Fails as
   * {@link #open(String)} does.
   */
  public static Database openForOneCommand(String url) {
    Kind kind = kindOf(url);
    String effectiveUrl = withShortCompaction(effectiveUrl(url, kind));
    String user = kind == Kind.H2 ? "sa" : null;
    Connection connection;
    try {
      // H2's driver directly: DriverManager would first load every driver on the class path, and
      // PostgreSQL's starts java.util.logging, a noticeable share of a one-shot command's time.
      connection =
          kind == Kind.H2
              ? new org.h2.Driver().connect(effectiveUrl, h2Properties(user))
              : DriverManager.getConnection(effectiveUrl);
    } catch (SQLException e) {
      throw failedToOpen(url, e);
    }
    Database database = new Database(url, kind, new OneConnection(connection));
    // Flyway works on our one connection too: an unnamed H2 memory database is private to it.
    return migrated(database, () -> Flyway.configure().dataSource(database.dataSource()), true);
  }

  private static Properties h2Properties(String user) {
    Properties properties = new Properties();
    properties.setProperty("user", user);
    properties.setProperty("password", "");
    return properties;
  }

  private static String effectiveUrl(String url, Kind kind) {
    if (kind != Kind.H2) {
      return url;
    }
    h2FilePath(url).ifPresent(Database::createPrivateDirectory);
    return withoutTraceFile(withDurableCommits(url));
  }

  private static Database migrated(
      Database database, Supplier<FluentConfiguration> flyway, boolean skipWhenCurrent) {
    try {
      if (skipWhenCurrent && database.query("read the schema version", Migrations::areApplied)) {
        database.migrated = true;
        return database;
      }
      flyway
          .get()
          .locations("classpath:" + Migrations.LOCATION)
          .failOnMissingLocations(true)
          .load()
          .migrate();
      database.migrated = true;
      return database;
    } catch (FlywayException | StoreException e) {
      database.close();
      throw new StoreException(
          "migrate the schema of " + describe(database.url) + ": " + e.getMessage(), e);
    }
  }

  private static RuntimeException failedToOpen(String url, Exception failure) {
    for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
      if (cause instanceof SQLException sql && sql.getErrorCode() == H2_DATABASE_ALREADY_OPEN) {
        return new DatabaseInUseException(
            "the database "
                + describe(url)
                + " is in use by another Limber process (a running 'limber serve'?)."
                + " Stop that process and try again, or give another database with --db.",
            failure);
      }
    }
    Throwable root = failure;
    while (root.getCause() != null) {
      root = root.getCause();
    }
    return new StoreException(
        "cannot open the database " + describe(url) + ": " + root.getMessage(), failure);
  }

  static Kind kindOf(String url) {
    String lower = url.toLowerCase(Locale.ROOT);
    if (lower.startsWith("jdbc:h2:")) {
      return Kind.H2;
    }
    if (lower.startsWith("jdbc:postgresql:")) {
      return Kind.POSTGRESQL;
    }
    throw new StoreException(
        "unsupported database URL \""
            + describe(url)
            + "\": use jdbc:h2:file:PATH or jdbc:postgresql://HOST/NAME");
  }

  /** The file path of an H2 {@code file:} URL (or a plain path URL), empty for memory and tcp. */
  static Optional<Path> h2FilePath(String url) {
    String rest = url.substring("jdbc:h2:".length());
    int settings = rest.indexOf(';');
    if (settings >= 0) {
      rest = rest.substring(0, settings);
    }
    if (rest.startsWith("mem:") || rest.startsWith("tcp:") || rest.startsWith("ssl:")) {
      return Optional.empty();
    }
    if (rest.startsWith("file:")) {
      rest = rest.substring("file:".length());
    }
    if (rest.startsWith("~")) {
      rest = System.getProperty("user.home") + rest.substring(1);
    }
    return Optional.of(Path.of(rest).toAbsolutePath());
  }

  /**
   * H2 compacts its file for up to 200 ms on close, longer than the rest of a one-shot command; 10
   * ms keeps the file from growing run after run (bench/RESULTS.md, start-up).
   */
  private static String withShortCompaction(String url) {
    if (!url.startsWith("jdbc:h2:")
        || h2FilePath(url).isEmpty()
        || url.toUpperCase(Locale.ROOT).contains(";MAX_COMPACT_TIME=")) {
      return url;
    }
    return url + ";MAX_COMPACT_TIME=10";
  }

  // A "database in use" error would otherwise leave a trace file of stack traces beside the
  // journal.
  private static String withoutTraceFile(String url) {
    if (h2FilePath(url).isEmpty() || url.toUpperCase(Locale.ROOT).contains(";TRACE_LEVEL_FILE=")) {
      return url;
    }
    return url + ";TRACE_LEVEL_FILE=0";
  }

  // A commit reaches the file before the command acknowledges it; H2 otherwise delays writes.
  private static String withDurableCommits(String url) {
    if (h2FilePath(url).isEmpty() || url.toUpperCase(Locale.ROOT).contains(";WRITE_DELAY=")) {
      return url;
    }
    return url + ";WRITE_DELAY=0";
  }

  private static void createPrivateDirectory(Path databaseFile) {
    Path directory = databaseFile.getParent();
    if (directory == null || Files.isDirectory(directory)) {
      return;
    }
    try {
      if (FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
        Files.createDirectories(
            directory,
            PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
        // createDirectories applies the umask; the journal is private, so set the mode outright.
        Files.setPosixFilePermissions(directory, PosixFilePermissions.fromString("rwx------"));
      } else {
        Files.createDirectories(directory);
      }
    } catch (IOException e) {
      throw new StoreException("create the database directory " + directory + ": " + e, e);
    }
  }

  /** The URL without any password it may carry, for messages. */
  static String describe(String url) {
    return url.replaceAll("(?i)(password=)[^&;]*", "$1***");
  }

  public String url() {
    return url;
  }

  public Kind kind() {
    return kind;
  }

  /** Connections to this database; closing one gives it back. */
  public DataSource dataSource() {
    return connections.dataSource();
  }

  /** A connection in auto-commit mode; close it to give it back. */
  public Connection connection() throws SQLException {
    return dataSource().getConnection();
  }

  /** Work done on one connection inside one transaction. */
  @FunctionalInterface
  public interface Work<T> {
    T run(Connection connection) throws SQLException;
  }

  /**
   * Runs {@code work} in one transaction: committed when it returns, rolled back when it throws.
   * {@code what} names the work in the {@link StoreException} that wraps a failure.
   */
  public <T> T inTransaction(String what, Work<T> work) {
    return connections.use(
        what,
        connection -> {
          connection.setAutoCommit(false);
          try {
            T result = work.run(connection);
            connection.commit();
            return result;
          } catch (SQLException | RuntimeException e) {
            connection.rollback();
            throw e;
          } finally {
            connection.setAutoCommit(true);
          }
        });
  }

  /** Runs {@code work} on one auto-commit connection. */
  public <T> T query(String what, Work<T> work) {
    return connections.use(what, work);
  }

  @Override
  public void close() {
    closed = true;
    try {
      availability.close();
    } finally {
      connections.close();
    }
  }

  @Override
  public String toString() {
    return kind + " " + describe(url);
  }
}

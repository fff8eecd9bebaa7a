package dev.limber.store;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import com.zaxxer.hikari.pool.HikariPool;
import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;

/**
 * An open Limber database: a HikariCP pool over a JDBC URL (an H2 file by default, or PostgreSQL)
 * whose schema Flyway has brought up to date. Thread-safe; close it once when done.
 */
public final class Database implements AutoCloseable {
  /** The environment variable that names the database when {@code --db} is not given. */
  public static final String URL_VARIABLE = "LIMBER_DB_URL";

  /** H2's error code for a database file held by another process (DATABASE_ALREADY_OPEN_1). */
  private static final int H2_DATABASE_ALREADY_OPEN = 90020;

  private final String url;
  private final Kind kind;
  private final HikariDataSource pool;

  /** The database products Limber supports; the migrations serve both. */
  public enum Kind {
    H2,
    POSTGRESQL
  }

  private Database(String url, Kind kind, HikariDataSource pool) {
    this.url = url;
    this.kind = kind;
    this.pool = pool;
  }

  /**
   * The URL to use: the one given (from {@code --db}), else {@code LIMBER_DB_URL} from {@code
   * environment}, else the H2 file under {@code ~/.limber/}.
   */
  public static String chooseUrl(Optional<String> given, Map<String, String> environment) {
    return given
        .filter(url -> !url.isBlank())
        .or(() -> Optional.ofNullable(environment.get(URL_VARIABLE)).filter(url -> !url.isBlank()))
        .orElseGet(Database::defaultUrl);
  }

  /** The embedded default: an H2 file database {@code ~/.limber/limber}. */
  public static String defaultUrl() {
    return "jdbc:h2:file:" + defaultDirectory().resolve("limber");
  }

  /** Where the default database lives: {@code ~/.limber/}. */
  public static Path defaultDirectory() {
    return Path.of(System.getProperty("user.home"), ".limber");
  }

  /** Opens {@code url} with no user name or password (H2 files, or PostgreSQL with its URL's). */
  public static Database open(String url) {
    return open(url, null, null);
  }

  /**
   * Opens the database at {@code url}, creating an H2 file's directory (mode 0700) when missing,
   * and migrates its schema. Throws {@link DatabaseInUseException} when another process holds the
   * H2 file, {@link StoreException} for any other failure.
   */
  public static Database open(String url, String user, String password) {
    Kind kind = kindOf(url);
    String effectiveUrl = url;
    if (kind == Kind.H2) {
      h2FilePath(url).ifPresent(Database::createPrivateDirectory);
      effectiveUrl = withDurableCommits(url);
    }
    HikariConfig config = new HikariConfig();
    config.setJdbcUrl(effectiveUrl);
    if (user != null) {
      config.setUsername(user);
    } else if (kind == Kind.H2) {
      config.setUsername("sa");
    }
    if (password != null) {
      config.setPassword(password);
    }
    config.setPoolName("limber");
    config.setMaximumPoolSize(kind == Kind.H2 ? 4 : 10);
    config.setMinimumIdle(1);
    config.setAutoCommit(true);
    HikariDataSource pool;
    // A first connection of our own reports a locked file or an unreachable server plainly (the
    // pool would log a stack trace) and keeps an H2 file open while the pool starts.
    try (Connection probe =
        DriverManager.getConnection(effectiveUrl, config.getUsername(), config.getPassword())) {
      pool = new HikariDataSource(config);
    } catch (SQLException | HikariPool.PoolInitializationException e) {
      throw failedToOpen(url, e);
    }
    try {
      Flyway.configure()
          .dataSource(pool)
          .locations("classpath:db/migration")
          .failOnMissingLocations(true)
          .load()
          .migrate();
    } catch (FlywayException e) {
      pool.close();
      throw new StoreException("migrate the schema of " + describe(url) + ": " + e.getMessage(), e);
    }
    return new Database(url, kind, pool);
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

  public DataSource dataSource() {
    return pool;
  }

  /** A pooled connection in auto-commit mode; close it to give it back. */
  public Connection connection() throws SQLException {
    return pool.getConnection();
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
    try (Connection connection = pool.getConnection()) {
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
    } catch (SQLException e) {
      throw new StoreException(what + ": " + e.getMessage(), e);
    }
  }

  /** Runs {@code work} on one auto-commit connection. */
  public <T> T query(String what, Work<T> work) {
    try (Connection connection = pool.getConnection()) {
      return work.run(connection);
    } catch (SQLException e) {
      throw new StoreException(what + ": " + e.getMessage(), e);
    }
  }

  @Override
  public void close() {
    pool.close();
  }

  @Override
  public String toString() {
    return kind + " " + describe(url);
  }
}

package dev.limber.store;

import java.io.File;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.UserPrincipal;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

/**
 * A throwaway PostgreSQL cluster for tests: made with {@code initdb} in a temporary directory and
 * started with {@code pg_ctl} on a free loopback port the first time a test asks for it, shared by
 * every test of the JVM, stopped and deleted when the JVM exits. As root it runs the server as the
 * {@code postgres} user, since initdb refuses root. Binaries come from {@code LIMBER_POSTGRES_BIN},
 * else the newest {@code /usr/lib/postgresql/VERSION/bin}.
 */
public final class PostgresCluster {
  private static final String SUPERUSER = "postgres";
  private static PostgresCluster shared;

  private final Path binaries;
  private final Path directory;
  private final int port;
  private final boolean asPostgresUser;
  private final AtomicInteger databases = new AtomicInteger();
  private String migratedTemplate;

  private PostgresCluster(Path binaries, Path directory, int port, boolean asPostgresUser) {
    this.binaries = binaries;
    this.directory = directory;
    this.port = port;
    this.asPostgresUser = asPostgresUser;
  }

  /** The JVM's cluster, started on first use; fails (never skips) when PostgreSQL is missing. */
  public static synchronized PostgresCluster shared() {
    if (shared == null) {
      shared = start();
      PostgresCluster cluster = shared;
      Runtime.getRuntime().addShutdownHook(new Thread(cluster::stop, "stop-test-postgres"));
    }
    return shared;
  }

  /** Creates an empty database and answers its JDBC URL (user and password included). */
  public String createDatabase() {
    String name =
        "limber_test_" + ProcessHandle.current().pid() + "_" + databases.incrementAndGet();
    try (Connection connection = DriverManager.getConnection(url("postgres"), SUPERUSER, "");
        Statement statement = connection.createStatement()) {
      statement.execute("CREATE DATABASE " + name);
    } catch (SQLException e) {
      throw new IllegalStateException("create test database " + name + ": " + e.getMessage(), e);
    }
    return url(name);
  }

  /**
   * Creates a database with the schema migrated: a copy of a template this cluster migrates once
   * (PostgreSQL copies a template's files, far quicker than running every migration again).
   */
  public synchronized String createMigratedDatabase() {
    if (migratedTemplate == null) {
      String template = createDatabase();
      Database.open(template).close();
      migratedTemplate = template.substring(template.lastIndexOf('/') + 1, template.indexOf('?'));
    }
    String name =
        "limber_test_" + ProcessHandle.current().pid() + "_" + databases.incrementAndGet();
    try (Connection connection = DriverManager.getConnection(url("postgres"), SUPERUSER, "");
        Statement statement = connection.createStatement()) {
      statement.execute("CREATE DATABASE " + name + " TEMPLATE " + migratedTemplate);
    } catch (SQLException e) {
      throw new IllegalStateException("create test database " + name + ": " + e.getMessage(), e);
    }
    return url(name);
  }

  public int port() {
    return port;
  }

  /** The JDBC URL of a database in this cluster, with the superuser's name in it. */
  public String url(String database) {
    return "jdbc:postgresql://127.0.0.1:" + port + "/" + database + "?user=" + SUPERUSER;
  }

  private static PostgresCluster start() {
    Path binaries = binaries();
    boolean asRoot = "root".equals(System.getProperty("user.name"));
    try {
      Path directory = Files.createTempDirectory("limber-postgres-");
      if (asRoot) {
        UserPrincipal postgres =
            directory
                .getFileSystem()
                .getUserPrincipalLookupService()
                .lookupPrincipalByName(SUPERUSER);
        Files.setOwner(directory, postgres);
      }
      int port = freePort();
      PostgresCluster cluster = new PostgresCluster(binaries, directory, port, asRoot);
      Path data = directory.resolve("data");
      cluster.run(
          binaries.resolve("initdb").toString(),
          "-D",
          data.toString(),
          "-U",
          SUPERUSER,
          "-A",
          "trust",
          "-E",
          "UTF8",
          "--no-sync",
          "--no-instructions");
      cluster.run(
          binaries.resolve("pg_ctl").toString(),
          "-D",
          data.toString(),
          "-l",
          directory.resolve("server.log").toString(),
          "-w",
          "-o",
          "-p "
              + port
              + " -k "
              + directory
              + " -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off"
              + " -c full_page_writes=off -c max_connections=200",
          "start");
      return cluster;
    } catch (IOException e) {
      throw new IllegalStateException("start a test PostgreSQL: " + e.getMessage(), e);
    }
  }

  private static Path binaries() {
    String configured = System.getenv("LIMBER_POSTGRES_BIN");
    if (configured != null && !configured.isBlank()) {
      Path path = Path.of(configured);
      if (Files.isExecutable(path.resolve("initdb"))) {
        return path;
      }
      throw missing("LIMBER_POSTGRES_BIN=" + configured + " holds no initdb");
    }
    Path root = Path.of("/usr/lib/postgresql");
    if (Files.isDirectory(root)) {
      try (Stream<Path> versions = Files.list(root)) {
        return versions
            .map(version -> version.resolve("bin"))
            .filter(bin -> Files.isExecutable(bin.resolve("initdb")))
            .max(Comparator.comparing(PostgresCluster::versionNumber))
            .orElseThrow(() -> missing("no initdb under " + root));
      } catch (IOException e) {
        throw missing("cannot list " + root + ": " + e.getMessage());
      }
    }
    throw missing("no " + root);
  }

  private static int versionNumber(Path bin) {
    String version = bin.getParent().getFileName().toString();
    try {
      return Integer.parseInt(version.replaceAll("[^0-9].*", ""));
    } catch (NumberFormatException e) {
      return 0;
    }
  }

  private static IllegalStateException missing(String detail) {
    return new IllegalStateException(
        "PostgreSQL binaries are needed for the store tests ("
            + detail
            + "). Run the suite with 'bash scripts/test', which installs them (scripts/setup.sh).");
  }

  private static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    }
  }

  private void run(String... command) {
    List<String> full = new ArrayList<>();
    if (asPostgresUser) {
      full.addAll(List.of("runuser", "-u", SUPERUSER, "--"));
    }
    full.addAll(List.of(command));
    try {
      File output = Files.createTempFile("limber-postgres-command-", ".log").toFile();
      Process process =
          new ProcessBuilder(full)
              .directory(directory.toFile())
              .redirectErrorStream(true)
              .redirectOutput(output)
              .start();
      if (!process.waitFor(120, TimeUnit.SECONDS)) {
        process.destroyForcibly();
        throw new IllegalStateException("timed out: " + String.join(" ", full));
      }
      String printed = Files.readString(output.toPath(), StandardCharsets.UTF_8);
      output.delete();
      if (process.exitValue() != 0) {
        throw new IllegalStateException(
            String.join(" ", full) + " failed (" + process.exitValue() + "):\n" + printed);
      }
    } catch (IOException e) {
      throw new IllegalStateException("run " + String.join(" ", full) + ": " + e.getMessage(), e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted: " + String.join(" ", full), e);
    }
  }

  private void stop() {
    try {
      run(
          binaries.resolve("pg_ctl").toString(),
          "-D",
          directory.resolve("data").toString(),
          "-m",
          "immediate",
          "-w",
          "stop");
    } catch (RuntimeException e) {
      System.err.println("test PostgreSQL did not stop: " + e.getMessage());
    }
    try (Stream<Path> paths = Files.walk(directory)) {
      paths.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
    } catch (IOException e) {
      System.err.println("test PostgreSQL directory not deleted: " + directory);
    }
  }
}

package dev.limber.cli;

import dev.limber.screening.EmergencyNotice;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;

/**
 * {@code limber serve}: the HTTP API in this process until it is stopped. Flags win over the {@code
 * LIMBER_HOST}, {@code LIMBER_PORT}, {@code LIMBER_DB_URL}, {@code LIMBER_TRUSTED_PROXIES}, {@code
 * LIMBER_METRICS_TOKEN}, {@code LIMBER_MANAGEMENT_PORT}, {@code LIMBER_PUBLIC_URL} and {@code
 * LIMBER_EMERGENCY_NUMBER} and {@code LIMBER_DRAIN_SECONDS} environment variables. SIGTERM (or
 * Ctrl-C) stops accepting connections, lets the requests in flight finish within the drain time,
 * then closes the database.
 */
public final class ServeCommand implements Command {
  static final String DEFAULT_HOST = "127.0.0.1";
  static final int DEFAULT_PORT = 8080;
  static final Duration DEFAULT_DRAIN = Duration.ofSeconds(10);

  /** Starts the server; closing the answer stops it. Wired by {@code Main}. */
  public interface Launcher {
    Running start(Settings settings) throws Exception;
  }

  /**
   * What the server was asked for: where to listen, the database, the proxies trusted to name the
   * client (CIDR blocks), the token that opens {@code /metrics}, the management port, the address
   * people reach the web app at (for links in handouts and calendars), the number every emergency
   * notice names (spec/screening.md §6), and how long a stop waits for the requests in flight.
   */
  public record Settings(
      String host,
      int port,
      Optional<String> databaseUrl,
      List<String> trustedProxies,
      Optional<String> metricsToken,
      Optional<Integer> managementPort,
      Optional<String> publicUrl,
      boolean allowClinicianSignUp,
      String emergencyNumber,
      Duration drain) {
    public Settings {
      trustedProxies = List.copyOf(trustedProxies);
      EmergencyNotice.requireValid(emergencyNumber);
      if (drain.isNegative()) {
        throw new IllegalArgumentException("drain < 0: " + drain);
      }
    }

    /** Settings whose emergency notices name the default number, with the default drain. */
    public Settings(
        String host,
        int port,
        Optional<String> databaseUrl,
        List<String> trustedProxies,
        Optional<String> metricsToken,
        Optional<Integer> managementPort,
        Optional<String> publicUrl,
        boolean allowClinicianSignUp) {
      this(
          host,
          port,
          databaseUrl,
          trustedProxies,
          metricsToken,
          managementPort,
          publicUrl,
          allowClinicianSignUp,
          EmergencyNotice.DEFAULT_NUMBER,
          DEFAULT_DRAIN);
    }

    /**
     * Settings with the server's own address as its public one, where only the operator makes
     * clinicians ({@code limber clinician grant}).
     */
    public Settings(
        String host,
        int port,
        Optional<String> databaseUrl,
        List<String> trustedProxies,
        Optional<String> metricsToken,
        Optional<Integer> managementPort) {
      this(
          host,
          port,
          databaseUrl,
          trustedProxies,
          metricsToken,
          managementPort,
          Optional.empty(),
          false,
          EmergencyNotice.DEFAULT_NUMBER,
          DEFAULT_DRAIN);
    }
  }

  /** A started server. */
  public interface Running extends AutoCloseable {
    int port();

    @Override
    void close();
  }

  private final Map<String, String> environment;
  private final Launcher launcher;
  private final CountDownLatch stopped;

  public ServeCommand(Map<String, String> environment, Launcher launcher) {
    this(environment, launcher, new CountDownLatch(1));
  }

  /** {@code stopped} ends the serve loop when counted down; tests use it, people use signals. */
  ServeCommand(Map<String, String> environment, Launcher launcher, CountDownLatch stopped) {
    this.environment = Map.copyOf(environment);
    this.launcher = launcher;
    this.stopped = stopped;
  }

  @Override
  public String name() {
    return "serve";
  }

  @Override
  public String summary() {
    return "Serve the web app and the HTTP API on one port (open it in a browser)";
  }

  @Override
  public List<Option> options() {
    return List.of(
        Option.value("host", "HOST", "address to listen on (LIMBER_HOST; default 127.0.0.1)"),
        Option.value(
            "port", "PORT", "port to listen on, 0 for any free one (LIMBER_PORT; default 8080)"),
        Option.value(
            "db",
            "URL",
            "JDBC URL of the database (LIMBER_DB_URL; default the H2 file in $LIMBER_HOME or ~/.limber)"),
        Option.value(
            "trusted-proxy",
            "CIDR",
            "proxies whose X-Forwarded-For names the client, comma-separated"
                + " (LIMBER_TRUSTED_PROXIES; default none)"),
        Option.value(
            "metrics-token",
            "TOKEN",
            "serve /metrics to requests with this Bearer token (LIMBER_METRICS_TOKEN)"),
        Option.value(
            "management-port",
            "PORT",
            "serve /metrics and /health on this port too (LIMBER_MANAGEMENT_PORT)"),
        Option.value(
            "public-url",
            "URL",
            "the address people reach the web app at, for links in handouts and calendars"
                + " (LIMBER_PUBLIC_URL; default this server's own address)"),
        Option.value(
            "drain",
            "SECONDS",
            "on SIGTERM, how long the requests in flight may take to finish before the database"
                + " closes (LIMBER_DRAIN_SECONDS; default 10)"),
        Option.flag(
            "allow-clinician-signup",
            "let any signed-in account make itself a clinician (otherwise: limber clinician"
                + " grant)"));
  }

  @Override
  public int run(Arguments arguments, Io io) throws Exception {
    arguments.noPositionals();
    String host = arguments.value("host").or(() -> env("LIMBER_HOST")).orElse(DEFAULT_HOST);
    int port = port(arguments);
    Optional<String> databaseUrl = arguments.value("db").or(() -> env("LIMBER_DB_URL"));
    List<String> trustedProxies =
        arguments
            .value("trusted-proxy")
            .or(() -> env("LIMBER_TRUSTED_PROXIES"))
            .map(
                list ->
                    Arrays.stream(list.split(","))
                        .map(String::trim)
                        .filter(block -> !block.isEmpty())
                        .toList())
            .orElse(List.of());
    Optional<String> metricsToken =
        arguments.value("metrics-token").or(() -> env("LIMBER_METRICS_TOKEN"));
    Optional<Integer> managementPort =
        arguments.value("management-port").isPresent()
            ? arguments.integer("management-port", 0, 65_535)
            : env("LIMBER_MANAGEMENT_PORT").map(value -> portFrom("LIMBER_MANAGEMENT_PORT", value));
    // The command line set it once from --emergency-number or LIMBER_EMERGENCY_NUMBER (Cli).
    String emergencyNumber = EmergencyNotice.number();
    Running server =
        launcher.start(
            new Settings(
                host,
                port,
                databaseUrl,
                trustedProxies,
                metricsToken,
                managementPort,
                arguments.value("public-url").or(() -> env("LIMBER_PUBLIC_URL")),
                arguments.flag("allow-clinician-signup"),
                emergencyNumber,
                drain(arguments)));
    Thread stopOnSignal = new Thread(server::close, "limber-serve-stop");
    Runtime.getRuntime().addShutdownHook(stopOnSignal);
    io.out().println("Limber serves http://" + host + ":" + server.port() + "/ (Ctrl-C stops it)");
    io.out().flush();
    try {
      stopped.await();
    } finally {
      Runtime.getRuntime().removeShutdownHook(stopOnSignal);
      server.close();
    }
    return ExitCode.OK;
  }

  private int port(Arguments arguments) {
    if (arguments.value("port").isPresent()) {
      return arguments.integer("port", 0, 65_535).orElseThrow();
    }
    return env("LIMBER_PORT").map(value -> portFrom("LIMBER_PORT", value)).orElse(DEFAULT_PORT);
  }

  private Duration drain(Arguments arguments) {
    if (arguments.value("drain").isPresent()) {
      return Duration.ofSeconds(arguments.integer("drain", 0, 3_600).orElseThrow());
    }
    return env("LIMBER_DRAIN_SECONDS")
        .map(
            value -> {
              try {
                int seconds = Integer.parseInt(value.trim());
                if (seconds >= 0 && seconds <= 3_600) {
                  return Duration.ofSeconds(seconds);
                }
              } catch (NumberFormatException e) {
                // reported below with the value
              }
              throw new UsageException(
                  "LIMBER_DRAIN_SECONDS must be a number of seconds from 0 to 3600, found \""
                      + value
                      + "\"");
            })
        .orElse(DEFAULT_DRAIN);
  }

  private static int portFrom(String variable, String value) {
    try {
      int port = Integer.parseInt(value.trim());
      if (port >= 0 && port <= 65_535) {
        return port;
      }
    } catch (NumberFormatException e) {
      // reported below with the value
    }
    throw new UsageException(variable + " must be a port from 0 to 65535, found \"" + value + "\"");
  }

  private Optional<String> env(String name) {
    return Optional.ofNullable(environment.get(name)).filter(value -> !value.isBlank());
  }
}

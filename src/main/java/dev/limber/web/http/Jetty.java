package dev.limber.web.http;

import dev.limber.json.Json;
import io.javalin.Javalin;
import io.javalin.config.JavalinConfig;
import io.javalin.config.SizeUnit;
import io.javalin.http.Context;
import io.javalin.json.JsonMapper;
import jakarta.servlet.DispatcherType;
import java.lang.reflect.Type;
import java.util.EnumSet;
import java.util.concurrent.TimeoutException;
import org.eclipse.jetty.server.Connector;
import org.eclipse.jetty.server.HttpConfiguration;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.server.handler.StatisticsHandler;
import org.eclipse.jetty.servlet.FilterHolder;

/**
 * Jetty under Javalin as Limber runs it: the request size limits, Jetty's own errors as
 * problem+json, the connection and client-thread limits, the method-override filter, the drain on
 * stop, and the API's and the management port's connectors.
 */
public final class Jetty {
  private final WebOptions options;
  private final ClientAddress clientAddress;
  private final int maxRequestBytes;
  private volatile String host = "127.0.0.1";
  private volatile int port;
  private volatile ServerConnector managementConnector;

  /** Jetty for {@code options}, taking request bodies of up to {@code maxRequestBytes}. */
  public Jetty(WebOptions options, ClientAddress clientAddress, int maxRequestBytes) {
    this.options = options;
    this.clientAddress = clientAddress;
    this.maxRequestBytes = maxRequestBytes;
  }

  /** Applies the set-up to a Javalin being created. */
  public void configure(JavalinConfig config) {
    config.showJavalinBanner = false;
    config.startupWatcherEnabled = false;
    config.http.maxRequestSize = maxRequestBytes;
    config.jetty.multipartConfig.maxTotalRequestSize(maxRequestBytes, SizeUnit.BYTES);
    config.http.defaultContentType = Bodies.JSON;
    config.jsonMapper(new RefusingJsonMapper());
    config.jetty.modifyServer(
        server -> {
          // A stop waits for the requests this handler counts, up to the drain timeout;
          // Javalin puts its own handler inside this one.
          server.setHandler(new StatisticsHandler());
          server.setStopTimeout(options.drainTimeout().toMillis());
          server.setErrorHandler(new ProblemErrorHandler());
          ConnectionLimits.applyTo(server, clientAddress);
        });
    config.jetty.modifyHttpConfiguration(
        http -> ConnectionLimits.applyTo(http, options.idleTimeout()));
    config.jetty.modifyServletContextHandler(
        handler -> {
          handler.setErrorHandler(new ProblemErrorHandler());
          handler.addFilter(
              new FilterHolder(new ClientThreadLimit(clientAddress)),
              "/*",
              EnumSet.of(DispatcherType.REQUEST, DispatcherType.ASYNC));
          handler.addFilter(
              new FilterHolder(new MethodOverrideFilter()),
              "/*",
              EnumSet.of(DispatcherType.REQUEST));
        });
    if (options.managementPort().isPresent()) {
      // With a connector of our own Javalin adds none: the API's comes first.
      config.jetty.addConnector((server, http) -> connector(server, http, host, port));
      config.jetty.addConnector(
          (server, http) -> {
            managementConnector = connector(server, http, host, options.managementPort().get());
            return managementConnector;
          });
    }
  }

  /** Starts {@code app} listening on {@code host}; port 0 picks a free one. */
  public void start(Javalin app, String host, int port) {
    this.host = host;
    this.port = port;
    app.start(host, port);
    for (Connector connector : app.jettyServer().server().getConnectors()) {
      if (connector instanceof ServerConnector server) {
        server.setIdleTimeout(options.idleTimeout().toMillis());
      }
    }
  }

  /** The host the API listens on, {@code 127.0.0.1} before a start. */
  public String host() {
    return host;
  }

  /** The management port serving only /metrics and /health, when one was asked for. */
  public int managementPort() {
    ServerConnector connector = managementConnector;
    if (connector == null) {
      throw new IllegalStateException("no management port was configured");
    }
    return connector.getLocalPort();
  }

  /** True when the request came in on the management port. */
  boolean onManagementPort(Context context) {
    ServerConnector connector = managementConnector;
    return connector != null && context.req().getLocalPort() == connector.getLocalPort();
  }

  /** True when a stop failed only because requests outlasted the drain time. */
  public static boolean outlastedTheDrain(Throwable failure) {
    for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
      if (cause instanceof TimeoutException) {
        return true;
      }
    }
    return false;
  }

  private static ServerConnector connector(
      Server server, HttpConfiguration http, String host, int port) {
    ServerConnector connector = new ServerConnector(server, new HttpConnectionFactory(http));
    connector.setHost(host);
    connector.setPort(port);
    return connector;
  }

  /**
   * Javalin never maps JSON here: every body goes through {@link Json}; this says so if misused.
   */
  private static final class RefusingJsonMapper implements JsonMapper {
    @Override
    public String toJsonString(Object value, Type type) {
      return Json.write(value);
    }

    @Override
    public <T> T fromJsonString(String json, Type targetType) {
      throw new UnsupportedOperationException("read bodies with Json.parse and Fields");
    }
  }
}

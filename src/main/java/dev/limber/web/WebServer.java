package dev.limber.web;

import dev.limber.account.SignInThrottle;
import dev.limber.json.Json;
import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.HandlerType;
import io.javalin.http.HttpResponseException;
import io.javalin.json.JsonMapper;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.binder.jvm.JvmMemoryMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmThreadMetrics;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.lang.reflect.Type;
import java.util.List;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Limber's HTTP API on Javalin: the routes of every area, JSON in and out through {@link Json},
 * errors as problem+json, security headers on every answer, and Prometheus metrics. Holds no state
 * of its own between requests; accounts and login sessions live behind the core interfaces.
 */
public final class WebServer implements AutoCloseable {
  /** Every JSON body but an import: answers documents are small. */
  public static final int BODY_LIMIT_BYTES = 64 * 1024;

  private static final Logger LOG = LoggerFactory.getLogger(WebServer.class);
  private static final String STARTED_NANOS = "limber.started";
  private static final Set<HandlerType> ROUTE_METHODS =
      Set.of(
          HandlerType.GET,
          HandlerType.POST,
          HandlerType.PUT,
          HandlerType.PATCH,
          HandlerType.DELETE);

  private final Javalin app;
  private final PrometheusMeterRegistry metrics;

  public WebServer(WebServices services) {
    metrics = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
    new JvmMemoryMetrics().bindTo(metrics);
    new JvmThreadMetrics().bindTo(metrics);
    app =
        Javalin.create(
            config -> {
              config.showJavalinBanner = false;
              config.startupWatcherEnabled = false;
              config.http.maxRequestSize = services.importLimitBytes();
              config.http.defaultContentType = Bodies.JSON;
              config.jsonMapper(new RefusingJsonMapper());
              config.jetty.modifyServer(server -> server.setStopTimeout(2_000));
            });
    app.before(this::beforeEach);
    app.after(this::afterEach);
    app.exception(
        ProblemException.class, (failure, context) -> answerProblem(context, failure.problem()));
    app.exception(
        HttpResponseException.class,
        (failure, context) -> answerProblem(context, fromJavalin(failure, context)));
    app.exception(
        Exception.class,
        (failure, context) -> {
          LOG.error("{} {} failed", context.method(), context.path(), failure);
          answerProblem(
              context,
              Problem.of(
                  500,
                  "internal",
                  "Internal error",
                  "the server could not answer; it has been logged"));
        });
    app.error(
        404,
        context -> {
          if (context.result() == null || context.result().isEmpty()) {
            answerProblem(context, Problem.notFound("no resource at " + context.path()));
          }
        });
    app.get("/health", context -> Bodies.answer(context, java.util.Map.of("status", "UP")));
    app.get(
        "/metrics",
        context ->
            context
                .contentType("text/plain; version=0.0.4; charset=utf-8")
                .result(metrics.scrape()));
    app.get(
        "/api/openapi.json",
        context -> context.contentType(Bodies.JSON).result(OpenApi.document()));
    new CatalogRoutes(services.catalog(), services.illustrator()).register(app);
    Authentication authentication = new Authentication(services.accounts(), services.clock());
    new AccountRoutes(
            services.accounts(),
            services.passwordHasher(),
            new SignInThrottle(services.signInAttempts(), services.clock()),
            authentication,
            accountId -> services.journals().apply(accountId).forget(),
            services.clock())
        .register(app);
    new JournalRoutes(
            authentication,
            services.journals(),
            services.screener(),
            services.clock(),
            services.importLimitBytes())
        .register(app);
    new PlanRoutes(
            services.catalog(),
            services.screener(),
            authentication,
            services.journals(),
            services.historyFill(),
            services.clock())
        .register(app);
    new ScreeningRoutes(
            services.screener(),
            authentication,
            services.journals(),
            services.historyFill(),
            services.clock())
        .register(app);
  }

  /** Starts listening; port 0 picks a free one (see {@link #port()}). */
  public WebServer start(String host, int port) {
    app.start(host, port);
    return this;
  }

  public int port() {
    return app.port();
  }

  /** Every registered route as {@code METHOD path}, as Javalin routes them. */
  public List<String> routes() {
    return app.unsafeConfig().pvt.internalRouter.allHttpHandlers().stream()
        .map(parsed -> parsed.getEndpoint())
        .filter(endpoint -> ROUTE_METHODS.contains(endpoint.getMethod()))
        .map(endpoint -> endpoint.getMethod().name() + " " + endpoint.getPath())
        .sorted()
        .toList();
  }

  @Override
  public void close() {
    app.stop();
    metrics.close();
  }

  private void beforeEach(Context context) {
    context.attribute(STARTED_NANOS, System.nanoTime());
    SecurityHeaders.apply(context);
  }

  private void afterEach(Context context) {
    Long started = context.attribute(STARTED_NANOS);
    if (started == null) {
      return;
    }
    String route = context.endpointHandlerPath();
    Timer.builder("http.server.requests")
        .tag("method", context.method().name())
        .tag("route", route == null || route.equals("*") ? "unmatched" : route)
        .tag("status", Integer.toString(context.statusCode()))
        .register(metrics)
        .record(System.nanoTime() - started, java.util.concurrent.TimeUnit.NANOSECONDS);
  }

  private static Problem fromJavalin(HttpResponseException failure, Context context) {
    return switch (failure.getStatus()) {
      case 404 -> Problem.notFound("no resource at " + context.path());
      case 413 ->
          Problem.of(413, "body-too-large", "Request body too large", "the body is over the limit");
      default ->
          Problem.of(
              failure.getStatus(),
              "http-" + failure.getStatus(),
              "Request failed",
              "the server answered " + failure.getStatus());
    };
  }

  private static void answerProblem(Context context, Problem problem) {
    SecurityHeaders.apply(context);
    Bodies.problem(context, problem);
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

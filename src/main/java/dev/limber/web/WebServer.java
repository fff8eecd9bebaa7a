package dev.limber.web;

import dev.limber.account.HashingBusyException;
import dev.limber.account.Secrets;
import dev.limber.app.AccountService;
import dev.limber.app.InvalidInput;
import dev.limber.app.Person;
import dev.limber.app.ProgramServices;
import dev.limber.app.Services;
import dev.limber.journal.UnknownOwnerException;
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
import jakarta.servlet.DispatcherType;
import java.lang.reflect.Type;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.eclipse.jetty.server.Connector;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.server.handler.StatisticsHandler;
import org.eclipse.jetty.servlet.FilterHolder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Limber's HTTP API on Javalin: the routes of every area, JSON in and out through {@link Json},
 * errors as problem+json (Jetty's own included), security headers on every answer, and Prometheus
 * metrics on a management port or behind a token. Holds no state of its own between requests;
 * accounts and login sessions live behind the core interfaces.
 */
public final class WebServer implements AutoCloseable {
  /** Every JSON body but an import: answers documents are small. */
  public static final int BODY_LIMIT_BYTES = 64 * 1024;

  private static final Logger LOG = LoggerFactory.getLogger(WebServer.class);
  private static final String STARTED_NANOS = "limber.started";
  private static final List<HandlerType> ROUTE_METHODS =
      List.of(
          HandlerType.GET,
          HandlerType.POST,
          HandlerType.PUT,
          HandlerType.PATCH,
          HandlerType.DELETE);
  private static final Set<String> MANAGEMENT_PATHS =
      Set.of("/metrics", "/health", "/health/ready", "/backup");

  private final Javalin app;
  private final PrometheusMeterRegistry metrics;
  private final WebOptions options;
  private final ClientAddress clientAddress;
  private final Readiness readiness;
  private final Optional<Backup> backup;
  private volatile Optional<String> lastNotReady = Optional.empty();
  private Pages pages;
  private volatile String host = "127.0.0.1";
  private volatile int port;
  private volatile ServerConnector managementConnector;

  public WebServer(WebServices services) {
    this(services, WebOptions.defaults());
  }

  public WebServer(WebServices services, WebOptions options) {
    this(services, options, Readiness.ALWAYS);
  }

  /** A server whose {@code /health/ready} asks {@code readiness}. */
  public WebServer(WebServices services, WebOptions options, Readiness readiness) {
    this(services, options, readiness, Optional.empty());
  }

  /**
   * A server whose {@code /health/ready} asks {@code readiness} and whose management port streams
   * {@code backup} at {@code GET /backup}.
   */
  public WebServer(
      WebServices services, WebOptions options, Readiness readiness, Optional<Backup> backup) {
    this.options = options;
    this.readiness = readiness;
    this.backup = backup;
    this.clientAddress = new ClientAddress(options.trustedBlocks());
    metrics = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
    new JvmMemoryMetrics().bindTo(metrics);
    new JvmThreadMetrics().bindTo(metrics);
    app =
        Javalin.create(
            config -> {
              config.showJavalinBanner = false;
              config.startupWatcherEnabled = false;
              config.http.maxRequestSize = services.importLimitBytes();
              config.jetty.multipartConfig.maxTotalRequestSize(
                  services.importLimitBytes(), io.javalin.config.SizeUnit.BYTES);
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
                      managementConnector =
                          connector(server, http, host, options.managementPort().get());
                      return managementConnector;
                    });
              }
            });
    app.before(this::beforeEach);
    app.after(this::afterEach);
    app.exception(
        ProblemException.class, (failure, context) -> answerProblem(context, failure.problem()));
    app.exception(
        InvalidInput.class,
        (failure, context) -> answerProblem(context, Problem.invalidFields(failure.errors())));
    app.exception(
        HttpResponseException.class,
        (failure, context) -> {
          if (failure.getStatus() == 404) {
            notFoundOrNotAllowed(context);
          } else {
            answerProblem(context, fromJavalin(failure, context));
          }
        });
    app.exception(
        HashingBusyException.class,
        (failure, context) -> {
          context.header("Retry-After", Long.toString(failure.retryAfter().toSeconds()));
          answerProblem(
              context,
              Problem.of(
                  503,
                  "busy",
                  "Busy",
                  "too many passwords are being checked right now; try again in a moment"));
        });
    app.exception(
        AccountService.Throttled.class,
        (failure, context) -> {
          context.header("Retry-After", Long.toString(failure.retryAfter().toSeconds()));
          answerProblem(context, tooMany(failure));
        });
    app.exception(
        AccountService.SignInFailed.class,
        (failure, context) ->
            answerProblem(
                context,
                Problem.of(
                    401,
                    "sign-in-failed",
                    "Sign-in failed",
                    "the e-mail address or password is wrong")));
    app.exception(
        AccountService.AccountGone.class,
        (failure, context) ->
            answerProblem(
                context, Authentication.unauthenticated("the account no longer exists").problem()));
    app.exception(
        AccountService.TooManyTokens.class,
        (failure, context) ->
            answerProblem(
                context,
                Problem.of(409, "too-many-tokens", "Too many API tokens", failure.getMessage())));
    app.exception(
        AccountService.NoSuchToken.class,
        (failure, context) -> answerProblem(context, Problem.notFound(failure.getMessage())));
    app.exception(
        UnknownOwnerException.class,
        (failure, context) ->
            answerProblem(
                context,
                Problem.of(401, "unauthenticated", "Not signed in", "the account was deleted")));
    app.exception(
        Exception.class,
        (failure, context) -> {
          String route = context.endpointHandlerPath();
          LOG.error(
              "{} {} failed: {}",
              context.method(),
              route == null || route.isEmpty() ? "(unmatched)" : route,
              LoggedFailure.describe(failure));
          answerProblem(
              context,
              Problem.of(
                  500,
                  "internal",
                  "Internal error",
                  "the server could not answer; it has been logged"));
        });
    app.exception(Pages.Redirected.class, (redirected, context) -> {});
    app.error(404, this::notFoundOrNotAllowed);
    app.get("/health", context -> Bodies.answer(context, Map.of("status", "UP")));
    app.get("/health/ready", this::ready);
    app.get("/backup", this::backup);
    app.get("/metrics", this::metrics);
    app.get(
        "/api/openapi.json",
        context -> context.contentType(Bodies.JSON).result(OpenApi.document(publicUrl())));
    Services engine = services.app();
    new CatalogRoutes(engine::catalog, services.illustrator()).register(app);
    Authentication authentication =
        new Authentication(services.accounts(), clientAddress, services.clock());
    Function<Caller, Person> people = caller -> services.people().apply(caller.accountId());
    AccountService accounts = engine.accounts();
    new AccountRoutes(accounts, authentication, clientAddress).register(app);
    new Idempotency(services.idempotentAnswers(), authentication, services.clock()).register(app);
    new JournalRoutes(authentication, people, engine, services.importLimitBytes()).register(app);
    new PlanRoutes(authentication, people, engine, services.clock()).register(app);
    new ScreeningRoutes(authentication, people, engine).register(app);
    pages = new Pages(authentication, clientAddress);
    new Assets().register(app);
    new SitePages(pages).register(app);
    ProgramServices programs = engine.programs();
    new JourneyPages(
            pages,
            people,
            engine,
            account -> programs.joining().mine(account).isPresent(),
            services.clock())
        .register(app);
    new PlayPages(pages, people, engine, clientAddress, services.clock()).register(app);
    new AccountPages(pages, accounts, authentication, clientAddress, services.clock())
        .register(app);
    new JournalPages(pages, people, engine, services.clock()).register(app);
    new HandoutRoutes(
            authentication,
            pages,
            people,
            engine.handouts(),
            programs.days(),
            new PlanRequest(engine, services.clock()),
            this::publicUrl,
            services.clock())
        .register(app);
    new CalendarRoutes(authentication, pages, people, engine.reminders(), this::publicUrl)
        .register(app);
    new ClinicianRoutes(programs, authentication, services.clinicianSignUp()).register(app);
    new ProgramRoutes(programs, authentication, clientAddress, pages).register(app);
    new ClinicianPages(pages, programs, services.clinicianSignUp()).register(app);
    new ProgramBuilderPages(pages, programs).register(app);
    new ProgramPages(pages, programs, clientAddress).register(app);
  }

  /** Starts listening; port 0 picks a free one (see {@link #port()}). */
  public WebServer start(String host, int port) {
    this.host = host;
    this.port = port;
    app.start(host, port);
    for (Connector connector : app.jettyServer().server().getConnectors()) {
      if (connector instanceof ServerConnector server) {
        server.setIdleTimeout(options.idleTimeout().toMillis());
      }
    }
    return this;
  }

  public int port() {
    return app.port();
  }

  /** Where people reach the web app: the configured public address, else this server's own. */
  public String publicUrl() {
    return options.publicUrl().orElseGet(() -> "http://" + host + ":" + port());
  }

  /** The management port serving only /metrics and /health, when one was asked for. */
  public int managementPort() {
    ServerConnector connector = managementConnector;
    if (connector == null) {
      throw new IllegalStateException("no management port was configured");
    }
    return connector.getLocalPort();
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

  /**
   * Stops accepting connections, waits up to the drain timeout for the requests in flight, then
   * closes every connection; a request still running then is cut off, and the stop still completes.
   */
  @Override
  public void close() {
    try {
      app.stop();
    } catch (RuntimeException failure) {
      if (!outlastedTheDrain(failure)) {
        throw failure;
      }
      LOG.warn(
          "stopped with requests still in flight after the {} s drain time",
          options.drainTimeout().toSeconds());
    } finally {
      metrics.close();
    }
  }

  private static boolean outlastedTheDrain(Throwable failure) {
    for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
      if (cause instanceof java.util.concurrent.TimeoutException) {
        return true;
      }
    }
    return false;
  }

  private static ServerConnector connector(
      org.eclipse.jetty.server.Server server,
      org.eclipse.jetty.server.HttpConfiguration http,
      String host,
      int port) {
    ServerConnector connector = new ServerConnector(server, new HttpConnectionFactory(http));
    connector.setHost(host);
    connector.setPort(port);
    return connector;
  }

  private boolean onManagementPort(Context context) {
    ServerConnector connector = managementConnector;
    return connector != null && context.req().getLocalPort() == connector.getLocalPort();
  }

  private void beforeEach(Context context) {
    context.attribute(STARTED_NANOS, System.nanoTime());
    applySecurityHeaders(context);
    if (onManagementPort(context) && !MANAGEMENT_PATHS.contains(context.path())) {
      throw Problem.notFound(
              "the management port serves only /metrics, /health, /health/ready and /backup")
          .exception();
    }
    if (!readiness.migrated() && !MANAGEMENT_PATHS.contains(context.path())) {
      context.header("Retry-After", "5");
      throw Problem.of(503, "starting", "Starting", "the database schema is being migrated")
          .exception();
    }
  }

  /** 200 when the database answers and its schema is current; 503 naming why not otherwise. */
  private void ready(Context context) {
    Optional<String> notReady = readiness.notReadyBecause();
    context.header("Cache-Control", "no-store");
    if (!notReady.equals(lastNotReady)) {
      lastNotReady = notReady;
      notReady.ifPresentOrElse(
          reason -> LOG.warn("not ready: {}", reason), () -> LOG.info("ready again"));
    }
    if (notReady.isPresent()) {
      Bodies.answer(context, 503, Map.of("status", "NOT_READY", "reason", notReady.get()));
    } else {
      Bodies.answer(context, Map.of("status", "READY"));
    }
  }

  /** The whole database as {@code limber backup} writes it; on the management port only. */
  private void backup(Context context) throws java.io.IOException {
    if (!onManagementPort(context) || backup.isEmpty()) {
      throw Problem.notFound("no resource at /backup").exception();
    }
    context
        .contentType("application/octet-stream")
        .header("Content-Disposition", "attachment; filename=\"limber.backup\"")
        .header("Cache-Control", "no-store");
    backup.get().writeTo(context.outputStream());
  }

  /** Served on the management port, or anywhere with the metrics token; else it does not exist. */
  private void metrics(Context context) {
    boolean allowed =
        onManagementPort(context)
            || options
                .metricsToken()
                .map(token -> Secrets.matches("Bearer " + token, context.header("Authorization")))
                .orElse(false);
    if (!allowed) {
      throw Problem.notFound("no resource at /metrics").exception();
    }
    context.contentType("text/plain; version=0.0.4; charset=utf-8").result(metrics.scrape());
  }

  /** 405 with {@code Allow} when the path exists for other methods; else 404. */
  private void notFoundOrNotAllowed(Context context) {
    String answered = context.res().getContentType();
    // A route that answered its own 404 (an API problem or a page's error page) keeps it.
    if (answered != null
        && (answered.startsWith(Problem.CONTENT_TYPE) || answered.startsWith("text/html"))) {
      return;
    }
    List<String> allowed =
        ROUTE_METHODS.stream()
            .filter(
                method ->
                    app.unsafeConfig()
                        .pvt
                        .internalRouter
                        .findHttpHandlerEntries(method, context.path())
                        .findAny()
                        .isPresent())
            .map(HandlerType::name)
            .toList();
    if (allowed.isEmpty()) {
      answerProblem(context, Problem.notFound("no resource at this path"));
      return;
    }
    context.header("Allow", allowed.stream().collect(Collectors.joining(", ")));
    answerProblem(
        context,
        Problem.of(
            405,
            "method-not-allowed",
            "Method not allowed",
            "this path answers " + String.join(", ", allowed)));
  }

  private void applySecurityHeaders(Context context) {
    SecurityHeaders.apply(context.path(), clientAddress.isHttps(context), context::header);
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
        .record(System.nanoTime() - started, TimeUnit.NANOSECONDS);
  }

  private static Problem fromJavalin(HttpResponseException failure, Context context) {
    return switch (failure.getStatus()) {
      case 404 -> Problem.notFound("no resource at this path");
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

  /** 429 naming the throttle that refused. */
  private static Problem tooMany(AccountService.Throttled failure) {
    return switch (failure.action()) {
      case SIGN_UP ->
          Problem.of(
              429,
              "too-many-sign-ups",
              "Too many sign-ups",
              "this network address has signed up too many accounts in the last hour");
      case SIGN_IN ->
          Problem.of(
              429,
              "too-many-sign-ins",
              "Too many failed sign-ins",
              "wait " + failure.retryAfter().toMinutes() + " minutes before trying again");
    };
  }

  private void answerProblem(Context context, Problem problem) {
    applySecurityHeaders(context);
    if (pages != null && wantsHtml(context)) {
      try {
        pages.problem(context, problem);
        return;
      } catch (RuntimeException failure) {
        // An error page that cannot be drawn falls back to problem+json, never to itself.
        LOG.error("the error page failed: {}", LoggedFailure.describe(failure));
      }
    }
    if (problem.status() == 401) {
      context.header("WWW-Authenticate", "Bearer realm=\"limber\"");
    }
    Bodies.problem(context, problem);
  }

  /** A person's browser on a page, not a script asking for JSON. */
  private static boolean wantsHtml(Context context) {
    String accept = context.header("Accept");
    return Pages.isPage(context.path()) && (accept == null || !accept.contains("json"));
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

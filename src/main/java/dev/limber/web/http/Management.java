package dev.limber.web.http;

import dev.limber.account.Secrets;
import io.javalin.Javalin;
import io.javalin.http.Context;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.binder.jvm.JvmMemoryMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmThreadMetrics;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.io.IOException;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What every request passes and what operators ask: security headers on every answer, the
 * management port that serves only {@code /metrics}, {@code /health}, {@code /health/ready} and
 * {@code /backup}, the 503 while the schema is migrated, and the Prometheus request timer.
 */
public final class Management implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(Management.class);
  private static final String STARTED_NANOS = "limber.started";
  private static final Set<String> MANAGEMENT_PATHS =
      Set.of("/metrics", "/health", "/health/ready", "/backup");

  private final WebOptions options;
  private final Readiness readiness;
  private final Optional<Backup> backup;
  private final ClientAddress clientAddress;
  private final Jetty jetty;
  private final PrometheusMeterRegistry metrics;
  private volatile Optional<String> lastNotReady = Optional.empty();

  /**
   * Management whose {@code /health/ready} asks {@code readiness} and whose management port streams
   * {@code backup} at {@code GET /backup}.
   */
  public Management(
      WebOptions options,
      Readiness readiness,
      Optional<Backup> backup,
      ClientAddress clientAddress,
      Jetty jetty) {
    this.options = options;
    this.readiness = readiness;
    this.backup = backup;
    this.clientAddress = clientAddress;
    this.jetty = jetty;
    metrics = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
    new JvmMemoryMetrics().bindTo(metrics);
    new JvmThreadMetrics().bindTo(metrics);
  }

  public void register(Javalin app) {
    app.before(this::beforeEach);
    app.after(this::afterEach);
    app.get("/health", context -> Bodies.answer(context, Map.of("status", "UP")));
    app.get("/health/ready", this::ready);
    app.get("/backup", this::backup);
    app.get("/metrics", this::metrics);
  }

  @Override
  public void close() {
    metrics.close();
  }

  private void beforeEach(Context context) {
    context.attribute(STARTED_NANOS, System.nanoTime());
    SecurityHeaders.apply(context.path(), clientAddress.isHttps(context), context::header);
    if (SecurityHeaders.showsNothingPrivate(context.method().name(), context.path())) {
      context.header("Cache-Control", "private, no-cache");
    }
    if (jetty.onManagementPort(context) && !MANAGEMENT_PATHS.contains(context.path())) {
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
  private void backup(Context context) throws IOException {
    if (!jetty.onManagementPort(context) || backup.isEmpty()) {
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
        jetty.onManagementPort(context)
            || options
                .metricsToken()
                .map(token -> Secrets.matches("Bearer " + token, context.header("Authorization")))
                .orElse(false);
    if (!allowed) {
      throw Problem.notFound("no resource at /metrics").exception();
    }
    context.contentType("text/plain; version=0.0.4; charset=utf-8").result(metrics.scrape());
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
}

package dev.limber.web;

import dev.limber.app.Person;
import dev.limber.app.ProgramServices;
import dev.limber.app.Services;
import dev.limber.web.api.AccountRoutes;
import dev.limber.web.api.CalendarRoutes;
import dev.limber.web.api.CatalogRoutes;
import dev.limber.web.api.ClinicianRoutes;
import dev.limber.web.api.HandoutRoutes;
import dev.limber.web.api.JournalRoutes;
import dev.limber.web.api.OpenApi;
import dev.limber.web.api.PlanRoutes;
import dev.limber.web.api.ProgramBuilderRoutes;
import dev.limber.web.api.ProgramRoutes;
import dev.limber.web.api.ScreeningRoutes;
import dev.limber.web.http.Assets;
import dev.limber.web.http.Authentication;
import dev.limber.web.http.Backup;
import dev.limber.web.http.Bodies;
import dev.limber.web.http.Caller;
import dev.limber.web.http.ClientAddress;
import dev.limber.web.http.HandoutAnswers;
import dev.limber.web.http.Idempotency;
import dev.limber.web.http.Jetty;
import dev.limber.web.http.Management;
import dev.limber.web.http.PlanRequest;
import dev.limber.web.http.ProblemMapping;
import dev.limber.web.http.Readiness;
import dev.limber.web.http.WebOptions;
import dev.limber.web.pages.AccountPages;
import dev.limber.web.pages.CalendarPages;
import dev.limber.web.pages.ClinicianPages;
import dev.limber.web.pages.HandoutPages;
import dev.limber.web.pages.JournalPages;
import dev.limber.web.pages.JourneyPages;
import dev.limber.web.pages.Pages;
import dev.limber.web.pages.PlayPages;
import dev.limber.web.pages.PlayStartPages;
import dev.limber.web.pages.ProgramBuilderPages;
import dev.limber.web.pages.ProgramPages;
import dev.limber.web.pages.SignInPages;
import dev.limber.web.pages.SitePages;
import io.javalin.Javalin;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Limber's web server on Javalin: builds the server from its parts (Jetty's set-up, the problem
 * mapping, management, the JSON API of {@code api} and the pages of {@code pages}) and starts and
 * stops it. Holds no state of its own between requests; accounts and login sessions live behind the
 * core interfaces.
 */
public final class WebServer implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(WebServer.class);

  private final Javalin app;
  private final WebOptions options;
  private final Jetty jetty;
  private final Management management;

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
    ClientAddress clientAddress = new ClientAddress(options.trustedBlocks());
    jetty = new Jetty(options, clientAddress, services.importLimitBytes());
    management = new Management(options, readiness, backup, clientAddress, jetty);
    app = Javalin.create(jetty::configure);
    Authentication authentication =
        new Authentication(services.accounts(), clientAddress, services.clock());
    Pages pages = new Pages(authentication, clientAddress);
    management.register(app);
    new ProblemMapping(clientAddress, Pages::isPage, pages::problem).register(app);
    app.get(
        "/api/openapi.json",
        context -> context.contentType(Bodies.JSON).result(OpenApi.document(publicUrl())));
    Services engine = services.app();
    Function<Caller, Person> people = caller -> services.people().apply(caller.accountId());
    ProgramServices programs = engine.programs();
    HandoutAnswers handouts =
        new HandoutAnswers(
            engine.handouts(),
            new PlanRequest(engine, services.clock()),
            this::publicUrl,
            services.clock());
    new CatalogRoutes(engine::catalog, services.illustrator()).register(app);
    new AccountRoutes(engine.accounts(), authentication, clientAddress).register(app);
    new Idempotency(services.idempotentAnswers(), authentication, services.clock()).register(app);
    new JournalRoutes(authentication, people, engine, services.importLimitBytes()).register(app);
    new PlanRoutes(authentication, people, engine, services.clock()).register(app);
    new ScreeningRoutes(authentication, people, engine).register(app);
    new Assets().register(app);
    new SitePages(pages).register(app);
    new JourneyPages(
            pages,
            people,
            engine,
            account -> programs.joining().mine(account).isPresent(),
            services.clock())
        .register(app);
    new PlayStartPages(pages, people, engine, clientAddress, services.clock()).register(app);
    new PlayPages(pages, people, engine).register(app);
    new SignInPages(pages, engine.accounts(), authentication, clientAddress).register(app);
    new AccountPages(pages, engine.accounts(), authentication, clientAddress, services.clock())
        .register(app);
    new JournalPages(pages, people, engine, services.clock()).register(app);
    new HandoutRoutes(authentication, people, programs.days(), handouts).register(app);
    new HandoutPages(pages, people, programs.days(), handouts).register(app);
    new CalendarRoutes(authentication, people, engine.reminders(), this::publicUrl).register(app);
    new CalendarPages(pages, people, engine.reminders(), this::publicUrl).register(app);
    new ClinicianRoutes(programs, authentication, services.clinicianSignUp()).register(app);
    new ProgramRoutes(programs, authentication, clientAddress).register(app);
    new ProgramBuilderRoutes(programs, engine.accounts(), authentication).register(app);
    new ClinicianPages(pages, programs, services.clinicianSignUp()).register(app);
    new ProgramBuilderPages(pages, programs, engine.accounts()).register(app);
    new ProgramPages(pages, programs, clientAddress).register(app);
  }

  /** Starts listening; port 0 picks a free one (see {@link #port()}). */
  public WebServer start(String host, int port) {
    jetty.start(app, host, port);
    return this;
  }

  public int port() {
    return app.port();
  }

  /** Where people reach the web app: the configured public address, else this server's own. */
  public String publicUrl() {
    return options.publicUrl().orElseGet(() -> "http://" + jetty.host() + ":" + port());
  }

  /** The management port serving only /metrics and /health, when one was asked for. */
  public int managementPort() {
    return jetty.managementPort();
  }

  /** Every registered route as {@code METHOD path}, as Javalin routes them. */
  public List<String> routes() {
    return app.unsafeConfig().pvt.internalRouter.allHttpHandlers().stream()
        .map(parsed -> parsed.getEndpoint())
        .filter(endpoint -> ProblemMapping.ROUTE_METHODS.contains(endpoint.getMethod()))
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
      if (!Jetty.outlastedTheDrain(failure)) {
        throw failure;
      }
      LOG.warn(
          "stopped with requests still in flight after the {} s drain time",
          options.drainTimeout().toSeconds());
    } finally {
      management.close();
    }
  }
}

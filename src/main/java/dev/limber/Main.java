package dev.limber;

import dev.limber.catalog.Catalog;
import dev.limber.cli.CheckinCommand;
import dev.limber.cli.Cli;
import dev.limber.cli.ExportCommand;
import dev.limber.cli.ForgetCommand;
import dev.limber.cli.GoCommand;
import dev.limber.cli.HistoryCommand;
import dev.limber.cli.IllustrationsCommand;
import dev.limber.cli.ImportCommand;
import dev.limber.cli.InsightsCommand;
import dev.limber.cli.Io;
import dev.limber.cli.JournalSource;
import dev.limber.cli.PlanCommand;
import dev.limber.cli.RulesCommand;
import dev.limber.cli.ScreenCommand;
import dev.limber.cli.ServeCommand;
import dev.limber.cli.SessionPlanning;
import dev.limber.cli.TechniqueCommand;
import dev.limber.cli.TechniquesCommand;
import dev.limber.journal.HistoryFiller;
import dev.limber.render.svg.SvgIllustrator;
import dev.limber.screening.RuleBook;
import dev.limber.screening.Screener;
import dev.limber.store.Database;
import dev.limber.store.JdbcAccounts;
import dev.limber.store.JdbcJournal;
import dev.limber.store.JdbcSignInAttempts;
import dev.limber.web.Argon2PasswordHasher;
import dev.limber.web.WebServer;
import dev.limber.web.WebServices;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/** Limber's entry point: wires the core and the adapters by hand, loading each only when used. */
public final class Main {
  /** An import carries a whole journal, so its body may be larger than any other. */
  static final int IMPORT_LIMIT_BYTES = 16 * 1024 * 1024;

  private Main() {}

  public static void main(String[] args) {
    System.exit(cli().run(args, Io.system()));
  }

  /** The command line with every command wired; services are created on first use. */
  public static Cli cli() {
    Supplier<Catalog> catalog = memoize(Catalog::bundled);
    Clock clock = Clock.systemDefaultZone();
    JournalSource journals = Main::openJournal;
    Supplier<Screener> screener = memoize(() -> new Screener(RuleBook.bundled(), catalog.get()));
    SessionPlanning planning = new SessionPlanning(catalog, screener, journals, clock);
    return new Cli(
        version(),
        List.of(
            new TechniquesCommand(catalog),
            new TechniqueCommand(catalog, SvgIllustrator::new),
            new IllustrationsCommand(catalog, SvgIllustrator::new),
            new ScreenCommand(screener, journals, clock),
            new RulesCommand(RuleBook::bundled),
            new PlanCommand(planning),
            new GoCommand(planning),
            new CheckinCommand(journals, RuleBook::bundled, clock),
            new HistoryCommand(journals, clock),
            new InsightsCommand(journals, RuleBook::bundled, clock),
            new ExportCommand(journals, clock),
            new ImportCommand(journals),
            new ForgetCommand(journals),
            new ServeCommand(System.getenv(), (host, port, db) -> serve(catalog, host, port, db))));
  }

  /** Starts the HTTP server; Javalin is loaded only here, when {@code limber serve} runs. */
  static ServeCommand.Running serve(
      Supplier<Catalog> catalog, String host, int port, Optional<String> databaseUrl) {
    Database database = Database.open(Database.chooseUrl(databaseUrl, System.getenv()));
    WebServer server;
    try {
      server = new WebServer(webServices(database, catalog, Clock.systemUTC())).start(host, port);
    } catch (RuntimeException e) {
      database.close();
      throw e;
    }
    return new ServeCommand.Running() {
      @Override
      public int port() {
        return server.port();
      }

      @Override
      public void close() {
        server.close();
        database.close();
      }
    };
  }

  /** Everything the web server needs, over one database. */
  public static WebServices webServices(Database database, Supplier<Catalog> catalog, Clock clock) {
    Supplier<Screener> screener = memoize(() -> new Screener(RuleBook.bundled(), catalog.get()));
    return new WebServices(
        catalog,
        new JdbcAccounts(database),
        new JdbcSignInAttempts(database),
        new Argon2PasswordHasher(),
        screener,
        accountId -> new JdbcJournal(database, accountId),
        journal -> new HistoryFiller(screener.get().ruleBook().policy(), clock).fill(journal),
        clock,
        IMPORT_LIMIT_BYTES,
        new SvgIllustrator());
  }

  /**
   * Opens the command line's own journal; the store is loaded only here, when a command needs it.
   */
  static JournalSource.Opened openJournal(Optional<String> databaseUrl) {
    Database database = Database.open(Database.chooseUrl(databaseUrl, System.getenv()));
    return new JournalSource.Opened(
        new JdbcJournal(database, JdbcJournal.LOCAL_OWNER), database::close);
  }

  static String version() {
    String version = Main.class.getPackage().getImplementationVersion();
    return version == null ? "development" : version;
  }

  static <T> Supplier<T> memoize(Supplier<T> supplier) {
    return new Supplier<>() {
      private T value;

      @Override
      public synchronized T get() {
        if (value == null) {
          value = supplier.get();
        }
        return value;
      }
    };
  }
}

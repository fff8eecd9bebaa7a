package dev.limber;

import dev.limber.account.HashingPool;
import dev.limber.account.PasswordHasher;
import dev.limber.app.HandoutService;
import dev.limber.app.Person;
import dev.limber.app.ReminderService;
import dev.limber.app.Services;
import dev.limber.catalog.Catalog;
import dev.limber.cli.BackupCommand;
import dev.limber.cli.Backups;
import dev.limber.cli.CalendarCommand;
import dev.limber.cli.CheckinCommand;
import dev.limber.cli.Cli;
import dev.limber.cli.ClinicianCommand;
import dev.limber.cli.DemoCommand;
import dev.limber.cli.ExportCommand;
import dev.limber.cli.ForgetCommand;
import dev.limber.cli.GoCommand;
import dev.limber.cli.HandoutCommand;
import dev.limber.cli.HistoryCommand;
import dev.limber.cli.IllustrationsCommand;
import dev.limber.cli.ImportCommand;
import dev.limber.cli.InsightsCommand;
import dev.limber.cli.InvalidInputException;
import dev.limber.cli.Io;
import dev.limber.cli.JournalSource;
import dev.limber.cli.PlanCommand;
import dev.limber.cli.ProgramCommand;
import dev.limber.cli.RestoreCommand;
import dev.limber.cli.ReviewCommand;
import dev.limber.cli.RulesCommand;
import dev.limber.cli.ScreenCommand;
import dev.limber.cli.ServeCommand;
import dev.limber.cli.SessionPlanning;
import dev.limber.cli.TechniqueCommand;
import dev.limber.cli.TechniquesCommand;
import dev.limber.cli.UsageException;
import dev.limber.journal.InMemoryReminderCalendars;
import dev.limber.render.ical.IcalCalendarWriter;
import dev.limber.render.pdf.PdfHandoutPrinter;
import dev.limber.render.svg.SvgIllustrator;
import dev.limber.screening.EmergencyNotice;
import dev.limber.screening.RuleBook;
import dev.limber.store.Database;
import dev.limber.store.DatabaseBackup;
import dev.limber.store.DatabaseInUseException;
import dev.limber.store.JdbcAccounts;
import dev.limber.store.JdbcIdempotentAnswers;
import dev.limber.store.JdbcJournal;
import dev.limber.store.JdbcReminderCalendars;
import dev.limber.web.WebServer;
import dev.limber.web.WebServices;
import dev.limber.web.http.Argon2PasswordHasher;
import dev.limber.web.http.Readiness;
import dev.limber.web.http.WebOptions;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/** Limber's entry point: wires the core and the adapters by hand, loading each only when used. */
public final class Main {
  /** An import carries a whole journal, so its body may be larger than any other. */
  static final int IMPORT_LIMIT_BYTES = 16 * 1024 * 1024;

  /** A load balancer's check waits about this long for the database before calling it down. */
  static final Duration READINESS_TIMEOUT = Duration.ofSeconds(2);

  private Main() {}

  public static void main(String[] args) {
    System.exit(cli().run(args, Io.system()));
  }

  /** The command line with every command wired; services are created on first use. */
  public static Cli cli() {
    return cli(Clock.systemDefaultZone(), Main::openJournal);
  }

  /** The command line on this clock and these journals, as the tests and the parity suite use. */
  public static Cli cli(Clock clock, JournalSource journals) {
    return cli(clock, journals, System.getenv());
  }

  /** As {@link #cli(Clock, JournalSource)}, reading its settings from {@code environment}. */
  public static Cli cli(Clock clock, JournalSource journals, Map<String, String> environment) {
    Supplier<Catalog> catalog = memoize(Catalog::bundled);
    Supplier<Services> services =
        memoize(() -> Services.of(catalog.get(), RuleBook.bundled(), clock));
    SessionPlanning planning = new SessionPlanning(services, journals, clock);
    Supplier<HandoutService> handouts = memoize(() -> handouts(services.get(), clock));
    // The command line writes a file: no calendar is kept, so no journal of another owner is read.
    Supplier<ReminderService> reminders =
        memoize(
            () ->
                new ReminderService(
                    services.get().planning(),
                    new IcalCalendarWriter(),
                    new InMemoryReminderCalendars(),
                    owner -> {
                      throw new IllegalStateException("the command line keeps no calendars");
                    },
                    clock));
    // The program commands add the stored services to these, over the database each one opens.
    Supplier<StoredServices.Desk> desk =
        () -> new StoredServices.Desk(services.get(), handouts.get(), reminders.get());
    return new Cli(
        version(),
        List.of(
            new TechniquesCommand(catalog),
            new TechniqueCommand(catalog, SvgIllustrator::new),
            new IllustrationsCommand(catalog, SvgIllustrator::new),
            new ScreenCommand(services, journals),
            new RulesCommand(RuleBook::bundled),
            new PlanCommand(planning),
            new GoCommand(planning),
            new HandoutCommand(planning, handouts),
            new CalendarCommand(journals, reminders, environment),
            new CheckinCommand(journals, services, clock),
            new ReviewCommand(journals, services, clock),
            new HistoryCommand(journals, services, clock),
            new InsightsCommand(journals, services, clock),
            new ExportCommand(journals, services),
            new ImportCommand(journals, services),
            new ForgetCommand(journals, services),
            new ClinicianCommand(url -> StoredServices.programDesk(url, desk.get(), clock)),
            new ProgramCommand(
                url -> StoredServices.programDesk(url, desk.get(), clock),
                catalog,
                handouts,
                clock),
            new DemoCommand(url -> StoredServices.programDesk(url, desk.get(), clock), clock),
            new BackupCommand(BACKUPS),
            new RestoreCommand(BACKUPS),
            new ServeCommand(environment, settings -> serve(catalog, settings))),
        environment);
  }

  /**
   * Backups over the store, each on its own database: a plain connection for H2 (whose snapshot the
   * script reads) and for the emptiness check of a restore.
   */
  static final Backups BACKUPS =
      new Backups() {
        @Override
        public String backUp(Optional<String> databaseUrl, OutputStream out) throws IOException {
          try (Database database = openForBackup(databaseUrl)) {
            DatabaseBackup.Copied copied = DatabaseBackup.write(database, out);
            return "Backed up "
                + copied.rows()
                + " rows in "
                + copied.rowsByTable().size()
                + " tables of "
                + database;
          }
        }

        @Override
        public String restore(Optional<String> databaseUrl, Path file) throws IOException {
          try (Database database = openForBackup(databaseUrl)) {
            DatabaseBackup.Copied copied = DatabaseBackup.restore(database, file);
            return "Restored "
                + copied.rows()
                + " rows in "
                + copied.rowsByTable().size()
                + " tables from "
                + file
                + " into "
                + database;
          } catch (DatabaseBackup.UnusableBackupException e) {
            throw new InvalidInputException(e.getMessage());
          }
        }

        private Database openForBackup(Optional<String> databaseUrl) {
          String url = Database.chooseUrl(databaseUrl, System.getenv());
          try {
            return Database.openForOneCommand(url);
          } catch (DatabaseInUseException e) {
            throw new DatabaseInUseException(
                e.getMessage()
                    + " A running server backs up its own H2 database: GET /backup on its"
                    + " management port (limber serve --management-port).",
                e);
          }
        }
      };

  /** Handouts printed as PDF, the steps drawn as SVG; openhtmltopdf loads only when one prints. */
  static HandoutService handouts(Services services, Clock clock) {
    return new HandoutService(
        services.planning(), new SvgIllustrator(), new PdfHandoutPrinter(), version(), clock);
  }

  /** Starts the HTTP server; Javalin is loaded only here, when {@code limber serve} runs. */
  static ServeCommand.Running serve(Supplier<Catalog> catalog, ServeCommand.Settings settings) {
    WebOptions options;
    try {
      options = WebOptions.defaults().withTrustedProxies(settings.trustedProxies());
      if (settings.metricsToken().isPresent()) {
        options = options.withMetricsToken(settings.metricsToken().get());
      }
      if (settings.managementPort().isPresent()) {
        options = options.withManagementPort(settings.managementPort().get());
      }
      if (settings.publicUrl().isPresent()) {
        options = options.withPublicUrl(settings.publicUrl().get());
      }
      options = options.withDrainTimeout(settings.drain());
    } catch (IllegalArgumentException e) {
      throw new UsageException(e.getMessage());
    }
    // Once, before any page, handout or calendar is made: every notice names the same number.
    EmergencyNotice.configure(settings.emergencyNumber());
    // Listening before the migrations run lets a load balancer see "not ready" rather than nothing.
    Database database =
        Database.connect(Database.chooseUrl(settings.databaseUrl(), System.getenv()));
    WebServer server;
    try {
      server =
          new WebServer(
                  settings.allowClinicianSignUp()
                      ? webServices(database, catalog, Clock.systemUTC()).allowingClinicianSignUp()
                      : webServices(database, catalog, Clock.systemUTC()),
                  options,
                  readiness(database),
                  Optional.of(out -> DatabaseBackup.write(database, out)))
              .start(settings.host(), settings.port());
    } catch (RuntimeException e) {
      database.close();
      throw e;
    }
    try {
      database.migrate();
    } catch (RuntimeException e) {
      server.close();
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
        try {
          server.close();
        } finally {
          database.close();
        }
      }
    };
  }

  /** Readiness over {@code database}: migrated, open, and giving a valid connection within 2 s. */
  public static Readiness readiness(Database database) {
    return new Readiness() {
      @Override
      public Optional<String> notReadyBecause() {
        return database.unavailableBecause(READINESS_TIMEOUT);
      }

      @Override
      public boolean migrated() {
        return database.migrated();
      }
    };
  }

  /** Everything the web server needs, over one database. */
  public static WebServices webServices(Database database, Supplier<Catalog> catalog, Clock clock) {
    return webServices(database, catalog, clock, boundedHasher(new Argon2PasswordHasher()));
  }

  /** As {@link #webServices(Database, Supplier, Clock)} with the given password hasher. */
  public static WebServices webServices(
      Database database, Supplier<Catalog> catalog, Clock clock, PasswordHasher hasher) {
    Services services = Services.of(catalog.get(), RuleBook.bundled(), clock);
    return new WebServices(
        StoredServices.overDatabase(
            services,
            database,
            hasher,
            handouts(services, clock),
            new ReminderService(
                services.planning(),
                new IcalCalendarWriter(),
                new JdbcReminderCalendars(database),
                StoredServices.journals(database),
                clock),
            clock),
        new JdbcAccounts(database),
        new JdbcIdempotentAnswers(database),
        StoredServices.people(database),
        clock,
        IMPORT_LIMIT_BYTES,
        new SvgIllustrator(),
        false);
  }

  /**
   * The hasher behind a {@link HashingPool} sized from this JVM's heap: each Argon2id hash needs
   * its memory cost and as much again for the copies Password4j makes.
   */
  public static PasswordHasher boundedHasher(PasswordHasher hasher) {
    int slots =
        HashingPool.slotsFor(
            Runtime.getRuntime().maxMemory(),
            2L * Argon2PasswordHasher.MEMORY_KIB * 1024,
            Runtime.getRuntime().availableProcessors());
    return new HashingPool(hasher, slots, 2 * slots);
  }

  /**
   * Opens the command line's own journal; the store is loaded only here, when a command needs it.
   */
  static JournalSource.Opened openJournal(Optional<String> databaseUrl) {
    Database database =
        Database.openForOneCommand(Database.chooseUrl(databaseUrl, System.getenv()));
    return new JournalSource.Opened(
        Person.withJournal(new JdbcJournal(database, JdbcJournal.LOCAL_OWNER)), database::close);
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

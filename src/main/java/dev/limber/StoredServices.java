package dev.limber;

import dev.limber.account.PasswordHasher;
import dev.limber.app.AccountService;
import dev.limber.app.HandoutService;
import dev.limber.app.Person;
import dev.limber.app.PlayService;
import dev.limber.app.ProgramServices;
import dev.limber.app.ReminderService;
import dev.limber.app.Services;
import dev.limber.cli.ProgramDesk;
import dev.limber.journal.Journal;
import dev.limber.store.Database;
import dev.limber.store.JdbcAccounts;
import dev.limber.store.JdbcAttempts;
import dev.limber.store.JdbcJournal;
import dev.limber.store.JdbcJournals;
import dev.limber.store.JdbcPlayableSessions;
import dev.limber.store.JdbcPrograms;
import dev.limber.web.http.Argon2PasswordHasher;
import java.time.Clock;
import java.util.Optional;
import java.util.function.Function;

/**
 * The application services that need the database, wired over one: accounts, programs, browser
 * play, and each account's journal and person. {@code Main} asks here; nothing else builds them.
 */
final class StoredServices {
  private StoredServices() {}

  /** What the clinician and program commands build their stored services on. */
  record Desk(Services services, HandoutService handouts, ReminderService reminders) {}

  /** The clinician and program commands' database, opened for one command. */
  static ProgramDesk.Opened programDesk(Optional<String> databaseUrl, Desk desk, Clock clock) {
    Database database =
        Database.openForOneCommand(Database.chooseUrl(databaseUrl, System.getenv()));
    Services stored =
        overDatabase(
            desk.services(),
            database,
            Main.boundedHasher(new Argon2PasswordHasher()),
            desk.handouts(),
            desk.reminders(),
            clock);
    return new ProgramDesk.Opened(stored.programs(), stored.accounts(), database::close);
  }

  /**
   * {@code services} with those over {@code database} built once on them: accounts, programs,
   * browser play, and the given handouts and reminders.
   */
  static Services overDatabase(
      Services services,
      Database database,
      PasswordHasher hasher,
      HandoutService handouts,
      ReminderService reminders,
      Clock clock) {
    JdbcAccounts accounts = new JdbcAccounts(database);
    JdbcAttempts attempts = new JdbcAttempts(database);
    ProgramServices programs =
        new ProgramServices(
            new JdbcPrograms(database),
            accounts,
            attempts,
            new JdbcJournals(database),
            services,
            clock,
            new java.security.SecureRandom());
    return services.with(
        new Services.Stored(
            new AccountService(accounts, hasher, attempts, clock),
            programs,
            new PlayService(
                new JdbcPlayableSessions(database, services.catalog()),
                attempts,
                services.planning(),
                services.sessions(),
                programs.days(),
                people(database),
                clock),
            handouts,
            reminders));
  }

  /** Each account's journal in {@code database}. */
  static Function<String, Journal> journals(Database database) {
    return accountId -> new JdbcJournal(database, accountId);
  }

  /** The person each account is: their journal, and their own time zone for "today" (§2.2). */
  static Function<String, Person> people(Database database) {
    JdbcAccounts accounts = new JdbcAccounts(database);
    return accountId ->
        Person.withJournal(new JdbcJournal(database, accountId), accounts.timeZone(accountId));
  }
}

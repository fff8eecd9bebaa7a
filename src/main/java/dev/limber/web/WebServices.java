package dev.limber.web;

import dev.limber.account.Accounts;
import dev.limber.account.PasswordHasher;
import dev.limber.account.SignInAttempts;
import dev.limber.catalog.Catalog;
import dev.limber.catalog.Illustrator;
import dev.limber.journal.Journal;
import dev.limber.screening.HistoryFill;
import dev.limber.screening.Screener;
import java.time.Clock;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * What the web server serves, wired by {@code Main}: the core services and the stores behind the
 * account and journal routes. {@code journals} gives the journal an account owns; {@code
 * historyFill} reads from a journal the screening answers a person left out; {@code illustrator}
 * draws the techniques.
 */
public record WebServices(
    Supplier<Catalog> catalog,
    Accounts accounts,
    SignInAttempts signInAttempts,
    PasswordHasher passwordHasher,
    Supplier<Screener> screener,
    Function<String, Journal> journals,
    Function<Journal, HistoryFill> historyFill,
    Clock clock,
    int importLimitBytes,
    Illustrator illustrator) {
  public WebServices {
    if (catalog == null
        || accounts == null
        || signInAttempts == null
        || passwordHasher == null
        || screener == null
        || journals == null
        || historyFill == null
        || clock == null
        || illustrator == null) {
      throw new IllegalArgumentException("every web service is required");
    }
    if (importLimitBytes < WebServer.BODY_LIMIT_BYTES) {
      throw new IllegalArgumentException(
          "importLimitBytes < " + WebServer.BODY_LIMIT_BYTES + ": " + importLimitBytes);
    }
  }
}

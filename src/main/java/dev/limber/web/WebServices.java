package dev.limber.web;

import dev.limber.account.Accounts;
import dev.limber.account.PasswordHasher;
import dev.limber.account.SignInAttempts;
import dev.limber.catalog.Catalog;
import java.time.Clock;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * What the web server serves, wired by {@code Main}: the core services and the stores behind the
 * account and journal routes. {@code forgetJournal} deletes everything an account's journal holds.
 */
public record WebServices(
    Supplier<Catalog> catalog,
    Accounts accounts,
    SignInAttempts signInAttempts,
    PasswordHasher passwordHasher,
    Consumer<String> forgetJournal,
    Clock clock,
    int importLimitBytes) {
  public WebServices {
    if (catalog == null
        || accounts == null
        || signInAttempts == null
        || passwordHasher == null
        || forgetJournal == null
        || clock == null) {
      throw new IllegalArgumentException("every web service is required");
    }
    if (importLimitBytes < WebServer.BODY_LIMIT_BYTES) {
      throw new IllegalArgumentException(
          "importLimitBytes < " + WebServer.BODY_LIMIT_BYTES + ": " + importLimitBytes);
    }
  }
}

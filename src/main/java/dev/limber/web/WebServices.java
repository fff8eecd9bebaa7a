package dev.limber.web;

import dev.limber.account.Accounts;
import dev.limber.account.Attempts;
import dev.limber.account.IdempotentAnswers;
import dev.limber.account.PasswordHasher;
import dev.limber.app.Services;
import dev.limber.catalog.Illustrator;
import dev.limber.journal.Journal;
import dev.limber.session.PlayableSessions;
import java.time.Clock;
import java.util.function.Function;

/**
 * What the web server serves, wired by {@code Main}: the application services every route calls,
 * the stores behind the account routes, the illustrator that draws the techniques, and the sessions
 * waiting to be played in a browser. {@code journals} gives the journal an account owns.
 */
public record WebServices(
    Services app,
    Accounts accounts,
    Attempts attempts,
    IdempotentAnswers idempotentAnswers,
    PasswordHasher passwordHasher,
    Function<String, Journal> journals,
    Clock clock,
    int importLimitBytes,
    Illustrator illustrator,
    PlayableSessions playableSessions) {
  public WebServices {
    if (app == null
        || accounts == null
        || attempts == null
        || idempotentAnswers == null
        || passwordHasher == null
        || journals == null
        || clock == null
        || illustrator == null
        || playableSessions == null) {
      throw new IllegalArgumentException("every web service is required");
    }
    if (importLimitBytes < WebServer.BODY_LIMIT_BYTES) {
      throw new IllegalArgumentException(
          "importLimitBytes < " + WebServer.BODY_LIMIT_BYTES + ": " + importLimitBytes);
    }
  }
}

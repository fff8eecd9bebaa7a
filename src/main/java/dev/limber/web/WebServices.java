package dev.limber.web;

import dev.limber.account.Accounts;
import dev.limber.account.IdempotentAnswers;
import dev.limber.app.Person;
import dev.limber.app.Services;
import dev.limber.catalog.Illustrator;
import dev.limber.web.http.Bodies;
import java.time.Clock;
import java.util.function.Function;

/**
 * What the web server serves, wired by {@code Main}: the application services every route calls
 * (built over a store), the accounts that authenticate a request, the answers kept for idempotent
 * retries, and the illustrator that draws the techniques. {@code people} gives the person a
 * signed-in account is, journal and time zone included; {@code clinicianSignUp} lets any signed-in
 * account make itself a clinician.
 */
public record WebServices(
    Services app,
    Accounts accounts,
    IdempotentAnswers idempotentAnswers,
    Function<String, Person> people,
    Clock clock,
    int importLimitBytes,
    Illustrator illustrator,
    boolean clinicianSignUp) {
  /** The same services, letting any signed-in account make itself a clinician. */
  public WebServices allowingClinicianSignUp() {
    return new WebServices(
        app, accounts, idempotentAnswers, people, clock, importLimitBytes, illustrator, true);
  }

  public WebServices {
    if (app == null
        || accounts == null
        || idempotentAnswers == null
        || people == null
        || clock == null
        || illustrator == null) {
      throw new IllegalArgumentException("every web service is required");
    }
    if (importLimitBytes < Bodies.LIMIT_BYTES) {
      throw new IllegalArgumentException(
          "importLimitBytes < " + Bodies.LIMIT_BYTES + ": " + importLimitBytes);
    }
  }
}

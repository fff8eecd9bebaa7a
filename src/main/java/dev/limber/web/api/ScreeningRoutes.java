package dev.limber.web.api;

import dev.limber.app.Person;
import dev.limber.app.ScreeningOutcome;
import dev.limber.app.Services;
import dev.limber.web.http.Authentication;
import dev.limber.web.http.Bodies;
import dev.limber.web.http.Caller;
import dev.limber.web.http.Problem;
import io.javalin.Javalin;
import io.javalin.http.Context;
import java.util.Set;
import java.util.function.Function;

/**
 * {@code POST /api/screenings} (open to all; filled from and kept in the journal when the caller is
 * signed in), {@code GET /api/screenings} (the screenings kept), and {@code GET /api/rules}. Bodies
 * are those of {@code limber screen --json} and {@code limber rules --json}.
 */
public final class ScreeningRoutes {
  private final Authentication authentication;
  private final Function<Caller, Person> people;
  private final Services services;

  public ScreeningRoutes(
      Authentication authentication, Function<Caller, Person> people, Services services) {
    this.authentication = authentication;
    this.people = people;
    this.services = services;
  }

  public void register(Javalin app) {
    app.post("/api/screenings", this::screen);
    app.get("/api/screenings", this::kept);
    app.get("/api/rules", context -> Bodies.answer(context, services.screening().rules()));
  }

  private void screen(Context context) {
    Person person = authentication.optional(context).map(people).orElse(Person.ANONYMOUS);
    Bodies.requireJsonContentType(context);
    byte[] body = Bodies.readBytes(context, Bodies.LIMIT_BYTES);
    ScreeningOutcome outcome = services.screening().screen(person, body, Set.of());
    if (outcome.isRejected()) {
      throw Problem.invalidAnswers(outcome.rejection().orElseThrow()).exception();
    }
    Bodies.answer(context, outcome.screened().orElseThrow());
  }

  private void kept(Context context) {
    Person person = people.apply(authentication.require(context));
    Bodies.answer(context, services.screening().kept(person));
  }
}

package dev.limber.web;

import dev.limber.app.Person;
import dev.limber.app.ScreeningOutcome;
import dev.limber.app.Services;
import dev.limber.screening.InvalidAnswers;
import io.javalin.Javalin;
import io.javalin.http.Context;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * {@code POST /api/screenings} (open to all; filled from and kept in the journal when the caller is
 * signed in), {@code GET /api/screenings} (the screenings kept), and {@code GET /api/rules}. Bodies
 * are those of {@code limber screen --json} and {@code limber rules --json}.
 */
final class ScreeningRoutes {
  private final Authentication authentication;
  private final Function<Caller, Person> people;
  private final Services services;

  ScreeningRoutes(
      Authentication authentication, Function<Caller, Person> people, Services services) {
    this.authentication = authentication;
    this.people = people;
    this.services = services;
  }

  void register(Javalin app) {
    app.post("/api/screenings", this::screen);
    app.get("/api/screenings", this::kept);
    app.get("/api/rules", context -> Bodies.answer(context, services.screening().rules()));
  }

  private void screen(Context context) {
    Person person = authentication.optional(context).map(people).orElse(Person.ANONYMOUS);
    Bodies.requireJsonContentType(context);
    byte[] body = Bodies.readBytes(context, WebServer.BODY_LIMIT_BYTES);
    ScreeningOutcome outcome = services.screening().screen(person, body, Set.of());
    if (outcome.isRejected()) {
      throw rejected(outcome.rejection().orElseThrow()).exception();
    }
    Bodies.answer(context, outcome.screened().orElseThrow());
  }

  private void kept(Context context) {
    Person person = people.apply(authentication.require(context));
    Bodies.answer(context, services.screening().kept(person));
  }

  /** 400 with the members of spec §6's rejection: every error and the emergency notice. */
  static Problem rejected(InvalidAnswers rejection) {
    @SuppressWarnings("unchecked")
    Map<String, Object> members = (Map<String, Object>) rejection.toJson();
    Problem problem =
        Problem.of(
            400,
            "invalid-answers",
            "The answers are invalid",
            rejection.errors().size()
                + " answer(s) are invalid, first "
                + rejection.errors().get(0)
                + ". If you are in danger, read the emergency notice.");
    for (Map.Entry<String, Object> member : members.entrySet()) {
      problem = problem.with(member.getKey(), member.getValue());
    }
    return problem;
  }
}

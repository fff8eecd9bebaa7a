package dev.limber.web.api;

import dev.limber.app.Person;
import dev.limber.app.PlanningService;
import dev.limber.app.Services;
import dev.limber.screening.InvalidAnswers;
import dev.limber.web.http.Authentication;
import dev.limber.web.http.Bodies;
import dev.limber.web.http.Caller;
import dev.limber.web.http.PlanRequest;
import dev.limber.web.http.Problem;
import io.javalin.Javalin;
import io.javalin.http.Context;
import java.time.Clock;
import java.util.function.Function;

/**
 * {@code POST /api/plans}: answers and preferences in, the routine and timeline out, as {@code
 * limber plan --json} prints them. Open to all; a signed-in person's journal fills the answers, its
 * pain flags apply, and the screening is kept.
 */
public final class PlanRoutes {
  private final Authentication authentication;
  private final Function<Caller, Person> people;
  private final Services services;
  private final PlanRequest request;

  public PlanRoutes(
      Authentication authentication,
      Function<Caller, Person> people,
      Services services,
      Clock clock) {
    this.authentication = authentication;
    this.people = people;
    this.services = services;
    this.request = new PlanRequest(services, clock);
  }

  public void register(Javalin app) {
    app.post("/api/plans", this::plan);
  }

  private void plan(Context context) {
    Person person = authentication.optional(context).map(people).orElse(Person.ANONYMOUS);
    Object body = PlanRequest.readBody(context);
    PlanRequest.Parsed<Void> parsed = request.read(person, body);
    PlanningService.PlanOutcome outcome =
        services.planning().plan(person, parsed.answers(), parsed.preferences());
    if (outcome.rejection().isPresent()) {
      throw Problem.invalidAnswers(
              new InvalidAnswers(PlanRequest.prefixed(outcome.rejection().get())))
          .exception();
    }
    Bodies.answer(context, outcome.planned().orElseThrow());
  }
}

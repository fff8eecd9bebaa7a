package dev.limber.web.api;

import dev.limber.app.Paper;
import dev.limber.app.Person;
import dev.limber.app.ProgramDayService;
import dev.limber.web.http.Authentication;
import dev.limber.web.http.Bodies;
import dev.limber.web.http.Caller;
import dev.limber.web.http.HandoutAnswers;
import dev.limber.web.http.PlanRequest;
import io.javalin.Javalin;
import io.javalin.http.Context;
import java.util.function.Function;

/**
 * Printed handouts as PDF over the API: {@code POST /api/handouts} (the body of {@code /api/plans}
 * and an optional {@code paper}), screened and planned exactly as {@code /api/plans} does.
 *
 * <p>A clinician's program prints the same way, gated by the person's own screening: the person's
 * today's session ({@code POST /api/program/handout}), or the clinician's printout for a person who
 * joined them from that person's latest screening ({@code POST
 * /api/clinician/people/{person}/handout}). The pages' forms are {@code HandoutPages}.
 */
public final class HandoutRoutes {
  private final Authentication authentication;
  private final Function<Caller, Person> people;
  private final ProgramDayService programs;
  private final HandoutAnswers handouts;

  public HandoutRoutes(
      Authentication authentication,
      Function<Caller, Person> people,
      ProgramDayService programs,
      HandoutAnswers handouts) {
    this.authentication = authentication;
    this.people = people;
    this.programs = programs;
    this.handouts = handouts;
  }

  public void register(Javalin app) {
    app.post("/api/handouts", this::api);
    app.post("/api/program/handout", this::programApi);
    app.post("/api/clinician/people/{person}/handout", this::clinicianApi);
  }

  private void programApi(Context context) {
    String account = authentication.require(context).accountId();
    Paper paper = HandoutAnswers.paperOf(optionalJson(context));
    handouts.program(context, programs.fromTodaysScreening(account), paper, "inline", true);
  }

  private void clinicianApi(Context context) {
    String clinician = authentication.require(context).accountId();
    Paper paper = HandoutAnswers.paperOf(optionalJson(context));
    handouts.program(
        context,
        programs.latestFor(clinician, context.pathParam("person")),
        paper,
        "inline",
        false);
  }

  /** The body's JSON, or null for none at all (then no content type is needed either). */
  private static Object optionalJson(Context context) {
    if (context.header("Content-Type") == null && context.contentLength() <= 0) {
      return null;
    }
    return Bodies.readJson(context, Bodies.LIMIT_BYTES, true);
  }

  private void api(Context context) {
    Person person = authentication.optional(context).map(people).orElse(Person.ANONYMOUS);
    Object body = PlanRequest.readBody(context);
    handouts.plan(context, person, body, "inline");
  }
}

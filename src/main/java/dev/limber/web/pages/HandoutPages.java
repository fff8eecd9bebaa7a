package dev.limber.web.pages;

import dev.limber.app.Paper;
import dev.limber.app.Person;
import dev.limber.app.ProgramDayService;
import dev.limber.web.http.Caller;
import dev.limber.web.http.HandoutAnswers;
import dev.limber.web.http.PlanRequest;
import io.javalin.Javalin;
import io.javalin.http.Context;
import java.util.List;
import java.util.function.Function;

/**
 * The pages' "Print a handout" forms, each answering the PDF as an attachment: the plan page's
 * {@code POST /handout}, a person's program session ({@code POST /program/handout}) and a
 * clinician's printout for a person who joined them ({@code POST
 * /clinician/people/{person}/handout}).
 */
public final class HandoutPages {
  private final Pages pages;
  private final Function<Caller, Person> people;
  private final ProgramDayService programs;
  private final HandoutAnswers handouts;

  public HandoutPages(
      Pages pages,
      Function<Caller, Person> people,
      ProgramDayService programs,
      HandoutAnswers handouts) {
    this.pages = pages;
    this.people = people;
    this.programs = programs;
    this.handouts = handouts;
  }

  public void register(Javalin app) {
    app.post("/handout", this::form);
    app.post("/program/handout", this::programForm);
    app.post("/clinician/people/{person}/handout", this::clinicianForm);
  }

  private void programForm(Context context) {
    pages.signedIn(context);
    String account = pages.posted(context).caller().orElseThrow().accountId();
    Paper paper = HandoutAnswers.paperOf(PlanRequest.formBody(context, List.of("paper")));
    handouts.program(context, programs.fromTodaysScreening(account), paper, "attachment", true);
  }

  private void clinicianForm(Context context) {
    pages.signedIn(context);
    String clinician = pages.posted(context).caller().orElseThrow().accountId();
    Paper paper = HandoutAnswers.paperOf(PlanRequest.formBody(context, List.of("paper")));
    handouts.program(
        context,
        programs.latestFor(clinician, context.pathParam("person")),
        paper,
        "attachment",
        false);
  }

  private void form(Context context) {
    Visitor visitor = pages.posted(context);
    Person person = visitor.caller().map(people).orElse(Person.ANONYMOUS);
    handouts.plan(context, person, PlanRequest.formBody(context, List.of("paper")), "attachment");
  }
}

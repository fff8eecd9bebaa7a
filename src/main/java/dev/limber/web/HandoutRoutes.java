package dev.limber.web;

import dev.limber.app.HandoutService;
import dev.limber.app.InvalidInput;
import dev.limber.app.Paper;
import dev.limber.app.Person;
import dev.limber.app.ProgramDayService;
import dev.limber.json.FieldError;
import dev.limber.json.Fields;
import dev.limber.planning.Preferences;
import dev.limber.screening.InvalidAnswers;
import io.javalin.Javalin;
import io.javalin.http.Context;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Printed handouts as PDF: {@code POST /api/handouts} (the body of {@code /api/plans} and an
 * optional {@code paper}) and {@code POST /handout}, the plan page's "Print a handout" form, which
 * answers the PDF as an attachment. Both screen and plan exactly as {@code /api/plans} does, and
 * print the routine's address in the web app with its QR code.
 *
 * <p>A clinician's program prints the same way, gated by the person's own screening: the person's
 * today's session ({@code POST /api/program/handout}, {@code POST /program/handout}), or the
 * clinician's printout for a person who joined them from that person's latest screening ({@code
 * POST /api/clinician/people/{person}/handout}, {@code POST /clinician/people/{person}/handout}).
 */
final class HandoutRoutes {
  private static final String PDF = "application/pdf";

  private final Authentication authentication;
  private final Pages pages;
  private final Function<Caller, Person> people;
  private final HandoutService handouts;
  private final ProgramDayService programs;
  private final PlanRequest request;
  private final Supplier<String> publicUrl;
  private final Clock clock;

  HandoutRoutes(
      Authentication authentication,
      Pages pages,
      Function<Caller, Person> people,
      HandoutService handouts,
      ProgramDayService programs,
      PlanRequest request,
      Supplier<String> publicUrl,
      Clock clock) {
    this.authentication = authentication;
    this.pages = pages;
    this.people = people;
    this.handouts = handouts;
    this.programs = programs;
    this.request = request;
    this.publicUrl = publicUrl;
    this.clock = clock;
  }

  void register(Javalin app) {
    app.post("/api/handouts", this::api);
    app.post("/handout", this::form);
    app.post("/api/program/handout", this::programApi);
    app.post("/program/handout", this::programForm);
    app.post("/api/clinician/people/{person}/handout", this::clinicianApi);
    app.post("/clinician/people/{person}/handout", this::clinicianForm);
  }

  private void programApi(Context context) {
    String account = authentication.require(context).accountId();
    Paper paper = paperOf(optionalJson(context));
    printProgram(context, programs.fromTodaysScreening(account), paper, "inline", true);
  }

  private void programForm(Context context) {
    pages.signedIn(context);
    String account = pages.posted(context).caller().orElseThrow().accountId();
    Paper paper = paperOf(PlanRequest.formBody(context, List.of("paper")));
    printProgram(context, programs.fromTodaysScreening(account), paper, "attachment", true);
  }

  private void clinicianApi(Context context) {
    String clinician = authentication.require(context).accountId();
    Paper paper = paperOf(optionalJson(context));
    printProgram(
        context,
        programs.latestFor(clinician, context.pathParam("person")),
        paper,
        "inline",
        false);
  }

  private void clinicianForm(Context context) {
    pages.signedIn(context);
    String clinician = pages.posted(context).caller().orElseThrow().accountId();
    Paper paper = paperOf(PlanRequest.formBody(context, List.of("paper")));
    printProgram(
        context,
        programs.latestFor(clinician, context.pathParam("person")),
        paper,
        "attachment",
        false);
  }

  /**
   * The program session's PDF; without a screening to gate it, 409 and nothing printed: a program
   * is never printed without the person's own verdict.
   */
  private void printProgram(
      Context context,
      Optional<ProgramDayService.Today> session,
      Paper paper,
      String disposition,
      boolean ownToday) {
    if (session.isEmpty()) {
      throw Problem.of(
              409,
              "screen-first",
              "Screen first",
              ownToday
                  ? "no screening today that may be reused: check today first, then print"
                  : "this person has no screening to gate their program yet: they check first")
          .exception();
    }
    byte[] document =
        handouts.print(session.get(), paper, Optional.of(publicUrl.get() + "/program"));
    pdf(context, document, disposition, "limber-program-");
  }

  /** The body's JSON, or null for none at all (then no content type is needed either). */
  private static Object optionalJson(Context context) {
    if (context.header("Content-Type") == null && context.contentLength() <= 0) {
      return null;
    }
    return Bodies.readJson(context, WebServer.BODY_LIMIT_BYTES, true);
  }

  private static Paper paperOf(Object body) {
    if (body == null) {
      return Paper.A4;
    }
    List<FieldError> errors = new ArrayList<>();
    Fields root = Fields.root(body, "(body)", errors);
    root.allowOnly("paper");
    Paper paper = paper(root);
    if (!errors.isEmpty()) {
      throw new InvalidInput(errors);
    }
    return paper;
  }

  private void api(Context context) {
    Person person = authentication.optional(context).map(people).orElse(Person.ANONYMOUS);
    Object body = Bodies.readJson(context, WebServer.BODY_LIMIT_BYTES);
    answer(context, person, body, "inline");
  }

  private void form(Context context) {
    Visitor visitor = pages.posted(context);
    Person person = visitor.caller().map(people).orElse(Person.ANONYMOUS);
    answer(context, person, PlanRequest.formBody(context, List.of("paper")), "attachment");
  }

  private void answer(Context context, Person person, Object body, String disposition) {
    PlanRequest.Parsed<Paper> parsed =
        request.read(person, body, List.of("paper"), HandoutRoutes::paper);
    Paper paper = parsed.extra();
    HandoutService.Printed printed =
        handouts.print(
            person,
            parsed.answers(),
            parsed.preferences(),
            paper,
            Optional.of(link(parsed.preferences())));
    if (printed.rejection().isPresent()) {
      throw ScreeningRoutes.rejected(
              new InvalidAnswers(PlanRequest.prefixed(printed.rejection().get())))
          .exception();
    }
    pdf(context, printed.document().orElseThrow(), disposition, "limber-handout-");
  }

  private void pdf(Context context, byte[] document, String disposition, String name) {
    context.res().setCharacterEncoding(null);
    context
        .header("Content-Type", PDF)
        .header(
            "Content-Disposition",
            disposition + "; filename=\"" + name + LocalDate.now(clock) + ".pdf\"")
        .header("Cache-Control", "no-store")
        .result(document);
  }

  /** {@code paper}: a4 (the default) or letter, in any case. */
  private static Paper paper(Fields root) {
    Optional<String> text = root.optionalString("paper");
    if (text.isEmpty()) {
      return Paper.A4;
    }
    try {
      return Paper.parse(text.get());
    } catch (IllegalArgumentException e) {
      root.reject("paper", "must be a4 or letter, found \"" + text.get() + "\"");
      return Paper.A4;
    }
  }

  /** The plan page with this routine's place, length and seed, at the public address. */
  private String link(Preferences preferences) {
    return publicUrl.get()
        + "/plan?minutes="
        + preferences.minutes()
        + "&place="
        + preferences.place().name().toLowerCase(Locale.ROOT)
        + "&seed="
        + preferences.seed();
  }
}

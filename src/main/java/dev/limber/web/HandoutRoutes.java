package dev.limber.web;

import dev.limber.app.HandoutService;
import dev.limber.app.Paper;
import dev.limber.app.Person;
import dev.limber.json.Fields;
import dev.limber.planning.Preferences;
import dev.limber.screening.InvalidAnswers;
import io.javalin.Javalin;
import io.javalin.http.Context;
import java.time.Clock;
import java.time.LocalDate;
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
 */
final class HandoutRoutes {
  private static final String PDF = "application/pdf";

  private final Authentication authentication;
  private final Pages pages;
  private final Function<Caller, Person> people;
  private final HandoutService handouts;
  private final PlanRequest request;
  private final Supplier<String> publicUrl;
  private final Clock clock;

  HandoutRoutes(
      Authentication authentication,
      Pages pages,
      Function<Caller, Person> people,
      HandoutService handouts,
      PlanRequest request,
      Supplier<String> publicUrl,
      Clock clock) {
    this.authentication = authentication;
    this.pages = pages;
    this.people = people;
    this.handouts = handouts;
    this.request = request;
    this.publicUrl = publicUrl;
    this.clock = clock;
  }

  void register(Javalin app) {
    app.post("/api/handouts", this::api);
    app.post("/handout", this::form);
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
    context.res().setCharacterEncoding(null);
    context
        .header("Content-Type", PDF)
        .header(
            "Content-Disposition",
            disposition + "; filename=\"limber-handout-" + LocalDate.now(clock) + ".pdf\"")
        .header("Cache-Control", "no-store")
        .result(printed.document().orElseThrow());
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

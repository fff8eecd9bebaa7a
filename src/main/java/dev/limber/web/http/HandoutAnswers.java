package dev.limber.web.http;

import dev.limber.app.HandoutService;
import dev.limber.app.InvalidInput;
import dev.limber.app.Paper;
import dev.limber.app.Person;
import dev.limber.app.ProgramDayService;
import dev.limber.json.FieldError;
import dev.limber.json.Fields;
import dev.limber.planning.Preferences;
import dev.limber.screening.InvalidAnswers;
import io.javalin.http.Context;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * A printed handout as a request's answer, for the API and the pages' "Print a handout" forms
 * alike: screened and planned exactly as {@code /api/plans} does, the routine's address in the web
 * app with its QR code, and a program printed only behind the person's own screening.
 */
public final class HandoutAnswers {
  private static final String PDF = "application/pdf";

  private final HandoutService handouts;
  private final PlanRequest request;
  private final Supplier<String> publicUrl;
  private final Clock clock;

  public HandoutAnswers(
      HandoutService handouts, PlanRequest request, Supplier<String> publicUrl, Clock clock) {
    this.handouts = handouts;
    this.request = request;
    this.publicUrl = publicUrl;
    this.clock = clock;
  }

  /**
   * The handout of {@code body} (the body of {@code /api/plans} and an optional {@code paper}), as
   * {@code disposition} ({@code inline} or {@code attachment}); 400 when the answers are refused.
   */
  public void plan(Context context, Person person, Object body, String disposition) {
    PlanRequest.Parsed<Paper> parsed =
        request.read(person, body, List.of("paper"), HandoutAnswers::paper);
    Paper paper = parsed.extra();
    HandoutService.Printed printed =
        handouts.print(
            person,
            parsed.answers(),
            parsed.preferences(),
            paper,
            Optional.of(link(parsed.preferences())));
    if (printed.rejection().isPresent()) {
      throw Problem.invalidAnswers(
              new InvalidAnswers(PlanRequest.prefixed(printed.rejection().get())))
          .exception();
    }
    pdf(context, printed.document().orElseThrow(), disposition, "limber-handout-");
  }

  /**
   * The program session's PDF; without a screening to gate it, 409 and nothing printed: a program
   * is never printed without the person's own verdict.
   */
  public void program(
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

  /** The {@code paper} of a body that may hold only it; A4 for no body at all. */
  public static Paper paperOf(Object body) {
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
    Optional<String> text = root.givenString("paper");
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

  /**
   * The plan page with every choice of this routine (length, place, what is at hand, focus,
   * self-crack, no wall, seed), at the public address: with today's screening it plans the same
   * routine again.
   */
  private String link(Preferences preferences) {
    StringBuilder link =
        new StringBuilder(publicUrl.get())
            .append("/plan?minutes=")
            .append(preferences.minutes())
            .append("&place=")
            .append(preferences.place().name());
    preferences.equipment().stream()
        .map(Enum::name)
        .sorted()
        .forEach(item -> link.append("&equipment=").append(item));
    if (preferences.focus() != null) {
      link.append("&focus=").append(preferences.focus().name());
    }
    if (preferences.crackWanted()) {
      link.append("&crack=yes");
    }
    if (preferences.notAtHand().contains(dev.limber.catalog.Equipment.WALL)) {
      link.append("&noWall=yes");
    }
    return link.append("&seed=").append(preferences.seed()).toString();
  }
}

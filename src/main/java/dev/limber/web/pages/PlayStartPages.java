package dev.limber.web.pages;

import dev.limber.app.Person;
import dev.limber.app.PlayService;
import dev.limber.app.Services;
import dev.limber.json.FieldError;
import dev.limber.json.Fields;
import dev.limber.json.Json;
import dev.limber.json.JsonSyntaxException;
import dev.limber.planning.Plan;
import dev.limber.planning.Preferences;
import dev.limber.render.html.PageWords;
import dev.limber.screening.EmergencyNotice;
import dev.limber.screening.Reason;
import dev.limber.screening.SafetyWords;
import dev.limber.web.http.Caller;
import dev.limber.web.http.ClientAddress;
import dev.limber.web.http.PlanRequest;
import dev.limber.web.http.Problem;
import dev.limber.web.http.ProblemException;
import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * Starting a session in the player (issue 13): {@code POST /play} plans from the plan page's two
 * fields and keeps the timeline server-side, {@code POST /program/play} does so for today's session
 * of the person's program; both lead to the player, or to what the plan says when it has none.
 */
public final class PlayStartPages {
  private final Pages pages;
  private final Function<Caller, Person> people;
  private final Services services;
  private final PlanRequest request;
  private final ClientAddress clientAddress;

  public PlayStartPages(
      Pages pages,
      Function<Caller, Person> people,
      Services services,
      ClientAddress clientAddress,
      Clock clock) {
    this.pages = pages;
    this.people = people;
    this.services = services;
    this.request = new PlanRequest(services, clock);
    this.clientAddress = clientAddress;
  }

  public void register(Javalin app) {
    app.post("/play", this::plan);
    app.post("/program/play", this::planProgram);
  }

  private void plan(Context context) {
    Visitor visitor = pages.posted(context);
    Person person = visitor.caller().map(people).orElse(Person.ANONYMOUS);
    List<FieldError> errors = new ArrayList<>();
    Object answers = jsonField(context, "answers", errors);
    Object preferencesTree = jsonField(context, "preferences", errors);
    Preferences preferences = null;
    if (preferencesTree != null) {
      Fields fields = Fields.root(preferencesTree, "preferences", errors);
      preferences = request.preferences(fields, person);
    }
    if (answers != null) {
      services
          .screening()
          .rejection(person, answers)
          .ifPresent(rejection -> errors.addAll(PlanRequest.prefixed(rejection)));
    }
    if (!errors.isEmpty() || preferences == null) {
      throw Problem.invalidFields(errors).exception();
    }
    PlayService.Started started;
    try {
      started =
          services.plays().plan(account(visitor), clientAddress.of(context), answers, preferences);
    } catch (PlayService.TooManyPlays tooMany) {
      throw tooManyPlays(context, tooMany);
    }
    if (started.rejection().isPresent()) {
      throw Problem.invalidFields(PlanRequest.prefixed(started.rejection().get())).exception();
    }
    play(context, started);
  }

  /** 429 when this address planned too many without an account, 503 when too many wait. */
  private static ProblemException tooManyPlays(Context context, PlayService.TooManyPlays tooMany) {
    context.header("Retry-After", Long.toString(tooMany.retryAfter().toSeconds()));
    return (tooMany.fromThisAddress()
            ? Problem.of(429, "too-many-plays", "Too many sessions planned", tooMany.getMessage())
            : Problem.of(503, "busy", "Busy", tooMany.getMessage()))
        .exception();
  }

  /**
   * {@code POST /program/play}: today's session of the person's program, gated by today's screening
   * (rule P1); without a screening today, back to the program page, which asks for one.
   */
  private void planProgram(Context context) {
    pages.signedIn(context);
    Visitor visitor = pages.posted(context);
    String account = visitor.caller().orElseThrow().accountId();
    Optional<PlayService.Started> started = services.plays().planProgram(account);
    if (started.isEmpty()) {
      context.redirect("/program", HttpStatus.SEE_OTHER);
      return;
    }
    play(context, started.get());
  }

  /** The player of the session just kept, or what the plan says when it has none to play. */
  private void play(Context context, PlayService.Started started) {
    if (started.noSession().isPresent()) {
      refused(context, started.noSession().get());
      return;
    }
    context.redirect("/play/" + started.session().orElseThrow().id(), HttpStatus.SEE_OTHER);
  }

  /** No player for a verdict that allows no session, or when nothing fits: what the plan says. */
  private void refused(Context context, Plan plan) {
    boolean urgent = plan.urgency().isPresent();
    String title = plan.verdict().allowsSession() ? "Nothing fits today" : "No session today";
    List<String> reasons = new ArrayList<>();
    for (Reason reason : plan.reasons()) {
      reasons.add(reason.message());
    }
    String lead =
        urgent
            ? PageWords.headline(plan.verdict(), plan.urgency())
            : plan.verdict().allowsSession()
                ? "No technique fits the time, place and equipment you chose."
                    + " Try more minutes or another place."
                : PageWords.sentence(SafetyWords.Sentence.sessionRefused);
    pages.render(
        context,
        "play-refused.jte",
        pages.chrome(context, title),
        Map.of(
            "lead",
            lead,
            "reasons",
            reasons,
            "urgent",
            urgent,
            "emergencyNotice",
            plan.emergencyNotice() == null ? EmergencyNotice.text() : plan.emergencyNotice(),
            "emergencyNumber",
            EmergencyNotice.number()));
  }

  private static Object jsonField(Context context, String name, List<FieldError> errors) {
    String text = context.formParam(name);
    if (text == null || text.isBlank()) {
      errors.add(new FieldError(name, "is required: the plan page sends it"));
      return null;
    }
    try {
      return Json.parse(text);
    } catch (JsonSyntaxException e) {
      errors.add(new FieldError(name, "is not JSON: " + e.getMessage()));
      return null;
    }
  }

  private static Optional<String> account(Visitor visitor) {
    return visitor.caller().map(Caller::accountId);
  }
}

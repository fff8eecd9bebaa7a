package dev.limber.web.pages;

import dev.limber.app.InvalidInput;
import dev.limber.app.Person;
import dev.limber.app.PlayService;
import dev.limber.app.Services;
import dev.limber.app.SessionService;
import dev.limber.catalog.Technique;
import dev.limber.journal.PainFlag;
import dev.limber.json.FieldError;
import dev.limber.json.Fields;
import dev.limber.json.Json;
import dev.limber.json.JsonSyntaxException;
import dev.limber.planning.Plan;
import dev.limber.planning.Preferences;
import dev.limber.screening.EmergencyNotice;
import dev.limber.screening.InvalidAnswers;
import dev.limber.screening.Reason;
import dev.limber.screening.Urgency;
import dev.limber.session.Ending;
import dev.limber.session.PlayableSession;
import dev.limber.session.Segment;
import dev.limber.session.SessionAdvice;
import dev.limber.session.SessionEvent;
import dev.limber.session.SessionRecord;
import dev.limber.session.StopGrade;
import dev.limber.session.Timeline;
import dev.limber.web.http.Bodies;
import dev.limber.web.http.Caller;
import dev.limber.web.http.ClientAddress;
import dev.limber.web.http.PlanRequest;
import dev.limber.web.http.Problem;
import dev.limber.web.http.ProblemException;
import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * The player (issue 13): {@code POST /play} plans from the plan page's two fields and keeps the
 * timeline server-side, {@code GET /play/{id}} plays it in the browser, {@code POST
 * /play/{id}/events} takes what happened and has the core rebuild the session record, {@code POST
 * /play/{id}/grade} tells the page whether a stop for pain is mild, and {@code GET /sw.js} is the
 * service worker that keeps a loaded session playable offline.
 */
public final class PlayPages {
  /** A grading request is a handful of fields. */
  private static final int GRADE_LIMIT_BYTES = 4096;

  private static final String SERVICE_WORKER = "/dev/limber/web/sw.js";

  private final Pages pages;
  private final Function<Caller, Person> people;
  private final Services services;
  private final PlanRequest request;
  private final ClientAddress clientAddress;
  private final Clock clock;
  private final byte[] serviceWorker;

  public PlayPages(
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
    this.clock = clock;
    this.serviceWorker = read(SERVICE_WORKER);
  }

  public void register(Javalin app) {
    app.post("/play", this::plan);
    app.post("/program/play", this::planProgram);
    app.get("/play/{id}", this::player);
    app.post("/play/{id}/events", this::events);
    app.post("/play/{id}/grade", this::grade);
    app.get("/sw.js", this::serviceWorker);
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
          .ifPresent(rejection -> errors.addAll(prefixed(rejection)));
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
      throw Problem.invalidFields(prefixed(started.rejection().get())).exception();
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

  private static Optional<String> account(Visitor visitor) {
    return visitor.caller().map(Caller::accountId);
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
            ? plan.urgency().get() == Urgency.EMERGENCY
                ? "Call " + EmergencyNotice.number() + " now. Do not exercise."
                : "Get medical help today. Do not exercise until you have."
            : plan.verdict().allowsSession()
                ? "No technique fits the time, place and equipment you chose."
                    + " Try more minutes or another place."
                : "Your answers say a physiotherapist or doctor should see your back before"
                    + " any session.";
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

  private void player(Context context) {
    Visitor visitor = pages.visitor(context);
    PlayableSession session = playableFor(context, visitor);
    Timeline timeline = session.timeline();
    int techniques = timeline.routine().steps().size();
    String summary =
        techniques
            + (techniques == 1 ? " technique, " : " techniques, ")
            + clock(timeline.totalSeconds())
            + ". Stop at once if anything hurts.";
    pages.render(
        context,
        "play.jte",
        pages.chrome(context, "Your session").withScripts("player.js"),
        Map.of(
            "summary",
            summary,
            "data",
            scriptJson(playerData(session, visitor)),
            "signedIn",
            visitor.signedIn(),
            "emergencyNumber",
            EmergencyNotice.number()));
  }

  private Map<String, Object> playerData(PlayableSession session, Visitor visitor) {
    Timeline timeline = session.timeline();
    List<Object> segments = new ArrayList<>();
    for (int index = 0; index < timeline.segments().size(); index++) {
      Segment segment = timeline.segments().get(index);
      Map<String, Object> json = new LinkedHashMap<>();
      json.put("kind", segment.kind());
      json.put("label", segment.label());
      json.put("seconds", segment.seconds());
      json.put("techniqueId", segment.techniqueId());
      json.put("side", segment.side());
      json.put("selfCrack", timeline.isSelfCrack(index));
      if (segment.techniqueId() != null) {
        json.put(
            "image",
            "/api/techniques/"
                + segment.techniqueId()
                + "/illustration.svg?animated=true"
                + (segment.side() == null ? "" : "&side=" + segment.side()));
      }
      segments.add(json);
    }
    Map<String, Object> techniques = new LinkedHashMap<>();
    for (var step : timeline.routine().steps()) {
      Technique technique = step.technique();
      Map<String, Object> json = new LinkedHashMap<>();
      json.put("name", technique.name());
      json.put("steps", technique.steps());
      json.put("cues", technique.cues());
      techniques.put(technique.id(), json);
    }
    Map<String, Object> data = new LinkedHashMap<>();
    data.put("id", session.id());
    data.put("events", "/play/" + session.id() + "/events");
    data.put("grade", "/play/" + session.id() + "/grade");
    data.put("signedIn", visitor.signedIn());
    data.put("totalSeconds", timeline.totalSeconds());
    data.put("segments", segments);
    data.put("techniques", techniques);
    data.put("emergencyNotice", EmergencyNotice.text());
    data.put("emergencyNumber", EmergencyNotice.number());
    return data;
  }

  /**
   * {@code POST /play/{id}/grade}: whether a stop for pain the browser has just asked about is
   * mild, graded by the core as the replay of the events will grade it (§2.1), so that the page
   * offers "go on without" only after a mild one. Body: {@code segmentIndex}, {@code painBefore}
   * (absent or null when the starting check was skipped), {@code score}, {@code easing}, {@code
   * sharpOrSpreading}, {@code earlierStop}; answers {@code {"mild", "whyNotMild"}}.
   */
  private void grade(Context context) {
    Visitor visitor = pages.posted(context);
    PlayableSession session = playableFor(context, visitor);
    Timeline timeline = session.timeline();
    Object body = Bodies.readJson(context, GRADE_LIMIT_BYTES);
    List<FieldError> errors = new ArrayList<>();
    Fields root = Fields.root(body, "(body)", errors);
    root.allowOnly(
        "segmentIndex", "painBefore", "score", "easing", "sharpOrSpreading", "earlierStop");
    Integer segmentIndex = root.integer("segmentIndex", 0, timeline.segments().size() - 1);
    Optional<Integer> painBefore = root.optionalInteger("painBefore", 0, 10);
    Integer score = root.integer("score", 0, 10);
    Boolean easing = root.bool("easing");
    Boolean sharpOrSpreading = root.bool("sharpOrSpreading");
    Boolean earlierStop = root.bool("earlierStop");
    if (!errors.isEmpty()) {
      throw new InvalidInput(errors);
    }
    Person person = visitor.caller().map(people).orElse(Person.ANONYMOUS);
    StopGrade grade =
        services
            .sessions()
            .grade(
                person,
                painBefore.orElse(null),
                timeline.segments().get(segmentIndex).techniqueId(),
                score,
                timeline.isSelfCrack(segmentIndex),
                easing,
                sharpOrSpreading,
                earlierStop);
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("mild", grade.mild());
    json.put("whyNotMild", grade.whyNotMild());
    Bodies.answer(context, json);
  }

  private void events(Context context) {
    Visitor visitor = pages.posted(context);
    PlayableSession session = playableFor(context, visitor);
    Object body = Bodies.readJson(context, Bodies.LIMIT_BYTES);
    List<FieldError> errors = new ArrayList<>();
    Fields root = Fields.root(body, "(body)", errors);
    root.allowOnly("startedAt", "events");
    Instant startedAt = null;
    String startedText = root.string("startedAt");
    if (startedText != null) {
      try {
        startedAt = Instant.parse(startedText);
      } catch (DateTimeParseException e) {
        root.reject(
            "startedAt",
            "must be an ISO-8601 instant such as 2026-01-31T08:00:00Z: " + startedText);
      }
    }
    List<SessionEvent> events = new ArrayList<>();
    List<Fields> items = root.objects("events");
    if (items.size() > 2000) {
      root.reject("events", "holds " + items.size() + " events; at most 2000");
    }
    for (Fields item : items) {
      item.allowOnly("kind", "at", "score", "easing", "sharpOrSpreading");
      String kind = item.string("kind");
      Integer at = item.integer("at", 0, 24 * 3600 * 1000);
      Optional<Integer> score = item.optionalInteger("score", 0, 10);
      SessionEvent.Kind parsed = kind == null ? null : kind(kind, item);
      boolean hurts = parsed == SessionEvent.Kind.HURTS;
      Boolean easing = hurts ? item.bool("easing") : null;
      Boolean sharpOrSpreading = hurts ? item.bool("sharpOrSpreading") : null;
      if (!hurts && (item.has("easing") || item.has("sharpOrSpreading"))) {
        item.reject(item.has("easing") ? "easing" : "sharpOrSpreading", "goes only with hurts");
      } else if (parsed != null && parsed.scored() && score.isEmpty()) {
        item.reject("score", "is required with " + kind + ": the pain from 0 to 10");
      } else if (parsed != null && !parsed.scored() && score.isPresent()) {
        item.reject("score", "goes only with pain and hurts");
      } else if (parsed != null
          && at != null
          && (!hurts || (easing != null && sharpOrSpreading != null))) {
        events.add(new SessionEvent(parsed, at, score.orElse(null), easing, sharpOrSpreading));
      }
    }
    if (!errors.isEmpty()) {
      throw new InvalidInput(errors);
    }
    Optional<SessionService.Replayed> replayed =
        services.plays().finish(account(visitor), session, startedAt, events);
    if (replayed.isEmpty()) {
      throw Problem.of(
              409,
              "already-played",
              "Already received",
              "the events of this session were received before; it is kept once")
          .exception();
    }
    Bodies.answer(context, closing(replayed.get()));
  }

  private static SessionEvent.Kind kind(String text, Fields item) {
    for (SessionEvent.Kind kind : SessionEvent.Kind.values()) {
      if (kind.name().toLowerCase(Locale.ROOT).equals(text)) {
        return kind;
      }
    }
    item.reject(
        "kind",
        "must be one of start, pause, resume, skip, pain, hurts, go_on, end, pop, symptom, quit,"
            + " finish;"
            + " found \""
            + text
            + "\"");
    return null;
  }

  /** What the page shows at the end: the command line's closing summary, advice and notice. */
  private static Map<String, Object> closing(SessionService.Replayed replayed) {
    SessionRecord record = replayed.session();
    String summary =
        record.summary()
            + (replayed.kept()
                ? " Recorded in your journal."
                : " Not recorded: sign in to keep a journal.");
    List<Object> advice = new ArrayList<>();
    boolean escalated =
        replayed.openedFlags().stream()
            .anyMatch(flag -> flag.kind() == dev.limber.journal.PainFlagKind.DURING_STRETCHING);
    for (SessionAdvice item : record.advice(escalated)) {
      Map<String, Object> entry = new LinkedHashMap<>();
      entry.put("rule", item.rule());
      entry.put("message", item.message());
      if (item.liftedByReview() && replayed.kept()) {
        entry.put("review", "/journal/review");
      }
      advice.add(entry);
    }
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("ending", record.ending());
    json.put("summary", summary);
    json.put("advice", advice);
    json.put("kept", replayed.kept());
    json.put("painFlagsOpened", replayed.openedFlags().stream().map(PainFlag::kind).toList());
    if (record.ending() == Ending.ENDED_FOR_SYMPTOMS) {
      json.put("emergencyNotice", EmergencyNotice.text());
    }
    json.put("record", record);
    return json;
  }

  private void serviceWorker(Context context) {
    context.header("Cache-Control", "no-cache");
    context.header("Service-Worker-Allowed", "/");
    context.contentType("text/javascript; charset=utf-8").result(serviceWorker);
  }

  /** The session at this path, when this visitor may play it; else 404, telling nobody more. */
  private PlayableSession playableFor(Context context, Visitor visitor) {
    return services
        .plays()
        .find(context.pathParam("id"), account(visitor))
        .orElseThrow(() -> Problem.notFound("no session to play here: plan a new one").exception());
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

  private static List<FieldError> prefixed(InvalidAnswers rejection) {
    return rejection.errors().stream()
        .map(error -> new FieldError("answers." + error.field(), error.message()))
        .toList();
  }

  /** JSON safe inside a script element: no {@code </script>} or comment opener can appear. */
  static String scriptJson(Object value) {
    return Json.write(value)
        .replace("<", "\\u003c")
        .replace(">", "\\u003e")
        .replace("&", "\\u0026");
  }

  static String clock(long seconds) {
    return String.format(Locale.ROOT, "%d:%02d", seconds / 60, seconds % 60);
  }

  private static byte[] read(String resource) {
    try (InputStream in = PlayPages.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("the service worker is missing from the jar: " + resource);
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException("read the service worker", e);
    }
  }
}

package dev.limber.web.pages;

import dev.limber.app.InvalidInput;
import dev.limber.app.Person;
import dev.limber.app.Services;
import dev.limber.app.SessionService;
import dev.limber.catalog.Technique;
import dev.limber.journal.PainFlag;
import dev.limber.json.FieldError;
import dev.limber.json.Fields;
import dev.limber.json.Json;
import dev.limber.screening.EmergencyNotice;
import dev.limber.screening.NewSymptom;
import dev.limber.screening.SafetyWords;
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
import dev.limber.web.http.Problem;
import io.javalin.Javalin;
import io.javalin.http.Context;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
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
 * The player (issue 13): {@code GET /play/{id}} plays a session that {@link PlayStartPages} kept in
 * the browser, {@code POST /play/{id}/events} takes what happened and has the core rebuild the
 * session record, {@code POST /play/{id}/grade} tells the page whether a stop for pain is mild, and
 * {@code GET /sw.js} is the service worker that keeps a loaded session playable offline.
 */
public final class PlayPages {
  /** A grading request is a handful of fields. */
  private static final int GRADE_LIMIT_BYTES = 4096;

  private static final String SERVICE_WORKER = "/dev/limber/web/sw.js";

  private final Pages pages;
  private final Function<Caller, Person> people;
  private final Services services;
  private final byte[] serviceWorker;

  public PlayPages(Pages pages, Function<Caller, Person> people, Services services) {
    this.pages = pages;
    this.people = people;
    this.services = services;
    this.serviceWorker = read(SERVICE_WORKER);
  }

  public void register(Javalin app) {
    app.get("/play/{id}", this::player);
    app.post("/play/{id}/events", this::events);
    app.post("/play/{id}/grade", this::grade);
    app.get("/sw.js", this::serviceWorker);
  }

  private static Optional<String> account(Visitor visitor) {
    return visitor.caller().map(Caller::accountId);
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
            + ". "
            + SafetyWords.bundled().sentence(SafetyWords.Sentence.stopIfItHurts);
    pages.render(
        context,
        "play.jte",
        pages.chrome(context, "Your session").withScripts("player.js"),
        Map.of(
            "summary",
            summary,
            "data",
            scriptJson(playerData(session)),
            "signedIn",
            visitor.signedIn(),
            "emergencyNumber",
            EmergencyNotice.number(),
            "symptoms",
            List.of(NewSymptom.values())));
  }

  private Map<String, Object> playerData(PlayableSession session) {
    Timeline timeline = session.timeline();
    List<Object> segments = new ArrayList<>();
    for (int index = 0; index < timeline.segments().size(); index++) {
      Segment segment = timeline.segments().get(index);
      Map<String, Object> json = new LinkedHashMap<>();
      json.put("kind", segment.kind());
      json.put("label", segment.label());
      json.put("seconds", segment.seconds());
      // Absent rather than null or false: the page weighs less and reads them the same.
      if (segment.techniqueId() != null) {
        json.put("techniqueId", segment.techniqueId());
      }
      if (segment.side() != null) {
        json.put("side", segment.side());
      }
      if (timeline.isSelfCrack(index)) {
        json.put("selfCrack", true);
      }
      segments.add(json);
    }
    Map<String, Object> techniques = new LinkedHashMap<>();
    for (var step : timeline.routine().steps()) {
      Technique technique = step.technique();
      Map<String, Object> json = new LinkedHashMap<>();
      json.put("name", technique.name());
      json.put("steps", technique.steps());
      // The page adds "&side=LEFT" or "&side=RIGHT" for a side's part.
      json.put("image", "/api/techniques/" + technique.id() + "/illustration.svg?animated=true");
      techniques.put(technique.id(), json);
    }
    Map<String, Object> data = new LinkedHashMap<>();
    // The page posts to /play/{id}/events and /play/{id}/grade.
    data.put("id", session.id());
    data.put("totalSeconds", timeline.totalSeconds());
    data.put("segments", segments);
    data.put("techniques", techniques);
    data.put("symptoms", symptomWords());
    data.put("crackNoted", SafetyWords.bundled().sentence(SafetyWords.Sentence.crackNoted));
    return data;
  }

  /** Each new symptom's words for the emergency stop, by the id its button carries. */
  private static Map<String, Object> symptomWords() {
    Map<String, Object> words = new LinkedHashMap<>();
    for (NewSymptom symptom : NewSymptom.values()) {
      words.put(
          symptom.id(),
          Map.of(
              "named", symptom.named(),
              "callLine", symptom.callLine(),
              "advice", symptom.advice()));
    }
    return words;
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
        "must be one of start, pause, resume, skip, skip_technique, pain, hurts, go_on, end, pop,"
            + " symptom, quit,"
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

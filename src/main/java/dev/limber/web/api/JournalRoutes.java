package dev.limber.web.api;

import dev.limber.app.HistoryView;
import dev.limber.app.JournalService;
import dev.limber.app.Person;
import dev.limber.app.Services;
import dev.limber.app.SessionService;
import dev.limber.json.FieldError;
import dev.limber.json.Fields;
import dev.limber.session.SessionRecord;
import dev.limber.web.http.Authentication;
import dev.limber.web.http.Bodies;
import dev.limber.web.http.Caller;
import dev.limber.web.http.Problem;
import io.javalin.Javalin;
import io.javalin.http.Context;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * The signed-in person's journal: check-ins, sessions, professional reviews, the history, insights,
 * export and import. Every route reads and writes only the caller's own journal through the
 * application services, so nobody reaches another's data and every face answers alike.
 */
public final class JournalRoutes {
  private final Authentication authentication;
  private final Function<Caller, Person> people;
  private final Services services;
  private final int importLimitBytes;

  public JournalRoutes(
      Authentication authentication,
      Function<Caller, Person> people,
      Services services,
      int importLimitBytes) {
    this.authentication = authentication;
    this.people = people;
    this.services = services;
    this.importLimitBytes = importLimitBytes;
  }

  public void register(Javalin app) {
    app.post("/api/check-ins", this::addCheckIn);
    app.get("/api/check-ins", context -> Bodies.answer(context, history(context).checkIns()));
    app.post("/api/sessions", this::addSession);
    app.get("/api/sessions", context -> Bodies.answer(context, history(context).sessions()));
    app.post("/api/reviews", this::addReview);
    app.get(
        "/api/reviews",
        context -> Bodies.answer(context, services.journal().reviews(person(context))));
    app.get("/api/journal", context -> Bodies.answer(context, history(context)));
    app.get(
        "/api/insights",
        context -> Bodies.answer(context, services.journal().insights(person(context))));
    app.get(
        "/api/export",
        context -> Bodies.answer(context, services.journal().export(person(context))));
    app.post("/api/import", this::importExport);
  }

  private Person person(Context context) {
    return people.apply(authentication.require(context));
  }

  private void addCheckIn(Context context) {
    Person person = person(context);
    List<FieldError> errors = new ArrayList<>();
    Fields fields = Fields.root(Bodies.readJson(context, Bodies.LIMIT_BYTES), "(body)", errors);
    fields.allowOnly("pain", "cracked", "note");
    Integer pain = fields.integer("pain", 0, 10);
    boolean cracked = fields.boolOr("cracked", false);
    Optional<String> note = fields.givenString("note");
    if (!errors.isEmpty() || pain == null) {
      throw Problem.invalidFields(errors).exception();
    }
    Bodies.answer(
        context,
        201,
        services.journal().checkIn(person, pain, cracked, note.orElse(null)).checkIn());
  }

  private void addSession(Context context) {
    Person person = person(context);
    List<FieldError> errors = new ArrayList<>();
    Fields fields = Fields.root(Bodies.readJson(context, Bodies.LIMIT_BYTES), "(body)", errors);
    Optional<SessionRecord> session = SessionRecord.read(fields);
    if (!errors.isEmpty() || session.isEmpty()) {
      throw Problem.invalidFields(
              errors.isEmpty()
                  ? List.of(new FieldError("(body)", "is not a session record"))
                  : errors)
          .exception();
    }
    SessionService.Kept kept = services.sessions().record(person, session.get());
    Bodies.answer(context, 201, kept.session());
  }

  private void addReview(Context context) {
    Person person = person(context);
    ReviewBody body = ReviewBody.read(context, Optional.empty());
    JournalService.Reviewed reviewed =
        services.journal().review(person, body.by(), body.date(), body.note().orElse(null));
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("review", reviewed.review());
    json.put("closedFlags", reviewed.closedFlags());
    Bodies.answer(context, 201, json);
  }

  private HistoryView history(Context context) {
    Person person = person(context);
    return services.journal().history(person, days(context));
  }

  /** Reads the body as it arrives, entry by entry, within the import limit. */
  private void importExport(Context context) {
    Bodies.requireJsonContentType(context);
    JournalService.Imported imported =
        services
            .journal()
            .importExport(person(context), Bodies.limitedStream(context, importLimitBytes));
    Bodies.answer(context, Map.of("added", imported.added().size()));
  }

  private static int days(Context context) {
    return HistoryView.days(context.queryParam("days"));
  }
}

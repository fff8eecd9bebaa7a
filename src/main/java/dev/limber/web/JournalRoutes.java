package dev.limber.web;

import dev.limber.journal.CheckIn;
import dev.limber.journal.Insights;
import dev.limber.journal.Journal;
import dev.limber.journal.JournalContents;
import dev.limber.journal.JournalExport;
import dev.limber.json.FieldError;
import dev.limber.json.Fields;
import dev.limber.json.Json;
import dev.limber.json.StoredText;
import dev.limber.screening.Screener;
import dev.limber.session.SessionRecord;
import io.javalin.Javalin;
import io.javalin.http.Context;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * The signed-in person's journal: check-ins, sessions, the history, insights, export and import.
 * Every route reads and writes only the caller's own journal, so nobody reaches another's data.
 */
final class JournalRoutes {
  static final int DEFAULT_DAYS = 30;
  static final int MAX_DAYS = 3650;

  private final Authentication authentication;
  private final Function<String, Journal> journals;
  private final Supplier<Screener> screener;
  private final Clock clock;
  private final int importLimitBytes;

  JournalRoutes(
      Authentication authentication,
      Function<String, Journal> journals,
      Supplier<Screener> screener,
      Clock clock,
      int importLimitBytes) {
    this.authentication = authentication;
    this.journals = journals;
    this.screener = screener;
    this.clock = clock;
    this.importLimitBytes = importLimitBytes;
  }

  void register(Javalin app) {
    app.post("/api/check-ins", this::addCheckIn);
    app.get(
        "/api/check-ins",
        context -> answer(context, journal(context).checkIns(from(context), to())));
    app.post("/api/sessions", this::addSession);
    app.get(
        "/api/sessions",
        context -> answer(context, journal(context).sessions(from(context), to())));
    app.get("/api/journal", this::history);
    app.get(
        "/api/insights",
        context ->
            answer(context, Insights.of(journal(context), screener.get().ruleBook(), clock)));
    app.get(
        "/api/export",
        context ->
            answer(context, new JournalExport(clock.instant(), journal(context).contents())));
    app.post("/api/import", this::importExport);
  }

  private Journal journal(Context context) {
    return journals.apply(authentication.require(context).accountId());
  }

  private void addCheckIn(Context context) {
    Journal journal = journal(context);
    List<FieldError> errors = new ArrayList<>();
    Fields fields =
        Fields.root(Bodies.readJson(context, WebServer.BODY_LIMIT_BYTES), "(body)", errors);
    fields.allowOnly("pain", "cracked", "note");
    Integer pain = fields.integer("pain", 0, 10);
    boolean cracked = fields.boolOr("cracked", false);
    Optional<String> note = fields.optionalString("note");
    if (note.isPresent()) {
      String problem = StoredText.problem(note.get(), CheckIn.MAX_NOTE_LENGTH);
      if (problem != null) {
        fields.reject("note", problem);
      }
    }
    if (!errors.isEmpty() || pain == null) {
      throw Problem.invalidFields(errors).exception();
    }
    CheckIn checkIn = new CheckIn(clock.instant(), pain, cracked, note.orElse(null));
    journal.add(checkIn);
    Bodies.answer(context, 201, checkIn);
  }

  private void addSession(Context context) {
    Journal journal = journal(context);
    List<FieldError> errors = new ArrayList<>();
    Fields fields =
        Fields.root(Bodies.readJson(context, WebServer.BODY_LIMIT_BYTES), "(body)", errors);
    Optional<SessionRecord> session = SessionRecord.read(fields);
    if (!errors.isEmpty() || session.isEmpty()) {
      throw Problem.invalidFields(
              errors.isEmpty()
                  ? List.of(new FieldError("(body)", "is not a session record"))
                  : errors)
          .exception();
    }
    journal.add(session.get());
    Bodies.answer(context, 201, session.get());
  }

  private void history(Context context) {
    Journal journal = journal(context);
    Instant from = from(context);
    Instant to = to();
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("from", from.toString());
    json.put("to", to.toString());
    json.put("checkIns", journal.checkIns(from, to));
    json.put("sessions", journal.sessions(from, to));
    json.put("screenings", journal.screenings(from, to));
    Bodies.answer(context, json);
  }

  /** Reads the body as it arrives, entry by entry, within the import limit. */
  private void importExport(Context context) {
    Journal journal = journal(context);
    Bodies.requireJsonContentType(context);
    JournalExport.Reading reading =
        JournalExport.read(Bodies.limitedStream(context, importLimitBytes));
    if (!reading.isValid()) {
      throw Problem.invalidFields(reading.errors()).exception();
    }
    JournalContents added = reading.export().orElseThrow().contents().without(journal.contents());
    journal.addAll(added);
    Bodies.answer(context, Map.of("added", added.size()));
  }

  /** {@code ?days=N} (1–3650, default 30) back from now. */
  private Instant from(Context context) {
    String days = context.queryParam("days");
    int count = DEFAULT_DAYS;
    if (days != null) {
      try {
        count = Integer.parseInt(days.trim());
      } catch (NumberFormatException e) {
        count = -1;
      }
      if (count < 1 || count > MAX_DAYS) {
        throw Problem.invalidFields(
                List.of(
                    new FieldError(
                        "days",
                        "must be a whole number from 1 to "
                            + MAX_DAYS
                            + ", found "
                            + Json.quote(days))))
            .exception();
      }
    }
    return clock.instant().minus(Duration.ofDays(count));
  }

  private Instant to() {
    return clock.instant().plusSeconds(1);
  }

  private static void answer(Context context, Object value) {
    Bodies.answer(context, value);
  }
}

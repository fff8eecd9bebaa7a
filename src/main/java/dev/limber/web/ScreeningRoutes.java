package dev.limber.web;

import dev.limber.journal.Journal;
import dev.limber.journal.ScreeningRecord;
import dev.limber.json.Json;
import dev.limber.screening.AnswersReader;
import dev.limber.screening.AnswersReading;
import dev.limber.screening.HistoryFill;
import dev.limber.screening.InvalidAnswers;
import dev.limber.screening.Screener;
import dev.limber.screening.ScreeningResult;
import io.javalin.Javalin;
import io.javalin.http.Context;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * {@code POST /api/screenings} (open to all; kept in the journal when the caller is signed in),
 * {@code GET /api/screenings} (the screenings kept), and {@code GET /api/rules}. Bodies are those
 * of {@code limber screen --json} and {@code limber rules --json}.
 */
final class ScreeningRoutes {
  private final Supplier<Screener> screener;
  private final Authentication authentication;
  private final Function<String, Journal> journals;
  private final Function<Journal, HistoryFill> historyFill;
  private final Clock clock;

  ScreeningRoutes(
      Supplier<Screener> screener,
      Authentication authentication,
      Function<String, Journal> journals,
      Function<Journal, HistoryFill> historyFill,
      Clock clock) {
    this.screener = screener;
    this.authentication = authentication;
    this.journals = journals;
    this.historyFill = historyFill;
    this.clock = clock;
  }

  void register(Javalin app) {
    app.post("/api/screenings", this::screen);
    app.get("/api/screenings", this::kept);
    app.get("/api/rules", context -> Bodies.answer(context, screener.get().ruleBook()));
  }

  private void screen(Context context) {
    Optional<Journal> journal =
        authentication.optional(context).map(caller -> journals.apply(caller.accountId()));
    Bodies.requireJsonContentType(context);
    byte[] body = Bodies.readBytes(context, WebServer.BODY_LIMIT_BYTES);
    HistoryFill fill = journal.map(historyFill).orElse(HistoryFill.NONE);
    AnswersReading reading = AnswersReader.parse(body, fill);
    if (!reading.isValid()) {
      throw rejected(reading.rejection().orElseThrow()).exception();
    }
    ScreeningResult result = screener.get().screen(reading.requireAnswers());
    journal.ifPresent(
        kept -> {
          Object answers = Json.parse(new String(body, StandardCharsets.UTF_8));
          kept.add(
              new ScreeningRecord(clock.instant(), answers, result.verdict(), result.ruleIds()));
        });
    Bodies.answer(context, result);
  }

  private void kept(Context context) {
    Caller caller = authentication.require(context);
    Bodies.answer(context, journals.apply(caller.accountId()).screenings(Instant.MIN, Instant.MAX));
  }

  /** 400 with the members of spec §6's rejection: every error and the emergency notice. */
  static Problem rejected(InvalidAnswers rejection) {
    @SuppressWarnings("unchecked")
    Map<String, Object> members = (Map<String, Object>) rejection.toJson();
    Problem problem =
        Problem.of(
            400,
            "invalid-answers",
            "The answers are invalid",
            rejection.errors().size()
                + " answer(s) are invalid, first "
                + rejection.errors().get(0)
                + ". If you are in danger, read the emergency notice.");
    for (Map.Entry<String, Object> member : members.entrySet()) {
      problem = problem.with(member.getKey(), member.getValue());
    }
    return problem;
  }
}

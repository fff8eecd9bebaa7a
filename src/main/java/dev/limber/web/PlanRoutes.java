package dev.limber.web;

import dev.limber.catalog.Catalog;
import dev.limber.catalog.Equipment;
import dev.limber.catalog.Region;
import dev.limber.catalog.Setting;
import dev.limber.journal.Journal;
import dev.limber.json.FieldError;
import dev.limber.json.Fields;
import dev.limber.planning.PlanRequest;
import dev.limber.planning.Planner;
import dev.limber.planning.Preferences;
import dev.limber.planning.RecentHistory;
import dev.limber.screening.AnswersReader;
import dev.limber.screening.AnswersReading;
import dev.limber.screening.Exclusion;
import dev.limber.screening.HistoryFill;
import dev.limber.screening.InvalidAnswers;
import dev.limber.screening.Screener;
import dev.limber.screening.Screening;
import dev.limber.screening.TechniqueDecision;
import dev.limber.session.PlannedSession;
import dev.limber.session.RecentSessions;
import io.javalin.Javalin;
import io.javalin.http.Context;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * {@code POST /api/plans}: answers and preferences in, the routine and timeline out, as {@code
 * limber plan --json} prints them. Open to all; a signed-in person's journal fills the history.
 */
final class PlanRoutes {
  private final Supplier<Catalog> catalog;
  private final Supplier<Screener> screener;
  private final Authentication authentication;
  private final Function<String, Journal> journals;
  private final Function<Journal, HistoryFill> historyFill;
  private final Clock clock;

  PlanRoutes(
      Supplier<Catalog> catalog,
      Supplier<Screener> screener,
      Authentication authentication,
      Function<String, Journal> journals,
      Function<Journal, HistoryFill> historyFill,
      Clock clock) {
    this.catalog = catalog;
    this.screener = screener;
    this.authentication = authentication;
    this.journals = journals;
    this.historyFill = historyFill;
    this.clock = clock;
  }

  void register(Javalin app) {
    app.post("/api/plans", this::plan);
  }

  private void plan(Context context) {
    Optional<Journal> journal =
        authentication.optional(context).map(caller -> journals.apply(caller.accountId()));
    Object body = Bodies.readJson(context, WebServer.BODY_LIMIT_BYTES);
    List<FieldError> errors = new ArrayList<>();
    Fields root = Fields.root(body, "(body)", errors);
    root.allowOnly("answers", "preferences");
    if (!root.has("answers")) {
      root.reject("answers", "is required: the screening answers of spec/screening.md");
    }
    Preferences preferences =
        root.optionalObject("preferences").map(this::preferences).orElseGet(this::defaults);
    AnswersReading reading = null;
    if (root.has("answers")) {
      Map<?, ?> tree = body instanceof Map<?, ?> map ? map : Map.of();
      reading =
          AnswersReader.read(
              tree.get("answers"), journal.map(historyFill).orElse(HistoryFill.NONE));
      reading
          .rejection()
          .ifPresent(
              rejection ->
                  rejection
                      .errors()
                      .forEach(
                          error ->
                              errors.add(
                                  new FieldError("answers." + error.field(), error.message()))));
    }
    if (!errors.isEmpty() || preferences == null || reading == null) {
      throw ScreeningRoutes.rejected(new InvalidAnswers(errors)).exception();
    }
    Screening screening = screener.get().assess(reading.requireAnswers());
    Map<String, String> exclusions = new HashMap<>();
    for (TechniqueDecision decision : screening.leftOut()) {
      exclusions.put(
          decision.technique().id(),
          decision.exclusions().stream().map(Exclusion::rule).findFirst().orElse("screening"));
    }
    Instant now = clock.instant();
    Instant startOfToday = LocalDate.now(clock).atStartOfDay(clock.getZone()).toInstant();
    RecentHistory history =
        journal
            .map(
                kept ->
                    new RecentSessions(
                            kept.sessions(
                                now.minus(Duration.ofDays(RecentHistory.DAYS)), now.plusSeconds(1)))
                        .history(startOfToday))
            .orElse(RecentHistory.NONE);
    PlannedSession planned =
        PlannedSession.of(
            new Planner(catalog.get())
                .plan(new PlanRequest(screening.result(), exclusions, preferences, history)));
    Bodies.answer(context, planned);
  }

  private Preferences preferences(Fields fields) {
    int errorsBefore = fields.errors().size();
    fields.allowOnly("minutes", "place", "equipment", "crack", "focus", "seed");
    int minutes = fields.integerOr("minutes", Preferences.MIN_MINUTES, Preferences.MAX_MINUTES, 10);
    Setting place = fields.enumOr("place", Setting.class, Setting.HOME);
    Set<Equipment> equipment = fields.enumSetOr("equipment", Equipment.class);
    boolean crack = fields.boolOr("crack", false);
    Region focus = fields.enumOr("focus", Region.class, null);
    long seed = fields.integerOr("seed", 0, Integer.MAX_VALUE, (int) today());
    if (fields.errors().size() > errorsBefore) {
      return null;
    }
    return new Preferences(minutes, place, equipment, crack, focus, seed, Set.of());
  }

  private Preferences defaults() {
    return new Preferences(10, Setting.HOME, Set.of(), false, null, today(), Set.of());
  }

  // The command line's default seed: the same routine all day, a different one tomorrow.
  private long today() {
    return LocalDate.now(clock).toEpochDay();
  }
}

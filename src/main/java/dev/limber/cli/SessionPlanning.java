package dev.limber.cli;

import dev.limber.catalog.Catalog;
import dev.limber.journal.Journal;
import dev.limber.json.FieldError;
import dev.limber.json.Json;
import dev.limber.planning.PlanRequest;
import dev.limber.planning.Planner;
import dev.limber.planning.Preferences;
import dev.limber.planning.RecentHistory;
import dev.limber.screening.AnswersReader;
import dev.limber.screening.AnswersReading;
import dev.limber.screening.Exclusion;
import dev.limber.screening.InvalidAnswers;
import dev.limber.screening.Screener;
import dev.limber.screening.Screening;
import dev.limber.screening.ScreeningResult;
import dev.limber.screening.TechniqueDecision;
import dev.limber.session.PlannedSession;
import dev.limber.session.RecentSessions;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Screens and plans for {@code limber plan} and {@code limber go}: answers from a file or standard
 * input, or the questionnaire on a terminal; recent sessions from the journal for variety, today's
 * self-crack limit, and the pain flags a session stopped for pain leaves for the next screening.
 */
public final class SessionPlanning {
  private final Supplier<Catalog> catalog;
  private final Supplier<Screener> screener;
  private final Supplier<Journal> journal;
  private final Clock clock;

  /** The journal is asked for only when a command runs, so it opens lazily. */
  public SessionPlanning(
      Supplier<Catalog> catalog,
      Supplier<Screener> screener,
      Supplier<Journal> journal,
      Clock clock) {
    this.catalog = catalog;
    this.screener = screener;
    this.journal = journal;
    this.clock = clock;
  }

  Clock clock() {
    return clock;
  }

  Catalog catalog() {
    return catalog.get();
  }

  Journal journal() {
    return journal.get();
  }

  /** The plan with its timeline, or empty when the answers were rejected (already reported). */
  Optional<PlannedSession> plan(Arguments arguments, Io io) throws IOException {
    boolean json = arguments.flag("json");
    Preferences preferences = RoutineOptions.preferences(arguments, clock);
    Instant now = clock.instant();
    Instant startOfToday = LocalDate.now(clock).atStartOfDay(clock.getZone()).toInstant();
    RecentSessions recent =
        new RecentSessions(
            journal
                .get()
                .sessions(now.minus(Duration.ofDays(RecentHistory.DAYS)), now.plusSeconds(1)));
    Optional<Screening> screening = screen(arguments, io, json, recent);
    if (screening.isEmpty()) {
      return Optional.empty();
    }
    ScreeningResult result = screening.get().result();
    Map<String, String> exclusions = new HashMap<>();
    for (TechniqueDecision decision : screening.get().leftOut()) {
      exclusions.put(
          decision.technique().id(),
          decision.exclusions().stream().map(Exclusion::rule).findFirst().orElse("screening"));
    }
    Planner planner = new Planner(catalog.get());
    return Optional.of(
        PlannedSession.of(
            planner.plan(
                new PlanRequest(result, exclusions, preferences, recent.history(startOfToday)))));
  }

  private Optional<Screening> screen(
      Arguments arguments, Io io, boolean json, RecentSessions recent) throws IOException {
    Optional<String> source = arguments.value("answers");
    Object document;
    if (source.isPresent()) {
      byte[] bytes;
      try {
        bytes =
            source.get().equals("-")
                ? io.in().readAllBytes()
                : Files.readAllBytes(Path.of(source.get()));
      } catch (IOException e) {
        return reject(
            new InvalidAnswers(
                List.of(
                    new FieldError(
                        "--answers", "cannot read the file " + Json.quote(source.get())))),
            json,
            io);
      }
      AnswersReading reading = AnswersReader.parse(bytes);
      if (!reading.isValid() || !(recent.painDuringStretching() || recent.painDuringCracking())) {
        return read(reading, json, io);
      }
      document = Json.parse(new String(bytes, StandardCharsets.UTF_8));
    } else if (io.interactive()) {
      PrintStream prompts = json ? io.err() : io.out();
      BufferedReader in =
          new BufferedReader(new InputStreamReader(io.in(), StandardCharsets.UTF_8));
      Questionnaire.Outcome outcome = new Questionnaire(in, prompts).ask();
      prompts.println();
      if (outcome.urgentRule().isPresent()) {
        prompts.println("Stop here: that answer needs medical help, not exercises.");
        ScreeningResult urgent = screener.get().urgentStop(List.of(outcome.urgentRule().get()));
        return Optional.of(new Screening(null, urgent, List.of()));
      }
      document = outcome.document().orElseThrow();
    } else {
      throw new UsageException(
          "no answers given: use --answers FILE (or --answers - for standard input), or run it in"
              + " a terminal to answer the screening questions");
    }
    return read(AnswersReader.read(withSessionPain(document, recent)), json, io);
  }

  /**
   * Spec §7: a session stopped for pain makes the next screening say SEE_PROFESSIONAL, so the flag
   * the journal holds is added to the answers; it only ever makes the verdict stricter.
   */
  private static Object withSessionPain(Object document, RecentSessions recent) {
    if (!(document instanceof Map<?, ?> root)
        || !(root.get("history") instanceof Map<?, ?> history)) {
      return document;
    }
    Map<String, Object> newHistory = new LinkedHashMap<>();
    history.forEach((key, value) -> newHistory.put((String) key, value));
    if (recent.painDuringStretching()) {
      newHistory.put("painDuringStretching", Boolean.TRUE);
    }
    if (recent.painDuringCracking()) {
      newHistory.put("painDuringCracking", Boolean.TRUE);
    }
    Map<String, Object> newRoot = new LinkedHashMap<>();
    root.forEach((key, value) -> newRoot.put((String) key, value));
    newRoot.put("history", newHistory);
    return newRoot;
  }

  private Optional<Screening> read(AnswersReading reading, boolean json, Io io) {
    if (!reading.isValid()) {
      return reject(reading.rejection().orElseThrow(), json, io);
    }
    return Optional.of(screener.get().assess(reading.requireAnswers()));
  }

  private static Optional<Screening> reject(InvalidAnswers rejection, boolean json, Io io) {
    VerdictReport.printRejection(rejection, io.err());
    if (json) {
      io.out().println(Json.pretty(rejection));
    }
    return Optional.empty();
  }
}

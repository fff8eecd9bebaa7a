package dev.limber.cli;

import dev.limber.catalog.Catalog;
import dev.limber.journal.CheckIn;
import dev.limber.journal.FrequencyGuard;
import dev.limber.journal.HistoryFiller;
import dev.limber.journal.Journal;
import dev.limber.journal.ScreeningRecord;
import dev.limber.json.FieldError;
import dev.limber.json.Json;
import dev.limber.planning.PlanRequest;
import dev.limber.planning.Planner;
import dev.limber.planning.Preferences;
import dev.limber.planning.RecentHistory;
import dev.limber.screening.AnswersReader;
import dev.limber.screening.AnswersReading;
import dev.limber.screening.Exclusion;
import dev.limber.screening.HistoryFill;
import dev.limber.screening.InvalidAnswers;
import dev.limber.screening.Policy;
import dev.limber.screening.Screener;
import dev.limber.screening.Screening;
import dev.limber.screening.ScreeningResult;
import dev.limber.screening.TechniqueDecision;
import dev.limber.session.PlannedSession;
import dev.limber.session.RecentSessions;
import dev.limber.session.SessionRecord;
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
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Screens and plans for {@code limber plan} and {@code limber go}. Answers come from a file or
 * standard input, else the questionnaire on a terminal, else today's latest screening in the
 * journal; the journal fills the history fields the answers leave out, adds the pain flags a
 * session stopped for pain leaves for the next screening, keeps the screening, and tells the
 * planner what was done lately and whether today's self-crack session is used.
 */
public final class SessionPlanning {
  /** How far back the journal is read: the four weeks "typical cracking days" look at. */
  private static final Duration LOOK_BACK = Duration.ofDays(7L * FrequencyGuard.TYPICAL_WEEKS);

  private final Supplier<Catalog> catalog;
  private final Supplier<Screener> screener;
  private final JournalSource journals;
  private final Clock clock;

  /** Nothing is opened here: the journal opens when a command runs. */
  public SessionPlanning(
      Supplier<Catalog> catalog, Supplier<Screener> screener, JournalSource journals, Clock clock) {
    this.catalog = catalog;
    this.screener = screener;
    this.journals = journals;
    this.clock = clock;
  }

  Clock clock() {
    return clock;
  }

  Catalog catalog() {
    return catalog.get();
  }

  /** Opens the journal named by the command's {@code --db}; the caller closes it. */
  JournalSource.Opened openJournal(Arguments arguments) {
    return journals.open(arguments);
  }

  /** The answers behind a screening, exactly as given, beside the screening itself. */
  private record Screened(Screening screening, Optional<Object> answers) {}

  /** The plan with its timeline, or empty when the answers were rejected (already reported). */
  Optional<PlannedSession> plan(Arguments arguments, Io io, Journal journal) throws IOException {
    boolean json = arguments.flag("json");
    Preferences preferences = RoutineOptions.preferences(arguments, clock);
    Instant now = clock.instant();
    Instant startOfToday = LocalDate.now(clock).atStartOfDay(clock.getZone()).toInstant();
    List<SessionRecord> sessions = journal.sessions(now.minus(LOOK_BACK), Instant.MAX);
    List<CheckIn> checkIns = journal.checkIns(now.minus(LOOK_BACK), Instant.MAX);
    Instant recently = now.minus(Duration.ofDays(RecentHistory.DAYS));
    RecentSessions recent =
        new RecentSessions(
            sessions.stream().filter(session -> session.started().isAfter(recently)).toList());
    Policy policy = screener.get().ruleBook().policy();
    HistoryFill fill = new HistoryFiller(policy, clock).fill(journal);
    Optional<Screened> screened = screen(arguments, io, json, recent, fill, journal, startOfToday);
    if (screened.isEmpty()) {
      return Optional.empty();
    }
    ScreeningResult result = screened.get().screening().result();
    screened
        .get()
        .answers()
        .ifPresent(
            answers ->
                journal.add(new ScreeningRecord(now, answers, result.verdict(), result.ruleIds())));
    Map<String, String> exclusions = new HashMap<>();
    for (TechniqueDecision decision : screened.get().screening().leftOut()) {
      exclusions.put(
          decision.technique().id(),
          decision.exclusions().stream().map(Exclusion::rule).findFirst().orElse("screening"));
    }
    RecentHistory lately = recent.history(startOfToday);
    // Cracks reported in check-ins count against today's one self-crack session as well (X6).
    boolean crackUsedToday =
        lately.selfCrackUsedToday()
            || new FrequencyGuard(policy, clock).check(checkIns, sessions).dailyLimitReached();
    RecentHistory history = new RecentHistory(crackUsedToday, lately.timesDone());
    Planner planner = new Planner(catalog.get());
    return Optional.of(
        PlannedSession.of(planner.plan(new PlanRequest(result, exclusions, preferences, history))));
  }

  private Optional<Screened> screen(
      Arguments arguments,
      Io io,
      boolean json,
      RecentSessions recent,
      HistoryFill fill,
      Journal journal,
      Instant startOfToday)
      throws IOException {
    PrintStream prompts = json ? io.err() : io.out();
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
      AnswersReading reading = AnswersReader.parse(bytes, fill);
      if (!reading.isValid()) {
        return reject(reading.rejection().orElseThrow(), json, io);
      }
      document = Json.parse(new String(bytes, StandardCharsets.UTF_8));
    } else if (io.interactive()) {
      BufferedReader in =
          new BufferedReader(new InputStreamReader(io.in(), StandardCharsets.UTF_8));
      Questionnaire.Outcome outcome = new Questionnaire(in, prompts).ask();
      prompts.println();
      if (outcome.urgentRule().isPresent()) {
        prompts.println("Stop here: that answer needs medical help, not exercises.");
        ScreeningResult urgent = screener.get().urgentStop(List.of(outcome.urgentRule().get()));
        return Optional.of(new Screened(new Screening(null, urgent, List.of()), Optional.empty()));
      }
      document = outcome.document().orElseThrow();
    } else {
      Optional<ScreeningRecord> latest =
          journal.latestScreening().filter(record -> !record.at().isBefore(startOfToday));
      if (latest.isEmpty()) {
        throw new UsageException(
            "no answers given and no screening today: use --answers FILE (or --answers - for"
                + " standard input), run 'limber screen', or run this in a terminal to answer the"
                + " questions");
      }
      prompts.println(
          "Using today's screening from "
              + LocalTime.ofInstant(latest.get().at(), clock.getZone())
                  .format(DateTimeFormatter.ofPattern("HH:mm"))
              + ", checked again against your journal.");
      document = latest.get().answers();
    }
    AnswersReading reading = AnswersReader.read(withSessionPain(document, recent), fill);
    if (!reading.isValid()) {
      return reject(reading.rejection().orElseThrow(), json, io);
    }
    return Optional.of(
        new Screened(screener.get().assess(reading.requireAnswers()), Optional.of(document)));
  }

  /**
   * Spec §7: a session stopped for pain makes the next screening say SEE_PROFESSIONAL, so the flag
   * the journal holds is added to the answers; it only ever makes the verdict stricter.
   */
  private static Object withSessionPain(Object document, RecentSessions recent) {
    if (!(recent.painDuringStretching() || recent.painDuringCracking())
        || !(document instanceof Map<?, ?> root)
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

  private static Optional<Screened> reject(InvalidAnswers rejection, boolean json, Io io) {
    VerdictReport.printRejection(rejection, io);
    if (json) {
      io.out().println(Json.pretty(rejection));
    }
    return Optional.empty();
  }
}

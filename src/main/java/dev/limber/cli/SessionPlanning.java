package dev.limber.cli;

import dev.limber.app.Person;
import dev.limber.app.PlanningService;
import dev.limber.app.Questionnaire;
import dev.limber.app.Screened;
import dev.limber.app.ScreeningService;
import dev.limber.app.Services;
import dev.limber.catalog.Catalog;
import dev.limber.journal.ScreeningRecord;
import dev.limber.json.FieldError;
import dev.limber.json.Json;
import dev.limber.planning.Preferences;
import dev.limber.screening.InvalidAnswers;
import dev.limber.session.PlannedSession;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Where {@code limber plan} and {@code limber go} get today's screening — answers from a file or
 * standard input, else the questions on a terminal, else today's kept screening once the person
 * says nothing has changed — and the plan from the application services. Only the choosing of the
 * input and its reading live here; screening and planning are the services'.
 */
public final class SessionPlanning {
  /** The flag by which a person without a terminal confirms that nothing has changed today. */
  static final Option SAME_AS_TODAY =
      Option.flag(
          "unchanged",
          "reuse today's screening without a terminal: you confirm nothing has changed since");

  private final Supplier<Services> services;
  private final JournalSource journals;
  private final Clock clock;

  /** Nothing is opened here: the journal opens when a command runs. */
  public SessionPlanning(Supplier<Services> services, JournalSource journals, Clock clock) {
    this.services = services;
    this.journals = journals;
    this.clock = clock;
  }

  Clock clock() {
    return clock;
  }

  Catalog catalog() {
    return services.get().catalog();
  }

  Services services() {
    return services.get();
  }

  /** Opens the journal named by the command's {@code --db}; the caller closes it. */
  JournalSource.Opened openJournal(Arguments arguments) {
    return journals.open(arguments);
  }

  /** The plan with its timeline, or empty when the answers were rejected (already reported). */
  Optional<PlannedSession> plan(Arguments arguments, Io io, Person person, String command)
      throws IOException {
    boolean json = arguments.flag("json");
    PlanningService planning = services.get().planning();
    RoutineOptions.Chosen chosen = RoutineOptions.preferences(arguments, planning, person);
    Preferences preferences = chosen.preferences();
    ScreeningService screening = planning.screening();
    PrintStream prompts = json ? io.wrappedErr() : io.wrappedOut();
    chosen.fromLastTime().ifPresent(prompts::println);
    Optional<String> source = arguments.value("answers");
    if (source.isPresent()) {
      Optional<byte[]> document = read(source.get(), command, json, io);
      if (document.isEmpty()) {
        return Optional.empty();
      }
      return planned(planning.plan(person, document.get(), preferences), command, json, io);
    }
    Optional<ScreeningRecord> today = screening.reusableToday(person);
    if (io.interactive()) {
      BufferedReader in =
          new BufferedReader(new InputStreamReader(io.in(), StandardCharsets.UTF_8));
      if (today.isPresent() && !changedSince(today.get(), in, prompts)) {
        return reuse(person, today.get(), preferences, command, json, io);
      }
      Questionnaire.Run run =
          new TerminalQuestionnaire(in, prompts)
              .ask(services.get().questionnaire().start(screening.situation(person)));
      prompts.println();
      if (run.stoppedBy().isPresent()) {
        prompts.println("Stop here: that answer needs medical help, not exercises.");
        Screened stopped =
            screening.stopEarly(person, run.document(), run.stoppedBy().get().stopRule().get());
        return Optional.of(planning.plan(person, stopped, preferences));
      }
      return planned(planning.plan(person, run.document(), preferences), command, json, io);
    }
    if (today.isEmpty()) {
      throw new UsageException(
          "no answers given and no screening today that may be reused: use --answers FILE (or"
              + " --answers - for standard input), run 'limber screen', or run this in a terminal"
              + " to answer the questions");
    }
    if (!arguments.flag(SAME_AS_TODAY.name())) {
      throw new UsageException(
          "you screened today at "
              + time(today.get())
              + "; without a terminal, confirm that nothing has changed since with --unchanged,"
              + " or give --answers");
    }
    return reuse(person, today.get(), preferences, command, json, io);
  }

  private Optional<PlannedSession> reuse(
      Person person,
      ScreeningRecord today,
      Preferences preferences,
      String command,
      boolean json,
      Io io) {
    (json ? io.wrappedErr() : io.wrappedOut())
        .println(
            "Using today's screening from "
                + time(today)
                + ", checked again against your journal.");
    PlanningService.ReusedPlan reused =
        services.get().planning().planToday(person, today, preferences);
    if (reused.rejection().isPresent()) {
      return reject(reused.rejection().get(), command, json, io);
    }
    return reused.planned();
  }

  /** Asks whether anything changed since today's screening; anything but a clear no means yes. */
  private boolean changedSince(ScreeningRecord today, BufferedReader in, PrintStream prompts)
      throws IOException {
    prompts.print(
        "You screened today at "
            + time(today)
            + ". Has anything changed since: new pain or symptoms, a fall or knock, new medicines,"
            + " or a crack? [y/n] ");
    prompts.flush();
    String answer = in.readLine();
    return answer == null || !answer.trim().toLowerCase(Locale.ROOT).matches("n|no");
  }

  private String time(ScreeningRecord record) {
    return LocalTime.ofInstant(record.at(), clock.getZone())
        .format(DateTimeFormatter.ofPattern("HH:mm"));
  }

  private static Optional<PlannedSession> planned(
      PlanningService.PlanOutcome outcome, String command, boolean json, Io io) {
    if (outcome.rejection().isPresent()) {
      return reject(outcome.rejection().get(), command, json, io);
    }
    return outcome.planned();
  }

  /** The answers' bytes from a file or standard input, or empty after reporting why not. */
  private static Optional<byte[]> read(String source, String command, boolean json, Io io)
      throws IOException {
    try {
      return Optional.of(
          source.equals("-") ? io.in().readAllBytes() : Files.readAllBytes(Path.of(source)));
    } catch (IOException | InvalidPathException e) {
      return reject(
          new InvalidAnswers(
              List.of(
                  new FieldError(
                      "--answers",
                      "cannot read the file "
                          + Json.quote(source)
                          + " (missing, unreadable or a folder)"))),
          command,
          json,
          io);
    }
  }

  private static <T> Optional<T> reject(
      InvalidAnswers rejection, String command, boolean json, Io io) {
    VerdictReport.printRejection(rejection, io);
    if (json) {
      io.out().println(Json.pretty(rejection));
    }
    return Optional.empty();
  }
}

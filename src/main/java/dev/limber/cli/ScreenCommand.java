package dev.limber.cli;

import dev.limber.journal.HistoryFiller;
import dev.limber.journal.Journal;
import dev.limber.journal.ScreeningRecord;
import dev.limber.json.FieldError;
import dev.limber.json.Json;
import dev.limber.screening.AnswersReader;
import dev.limber.screening.AnswersReading;
import dev.limber.screening.HistoryFill;
import dev.limber.screening.InvalidAnswers;
import dev.limber.screening.Screener;
import dev.limber.screening.ScreeningResult;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * {@code limber screen}: screens answers from a file, standard input or the questionnaire, and
 * prints the verdict, its reasons, the techniques allowed today and the advice. The journal fills
 * the history the answers leave out and keeps every screening as an audit trail, unless {@code
 * --no-journal} asks for a screening that reads and writes nothing.
 */
public final class ScreenCommand implements Command {
  private final Supplier<Screener> screener;
  private final JournalSource journals;
  private final Clock clock;

  public ScreenCommand(Supplier<Screener> screener, JournalSource journals, Clock clock) {
    this.screener = screener;
    this.journals = journals;
    this.clock = clock;
  }

  @Override
  public String name() {
    return "screen";
  }

  @Override
  public String summary() {
    return "Safety screening: what you may do today, with reasons and sources";
  }

  @Override
  public List<Option> options() {
    return List.of(
        Option.value(
            "answers",
            "FILE",
            "answers as JSON (spec/screening.md); - reads standard input. Without it, a"
                + " terminal asks the questions"),
        Option.flag("json", "print the result (or the errors) as JSON"),
        JournalSource.DB_OPTION,
        Option.flag(
            "no-journal", "neither fill history from the journal nor keep this screening in it"));
  }

  @Override
  public int run(Arguments arguments, Io io) throws IOException {
    arguments.noPositionals();
    if (arguments.flag("no-journal")) {
      if (arguments.value(JournalSource.DB_OPTION.name()).isPresent()) {
        throw new UsageException("--db and --no-journal exclude each other");
      }
      return screen(arguments, io, Optional.empty());
    }
    try (JournalSource.Opened opened = journals.open(arguments)) {
      return screen(arguments, io, Optional.of(opened.journal()));
    }
  }

  private int screen(Arguments arguments, Io io, Optional<Journal> journal) throws IOException {
    boolean json = arguments.flag("json");
    HistoryFill fill =
        journal
            .map(kept -> new HistoryFiller(screener.get().ruleBook().policy(), clock).fill(kept))
            .orElse(HistoryFill.NONE);
    Object answers = null;
    Optional<String> source = arguments.value("answers");
    ScreeningResult result;
    if (source.isPresent()) {
      Optional<byte[]> document = read(source.get(), io);
      if (document.isEmpty()) {
        return reject(
            new InvalidAnswers(
                List.of(
                    new FieldError(
                        "--answers",
                        "cannot read the file "
                            + Json.quote(source.get())
                            + " (missing, unreadable or a folder)"))),
            json,
            io);
      }
      AnswersReading reading = AnswersReader.parse(document.get(), fill);
      if (!reading.isValid()) {
        return reject(reading.rejection().orElseThrow(), json, io);
      }
      result = screener.get().screen(reading.requireAnswers());
      answers = Json.parse(new String(document.get(), StandardCharsets.UTF_8));
    } else if (io.interactive()) {
      // With --json the questions go to stderr so that standard output stays one JSON document.
      PrintStream prompts = json ? io.err() : io.out();
      BufferedReader in =
          new BufferedReader(new InputStreamReader(io.in(), StandardCharsets.UTF_8));
      Questionnaire.Outcome outcome = new Questionnaire(in, prompts).ask();
      if (outcome.urgentRule().isPresent()) {
        prompts.println();
        prompts.println("Stop here: that answer needs medical help, not exercises.");
        result = screener.get().urgentStop(List.of(outcome.urgentRule().get()));
      } else {
        answers = outcome.document().orElseThrow();
        AnswersReading reading = AnswersReader.read(answers, fill);
        if (!reading.isValid()) {
          return reject(reading.rejection().orElseThrow(), json, io);
        }
        result = screener.get().screen(reading.requireAnswers());
      }
      prompts.println();
    } else {
      throw new UsageException(
          "no answers given: use --answers FILE (or --answers - for standard input), or run"
              + " 'limber screen' in a terminal to answer the questions");
    }
    if (answers != null && journal.isPresent()) {
      // The answers exactly as given: the audit trail shows what the person said, not the fill.
      journal
          .get()
          .add(new ScreeningRecord(clock.instant(), answers, result.verdict(), result.ruleIds()));
    }
    if (json) {
      io.out().println(Json.pretty(result));
    } else {
      VerdictReport.print(result, io.out());
    }
    return ExitCode.OK;
  }

  /** The document's bytes, or empty when the file cannot be read. */
  private static Optional<byte[]> read(String source, Io io) throws IOException {
    if (source.equals("-")) {
      return Optional.of(io.in().readAllBytes());
    }
    try {
      return Optional.of(Files.readAllBytes(Path.of(source)));
    } catch (IOException | InvalidPathException e) {
      return Optional.empty();
    }
  }

  private static int reject(InvalidAnswers rejection, boolean json, Io io) {
    VerdictReport.printRejection(rejection, io);
    if (json) {
      io.out().println(Json.pretty(rejection));
    }
    return ExitCode.INVALID_INPUT;
  }
}

package dev.limber.cli;

import dev.limber.json.FieldError;
import dev.limber.json.Json;
import dev.limber.screening.AnswersReader;
import dev.limber.screening.AnswersReading;
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
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * {@code limber screen}: screens answers from a file, standard input or the questionnaire, and
 * prints the verdict, its reasons, the techniques allowed today and the advice.
 */
public final class ScreenCommand implements Command {
  private final Supplier<Screener> screener;

  public ScreenCommand(Supplier<Screener> screener) {
    this.screener = screener;
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
        Option.flag("json", "print the result (or the errors) as JSON"));
  }

  @Override
  public int run(Arguments arguments, Io io) throws IOException {
    arguments.noPositionals();
    boolean json = arguments.flag("json");
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
      AnswersReading reading = AnswersReader.parse(document.get());
      if (!reading.isValid()) {
        return reject(reading.rejection().orElseThrow(), json, io);
      }
      result = screener.get().screen(reading.requireAnswers());
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
        AnswersReading reading = AnswersReader.read(outcome.document().orElseThrow());
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
    VerdictReport.printRejection(rejection, io.err());
    if (json) {
      io.out().println(Json.pretty(rejection));
    }
    return ExitCode.INVALID_INPUT;
  }
}

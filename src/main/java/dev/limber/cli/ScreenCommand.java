package dev.limber.cli;

import dev.limber.app.Person;
import dev.limber.app.Questionnaire;
import dev.limber.app.Screened;
import dev.limber.app.ScreeningOutcome;
import dev.limber.app.ScreeningService;
import dev.limber.app.Services;
import dev.limber.json.FieldError;
import dev.limber.json.Json;
import dev.limber.screening.InvalidAnswers;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;

/**
 * {@code limber screen}: screens answers from a file, standard input or the questionnaire, and
 * prints the verdict, its reasons, the techniques allowed today and the advice. The screening
 * service fills from the journal, applies its pain flags and keeps the screening, unless {@code
 * --no-journal} asks for a screening that reads and writes nothing.
 */
public final class ScreenCommand implements Command {
  private final Supplier<Services> services;
  private final JournalSource journals;

  public ScreenCommand(Supplier<Services> services, JournalSource journals) {
    this.services = services;
    this.journals = journals;
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
            "answers as JSON (docs/answers-format.md); - reads standard input. Without it, a"
                + " terminal asks the questions"),
        Option.values("enable", "ID", "list a technique that is off by default as turned on"),
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
      return screen(arguments, io, Person.ANONYMOUS);
    }
    try (JournalSource.Opened opened = journals.open(arguments)) {
      return screen(arguments, io, opened.person());
    }
  }

  private int screen(Arguments arguments, Io io, Person person) throws IOException {
    boolean json = arguments.flag("json");
    ScreeningService screening = services.get().screening();
    Set<String> enabled = enabled(arguments);
    Optional<String> source = arguments.value("answers");
    Screened screened;
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
      ScreeningOutcome outcome = screening.screen(person, document.get(), enabled);
      if (outcome.isRejected()) {
        return reject(outcome.rejection().get(), json, io);
      }
      screened = outcome.screened().get();
    } else if (io.interactive()) {
      // With --json the questions go to stderr so that standard output stays one JSON document.
      PrintStream prompts = json ? io.wrappedErr() : io.wrappedOut();
      BufferedReader in =
          new BufferedReader(new InputStreamReader(io.in(), StandardCharsets.UTF_8));
      Questionnaire.Run run =
          new TerminalQuestionnaire(in, prompts)
              .ask(services.get().questionnaire().start(screening.situation(person)));
      prompts.println();
      if (run.stoppedBy().isPresent()) {
        prompts.println("Stop here: that answer needs medical help, not exercises.");
        screened =
            screening.stopEarly(person, run.document(), run.stoppedBy().get().stopRule().get());
      } else {
        ScreeningOutcome outcome = screening.screen(person, (Object) run.document(), enabled);
        if (outcome.isRejected()) {
          return reject(outcome.rejection().get(), json, io);
        }
        screened = outcome.screened().get();
      }
      prompts.println();
    } else {
      throw new UsageException(
          "no answers given: use --answers FILE (or --answers - for standard input), or run"
              + " 'limber screen' in a terminal to answer the questions");
    }
    if (json) {
      io.out().println(Json.pretty(screened));
    } else {
      VerdictReport.print(screened.result(), io.wrappedOut());
    }
    return ExitCode.OK;
  }

  private Set<String> enabled(Arguments arguments) {
    Set<String> enabled = new LinkedHashSet<>();
    for (String id : arguments.all("enable")) {
      if (services.get().catalog().find(id.trim()).isEmpty()) {
        throw new UsageException("--enable: no technique with id \"" + id + "\"");
      }
      enabled.add(id.trim());
    }
    return enabled;
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

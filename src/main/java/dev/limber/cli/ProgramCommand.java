package dev.limber.cli;

import dev.limber.app.HandoutService;
import dev.limber.app.InvalidInput;
import dev.limber.app.JoiningService;
import dev.limber.app.NotFound;
import dev.limber.app.Paper;
import dev.limber.app.ProgramDayService;
import dev.limber.catalog.Catalog;
import dev.limber.json.Json;
import dev.limber.program.HeldBack;
import dev.limber.program.ProgramItem;
import dev.limber.screening.NewSymptom;
import dev.limber.session.Player;
import dev.limber.session.SessionRecord;
import dev.limber.session.Timeline;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.jline.terminal.Terminal;
import org.jline.terminal.TerminalBuilder;

/**
 * {@code limber program show|play|handout}: a person's program from their clinician on the command
 * line — what it holds, today's session of it, screened with the person's own answers (rule P1) and
 * played by the same players as {@code limber go}, or that session printed as a PDF handout.
 */
public final class ProgramCommand implements Command {
  private final ProgramDesk desk;
  private final Supplier<Catalog> catalog;
  private final Supplier<HandoutService> handouts;
  private final Clock clock;

  public ProgramCommand(
      ProgramDesk desk, Supplier<Catalog> catalog, Supplier<HandoutService> handouts, Clock clock) {
    this.desk = desk;
    this.catalog = catalog;
    this.handouts = handouts;
    this.clock = clock;
  }

  @Override
  public String name() {
    return "program";
  }

  @Override
  public String summary() {
    return "Show, play or print the program your clinician gave you";
  }

  @Override
  public String parameters() {
    return "show|play|handout";
  }

  @Override
  public List<Option> options() {
    return List.of(
        Option.value("person", "EMAIL", "the account whose program it is"),
        Option.value("answers", "FILE", "today's screening answers (- for standard input)"),
        Option.flag("unchanged", "reuse today's screening: you confirm nothing has changed since"),
        Option.flag("quiet", "no bell at each new segment"),
        Option.value("out", "FILE", "handout: the PDF file to write"),
        Option.value("paper", "a4|letter", "handout: the paper size (default a4)"),
        Option.flag("force", "handout: replace FILE if it already exists"),
        Option.flag("json", "print as JSON"),
        JournalSource.DB_OPTION);
  }

  @Override
  public int run(Arguments arguments, Io io) throws IOException, InterruptedException {
    String action = arguments.requirePositional("show, play or handout");
    if (!List.of("show", "play", "handout").contains(action)) {
      throw new UsageException("expected show, play or handout, got " + action);
    }
    Path out = action.equals("handout") ? OutputFile.required(arguments) : null;
    Paper paper = HandoutCommand.paper(arguments);
    String email =
        arguments
            .value("person")
            .orElseThrow(() -> new UsageException("--person EMAIL names whose program it is"));
    try (ProgramDesk.Opened opened = desk.open(arguments.value(JournalSource.DB_OPTION.name()))) {
      String personId = opened.programs().clinicians().requireAccount(email);
      ProgramDayService days = opened.programs().days();
      return switch (action) {
        case "show" ->
            show(opened.programs().joining(), personId, arguments.flag("json"), io.out());
        case "play" -> play(days, personId, arguments, io);
        case "handout" -> handout(days, personId, arguments, io, out, paper);
        default -> throw new UsageException("expected show, play or handout, got " + action);
      };
    }
  }

  private int show(JoiningService joining, String personId, boolean json, PrintStream out) {
    JoiningService.Mine mine =
        joining
            .mine(personId)
            .orElseThrow(() -> new NotFound("this person has not joined a clinician"));
    if (json) {
      out.println(Json.pretty(mine.program()));
      return ExitCode.OK;
    }
    var program = mine.program().program();
    out.println(program.title() + " (version " + mine.program().version() + ")");
    out.println("From " + mine.clinicianEmail() + ", joined " + mine.link().joinedAt());
    out.println(
        program.frequency().timesPerDay()
            + " a day, "
            + program.frequency().daysPerWeek()
            + " days a week");
    int number = 1;
    for (ProgramItem item : program.items()) {
      String name =
          catalog.get().find(item.techniqueId()).map(t -> t.name()).orElse(item.techniqueId());
      out.println(
          "  "
              + number++
              + ". "
              + name
              + ": "
              + item.holdSeconds()
              + " s × "
              + item.reps()
              + (item.sides() == 2 ? ", each side" : ""));
    }
    if (!program.notes().isBlank()) {
      out.println("Notes: " + program.notes());
    }
    return ExitCode.OK;
  }

  private int handout(
      ProgramDayService days, String personId, Arguments arguments, Io io, Path out, Paper paper)
      throws IOException {
    ProgramDayService.Today session = today(days, personId, arguments, io);
    byte[] document = handouts.get().print(session, paper, Optional.empty());
    Files.write(out, document);
    io.out().println(HandoutCommand.written(out, paper, document, session.planned().plan()));
    return ExitCode.OK;
  }

  /**
   * Today's program session from {@code --answers}, or today's screening with {@code --unchanged}.
   */
  private static ProgramDayService.Today today(
      ProgramDayService days, String personId, Arguments arguments, Io io) throws IOException {
    Optional<String> answers = arguments.value("answers");
    if (answers.isPresent()) {
      String text =
          answers.get().equals("-")
              ? new String(io.in().readAllBytes(), StandardCharsets.UTF_8)
              : Files.readString(Path.of(answers.get()));
      return days.fromAnswers(personId, Json.parse(text));
    }
    if (arguments.flag("unchanged")) {
      return days.fromTodaysScreening(personId)
          .orElseThrow(
              () ->
                  new UsageException("no screening today that may be reused: give --answers FILE"));
    }
    throw new UsageException(
        "give today's answers with --answers FILE, or --unchanged to reuse today's screening");
  }

  private int play(ProgramDayService days, String personId, Arguments arguments, Io io)
      throws IOException, InterruptedException {
    ProgramDayService.Today session = today(days, personId, arguments, io);
    PrintStream out = io.out();
    out.println(
        session.mine().program().program().title()
            + " (version "
            + session.mine().program().version()
            + ") from "
            + session.mine().clinicianEmail());
    for (HeldBack held : session.heldBack()) {
      out.println("  held back today: " + held.name() + ": " + held.reason());
    }
    Optional<Timeline> timeline = session.planned().findTimeline();
    if (timeline.isEmpty()) {
      PlanReport.print(session.planned().plan(), out);
      return ExitCode.OK;
    }
    ScaledClock scaled = new ScaledClock(clock, 1);
    Player player = days.player(personId, timeline.get(), scaled);
    SessionRecord record;
    boolean keep;
    Optional<NewSymptom> symptom = Optional.empty();
    if (io.interactive()) {
      try (Terminal terminal = TerminalBuilder.builder().system(true).build()) {
        TerminalPlayer.Result result =
            new TerminalPlayer(terminal, catalog.get(), scaled, arguments.flag("quiet"))
                .play(player);
        record = result.record();
        keep = result.keep();
        symptom = result.symptom();
      }
    } else {
      BufferedReader in =
          new BufferedReader(new InputStreamReader(io.in(), StandardCharsets.UTF_8));
      record = new LinePlayer(scaled, in, out).play(player);
      keep = true;
    }
    boolean kept = false;
    if (keep) {
      try {
        days.keepPlayed(personId, record, session.from());
        kept = true;
      } catch (InvalidInput e) {
        out.println("This session was not kept: " + e.errors().get(0).message() + ".");
      }
    }
    PlanReport.printEmergency(record, symptom, out);
    PlanReport.printSummary(
        record, kept, player.lastGrade().map(grade -> !grade.mild()).orElse(false), out);
    return ExitCode.OK;
  }
}

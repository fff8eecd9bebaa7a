package dev.limber.cli;

import dev.limber.app.InvalidInput;
import dev.limber.app.Person;
import dev.limber.app.SessionService;
import dev.limber.json.Json;
import dev.limber.screening.NewSymptom;
import dev.limber.screening.SafetyWords;
import dev.limber.session.PlannedSession;
import dev.limber.session.Player;
import dev.limber.session.SessionRecord;
import dev.limber.session.Timeline;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jline.terminal.Terminal;
import org.jline.terminal.TerminalBuilder;

/**
 * {@code limber go}: screens, plans, then guides the person through the routine — the full player
 * on a terminal, one line per segment without one — and records the session in the journal.
 */
public final class GoCommand implements Command {
  private static final double MIN_SPEED = 0.1;
  private static final double MAX_SPEED = 1000;

  private final SessionPlanning planning;

  public GoCommand(SessionPlanning planning) {
    this.planning = planning;
  }

  @Override
  public String name() {
    return "go";
  }

  @Override
  public String summary() {
    return "Screen, plan and play the routine with timers; stop at once if it hurts";
  }

  @Override
  public List<Option> options() {
    List<Option> options = new ArrayList<>(RoutineOptions.OPTIONS);
    options.set(
        options.indexOf(RoutineOptions.JSON),
        Option.flag("json", "print the session record as JSON at the end (the player on stderr)"));
    options.add(
        Option.value("speed", "X", "play X times faster, for demos and tests (0.1 to 1000)"));
    options.add(Option.flag("quiet", "no bell at each new segment"));
    return options;
  }

  @Override
  public int run(Arguments arguments, Io io) throws IOException, InterruptedException {
    arguments.noPositionals();
    double speed = speed(arguments);
    Optional<PlannedSession> planned;
    ScaledClock clock = new ScaledClock(planning.clock(), speed);
    Optional<Player> player = Optional.empty();
    // Closed while the session plays, so other commands can use the journal meanwhile.
    try (JournalSource.Opened opened = planning.openJournal(arguments)) {
      Person person = opened.person();
      planned = planning.plan(arguments, io, person, name());
      // The player grades a stop against the journal as it stands now (§2.1: repeated mild stops).
      player =
          planned
              .flatMap(PlannedSession::findTimeline)
              .map(found -> planning.services().sessions().player(person, found, clock));
    }
    if (planned.isEmpty()) {
      return ExitCode.INVALID_INPUT;
    }
    boolean json = arguments.flag("json");
    PrintStream display = json ? io.wrappedErr() : io.wrappedOut();
    Optional<Timeline> timeline = planned.get().findTimeline();
    if (timeline.isEmpty()) {
      PlanReport.print(planned.get().plan(), display);
      return ExitCode.OK;
    }
    display.println(
        "Your routine: "
            + timeline.get().routine().steps().size()
            + (timeline.get().routine().steps().size() == 1 ? " technique, " : " techniques, ")
            + PlanReport.clock(timeline.get().totalSeconds())
            + ". "
            + SafetyWords.bundled().sentence(SafetyWords.Sentence.stopIfItHurts));
    SessionRecord record;
    boolean keep;
    Optional<NewSymptom> symptom = Optional.empty();
    if (io.interactive()) {
      try (Terminal terminal = TerminalBuilder.builder().system(true).build()) {
        TerminalPlayer.Result result =
            new TerminalPlayer(terminal, planning.catalog(), clock, arguments.flag("quiet"))
                .play(player.orElseThrow());
        record = result.record();
        keep = result.keep();
        symptom = result.symptom();
      }
    } else {
      BufferedReader in =
          new BufferedReader(new InputStreamReader(io.in(), StandardCharsets.UTF_8));
      record = new LinePlayer(clock, in, display).play(player.orElseThrow());
      keep = true;
    }
    // Spec §7: a session played faster than real time is a demonstration, never a journal entry.
    boolean realTime = SessionService.isRealTime(speed);
    boolean kept = false;
    if (keep && realTime) {
      try (JournalSource.Opened opened = planning.openJournal(arguments)) {
        planning.services().sessions().record(opened.person(), record);
        kept = true;
      } catch (InvalidInput e) {
        display.println("This session was not kept: " + e.errors().get(0).message() + ".");
      }
    }
    // The emergency words come first: they matter most.
    PlanReport.printEmergency(record, symptom, display);
    boolean escalated = player.flatMap(Player::lastGrade).map(grade -> !grade.mild()).orElse(false);
    PlanReport.printSummary(record, kept, escalated, display);
    if (!realTime) {
      display.println(
          "Played at " + speed + " times real speed: a demonstration, not kept in your journal.");
    }
    display.flush();
    if (json) {
      io.out().println(Json.pretty(record));
    }
    return ExitCode.OK;
  }

  private static double speed(Arguments arguments) {
    Optional<String> text = arguments.value("speed");
    if (text.isEmpty()) {
      return 1;
    }
    double speed;
    try {
      speed = Double.parseDouble(text.get().trim());
    } catch (NumberFormatException e) {
      throw new UsageException("--speed must be a number, found \"" + text.get() + "\"");
    }
    if (!(speed >= MIN_SPEED && speed <= MAX_SPEED)) {
      throw new UsageException("--speed must be from 0.1 to 1000, found " + text.get());
    }
    return speed;
  }
}

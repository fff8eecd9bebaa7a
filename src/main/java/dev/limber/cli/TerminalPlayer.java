package dev.limber.cli;

import dev.limber.catalog.Catalog;
import dev.limber.session.Player;
import dev.limber.session.SegmentKind;
import dev.limber.session.SessionRecord;
import java.io.IOException;
import java.io.PrintWriter;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import org.jline.terminal.Attributes;
import org.jline.terminal.Terminal;
import org.jline.utils.NonBlockingReader;

/**
 * The guided player on a terminal in raw mode: a countdown with a progress bar for the current
 * segment and for the whole session, the step's cues, what comes next, and single keys — space
 * pause/resume, n skip, p it hurts, c it popped, a a new symptom, q quit. No single key ends a
 * session (spec/screening.md §7): p asks the pain now, whether it is easing and whether it is sharp
 * or spreading, then a mild stop offers to end (the default) or go on without the technique; a and
 * q open one confirming step, and backing out of any step records nothing and plays on where it
 * was. The timer stands still while a step asks. Every frame is wrapped at word boundaries to the
 * terminal's size at that moment, so a resize reflows it; a bell marks each new segment (unless
 * quiet), and a short count gets the person ready before the first timed exercise.
 */
final class TerminalPlayer {
  /** How often the screen is redrawn and keys are read, in real milliseconds. */
  private static final int FRAME_MILLIS = 100;

  private static final String CLEAR = "\033[H\033[2J";
  private static final String BELL = "\007";

  /**
   * The keys, in the order of the legend; the legend breaks only between keys, and at 80 columns it
   * fits on one line.
   */
  static final List<String> KEYS =
      List.of("space pause", "n skip", "p it hurts", "c popped", "a new symptom", "q quit");

  static final String KEY_SEPARATOR = " · ";

  /** The widest a frame gets, however wide the terminal: longer lines are hard to read. */
  private static final int MAX_WIDTH = 100;

  /** Real time of the "get ready" count before the first timed exercise, at speed 1. */
  static final Duration GET_READY = Duration.ofSeconds(3);

  /**
   * What the player hands back: the record, whether the person wants it kept, and the new symptom
   * they confirmed when one ended the session.
   */
  record Result(SessionRecord record, boolean keep, Optional<NewSymptom> symptom) {}

  private static final int ESCAPE = 27;

  private final Terminal terminal;
  private final Catalog catalog;
  private final SessionFrame layout;
  private final ClosingQuestions closing;
  private final ScaledClock clock;
  private final PrintWriter screen;
  private final NonBlockingReader keys;
  private final boolean quiet;
  private String notice = "";
  private boolean stopped;
  private int lastIndex = -1;
  private boolean readyCounted;
  private long readyUntilNanos;
  private List<StepLine> step = List.of();
  private String stepState = "";
  private String typed;
  private NewSymptom symptom;

  TerminalPlayer(Terminal terminal, Catalog catalog, ScaledClock clock, boolean quiet) {
    this.terminal = terminal;
    this.catalog = catalog;
    this.layout = new SessionFrame(catalog);
    this.closing = new ClosingQuestions(terminal, clock);
    this.clock = clock;
    this.quiet = quiet;
    this.screen = terminal.writer();
    this.keys = terminal.reader();
  }

  /** Plays a player not yet started, made on this player's clock (see SessionService.player). */
  Result play(Player player) throws IOException {
    Attributes saved = terminal.enterRawMode();
    // Every frame is laid out for the size it is drawn at; a resize only needs the next frame now.
    Terminal.SignalHandler previous = terminal.handle(Terminal.Signal.WINCH, signal -> {});
    try {
      return run(player);
    } finally {
      terminal.handle(Terminal.Signal.WINCH, previous);
      terminal.setAttributes(saved);
      screen.println();
      screen.flush();
    }
  }

  private Result run(Player player) throws IOException {
    player.start();
    boolean keep = true;
    while (player.state() != Player.State.ENDED) {
      if (player.state() == Player.State.AWAITING_PAIN) {
        draw(player);
        Optional<Integer> score =
            closing.score(player.current().label() + " Type 0–10 and Enter (Enter alone skips): ");
        if (score.isPresent()) {
          player.painChecked(score.get());
        } else {
          player.skip();
        }
        continue;
      }
      onSegmentChange(player);
      draw(player);
      int key = keys.read(FRAME_MILLIS);
      if (key == NonBlockingReader.EOF) {
        player.quit();
        break;
      }
      if (counting()) {
        if (key == NonBlockingReader.READ_EXPIRED && System.nanoTime() < readyUntilNanos) {
          continue;
        }
        readyUntilNanos = 0;
        if (player.state() == Player.State.PAUSED) {
          player.resume();
        }
        if (key == NonBlockingReader.READ_EXPIRED || key == ' ') {
          continue;
        }
      }
      switch (key) {
        case ' ' -> {
          player.tick();
          if (player.state() == Player.State.PLAYING) {
            player.pause();
          } else if (player.state() == Player.State.PAUSED) {
            player.resume();
          }
        }
        case 'n' -> player.skip();
        case 'c' -> {
          player.popReported();
          notice = "Noted: something popped. No further self-crack attempt today.";
        }
        case 'p' -> itHurts(player);
        case 'a', 's' -> newSymptom(player);
        case 'q' -> {
          if (confirmQuit(player)) {
            keep = closing.keepPartial(player.record());
          }
        }
        default -> player.tick();
      }
    }
    return new Result(player.record(), keep, Optional.ofNullable(symptom));
  }

  /**
   * True when a step may open: false when time ran the session to its end or into a pain check,
   * which asks its own question.
   */
  private static boolean stillPlaying(Player player) {
    player.tick();
    return player.state() != Player.State.ENDED && player.state() != Player.State.AWAITING_PAIN;
  }

  /** Pauses a playing timer for a step; true when this step paused it. */
  private static boolean pauseFor(Player player) {
    if (player.state() == Player.State.PLAYING) {
      player.pause();
      return true;
    }
    return false;
  }

  /** Plays on after a step backed out of, where it was: nothing recorded. */
  private void resumeIf(boolean paused, Player player) {
    closeStep();
    if (paused && player.state() == Player.State.PAUSED) {
      player.resume();
    }
  }

  /**
   * It hurts (§7): the pain now, and during a stretch or self-massage whether it is easing and
   * whether it is sharp, shooting or spreading; then the player grades the stop. Backing out of a
   * question records nothing.
   */
  private void itHurts(Player player) throws IOException {
    if (!stillPlaying(player)) {
      return;
    }
    boolean paused = pauseFor(player);
    stepState = "STOPPED";
    StepLine back = StepLine.choice("b", 1, "Back to the session; nothing is recorded");
    Optional<Integer> score =
        askScore(
            player,
            List.of(
                StepLine.of("It hurts: the timer is stopped."),
                StepLine.of("How much does it hurt now, 0–10? Type it, then Enter."),
                back));
    typed = null;
    if (score.isEmpty()) {
      resumeIf(paused, player);
      return;
    }
    boolean selfCrack = player.timeline().isSelfCrack(player.index());
    boolean easing = false;
    boolean sharpOrSpreading = false;
    if (!selfCrack) {
      // A self-crack that hurts ends the session whatever the answers, so nothing more is asked.
      StepLine painNow =
          StepLine.of("It hurts: the timer is stopped. Pain now: " + score.get() + ".");
      Optional<Boolean> eases =
          askYesNo(
              player,
              List.of(
                  painNow,
                  StepLine.of("Is it easing now that you have stopped?"),
                  StepLine.choice("y", 1, "Yes"),
                  StepLine.choice("n", 1, "No"),
                  back));
      if (eases.isEmpty()) {
        resumeIf(paused, player);
        return;
      }
      Optional<Boolean> sharp =
          askYesNo(
              player,
              List.of(
                  painNow,
                  StepLine.of("Is it sharp, shooting, or spreading into an arm or leg?"),
                  StepLine.choice("y", 1, "Yes"),
                  StepLine.choice("n", 1, "No"),
                  back));
      if (sharp.isEmpty()) {
        resumeIf(paused, player);
        return;
      }
      easing = eases.get();
      sharpOrSpreading = sharp.get();
    }
    stopped = true;
    String technique = techniqueName(player);
    if (player.stopForPain(score.get(), easing, sharpOrSpreading)) {
      mildStop(player, technique);
      return;
    }
    closeStep();
    notice =
        "Stopped for pain. This is not a mild stop: "
            + String.join("; ", player.lastGrade().orElseThrow().whyNotMild())
            + ".";
    draw(player);
  }

  /** A mild stop: says what it means and lets the person end the session (Enter) or go on. */
  private void mildStop(Player player, String technique) throws IOException {
    notice = "";
    List<StepLine> lines =
        List.of(
            StepLine.of("A mild stop: the pain is easing and it is not sharp or spreading."),
            StepLine.of(""),
            StepLine.of(
                technique
                    + " rests for a week, with no self-cracking meanwhile. Next time, Limber"
                    + " asks whether your back has settled; if it has not, see a"
                    + " physiotherapist."),
            StepLine.of(""),
            StepLine.choice("Enter", 5, "End the session (best if you are unsure)"),
            StepLine.choice("g", 5, "Go on without " + technique));
    int key = askKey(player, lines, "gG\r\n");
    closeStep();
    if (key == 'g' || key == 'G') {
      player.goOnWithout();
      stopped = false;
      notice = "Going on without " + technique + ": it rests for a week.";
    } else {
      player.endAfterMildStop();
      notice = "Session ended after a mild stop.";
      draw(player);
    }
  }

  /** A new symptom: one step names it and ends the session, or goes back with nothing recorded. */
  private void newSymptom(Player player) throws IOException {
    if (!stillPlaying(player)) {
      return;
    }
    boolean paused = pauseFor(player);
    stepState = "PAUSED";
    List<StepLine> lines = new ArrayList<>();
    lines.add(StepLine.of("A new symptom: the timer is stopped."));
    lines.add(StepLine.of("Which is it? Pressing its number ends the session."));
    NewSymptom[] symptoms = NewSymptom.values();
    StringBuilder accepted = new StringBuilder("bB");
    for (int number = 1; number <= symptoms.length; number++) {
      lines.add(StepLine.choice(Integer.toString(number), 1, symptoms[number - 1].words()));
      accepted.append(number);
    }
    lines.add(StepLine.choice("b", 1, "Back to the session; nothing is recorded"));
    int key = askKey(player, lines, accepted.toString());
    closeStep();
    if (key < '1' || key > '0' + symptoms.length) {
      resumeIf(paused, player);
      return;
    }
    symptom = symptoms[key - '1'];
    stopped = true;
    player.symptomsReported();
    notice = "Session ended for a new symptom.";
    draw(player);
  }

  /** Quit: one confirming step; true when the person ended the session. */
  private boolean confirmQuit(Player player) throws IOException {
    if (!stillPlaying(player)) {
      return false;
    }
    boolean paused = pauseFor(player);
    stepState = "PAUSED";
    int key =
        askKey(
            player,
            List.of(
                StepLine.of("End the session now?"),
                StepLine.choice("y", 1, "Yes, end it"),
                StepLine.choice("b", 1, "No, back to the session")),
            "yYnNbB");
    if (key != 'y' && key != 'Y') {
      resumeIf(paused, player);
      return false;
    }
    closeStep();
    stopped = true;
    player.quit();
    return true;
  }

  /** The technique's name in quotes: some names hold a comma, which would misread in a sentence. */
  private String techniqueName(Player player) {
    String id = player.current().techniqueId();
    return id == null ? "this step" : "“" + catalog.require(id).name() + "”";
  }

  private void closeStep() {
    step = List.of();
    stepState = "";
    typed = null;
  }

  /**
   * Shows {@code lines} and waits for one of the {@code accepted} keys ({@code \r} and {@code \n}
   * stand for Enter); Escape counts as b. Redraws while it waits, so a resize reflows the step.
   * Returns b when input ends.
   */
  private int askKey(Player player, List<StepLine> lines, String accepted) throws IOException {
    step = lines;
    while (true) {
      draw(player);
      int key = keys.read(FRAME_MILLIS);
      if (key == NonBlockingReader.EOF) {
        return 'b';
      }
      if (key == ESCAPE && accepted.indexOf('b') >= 0) {
        return 'b';
      }
      if (key >= 0 && accepted.indexOf(key) >= 0) {
        return key;
      }
    }
  }

  /** A yes or no; empty when the person goes back (b or Escape) or input ends. */
  private Optional<Boolean> askYesNo(Player player, List<StepLine> lines) throws IOException {
    int key = askKey(player, lines, "yYnNbB");
    return switch (key) {
      case 'y', 'Y' -> Optional.of(true);
      case 'n', 'N' -> Optional.of(false);
      default -> Optional.empty();
    };
  }

  /** A score of 0–10 typed and entered; empty when the person goes back (b or Escape). */
  private Optional<Integer> askScore(Player player, List<StepLine> lines) throws IOException {
    step = lines;
    StringBuilder digits = new StringBuilder();
    String problem = "";
    while (true) {
      typed = problem + "Pain now: " + digits;
      draw(player);
      int key = keys.read(FRAME_MILLIS);
      if (key == NonBlockingReader.READ_EXPIRED) {
        continue;
      }
      if (key == NonBlockingReader.EOF || key == ESCAPE || key == 'b' || key == 'B') {
        return Optional.empty();
      }
      if (key == '\r' || key == '\n') {
        Optional<Integer> score = LinePlayer.parseScore(digits.toString());
        if (score.isPresent()) {
          return score;
        }
        digits.setLength(0);
        problem = "Please type a number from 0 to 10. ";
      } else if ((key == 127 || key == 8) && digits.length() > 0) {
        digits.setLength(digits.length() - 1);
      } else if (key >= '0' && key <= '9' && digits.length() < 2) {
        digits.append((char) key);
      }
    }
  }

  /** A bell at each new segment, and the "get ready" count before the first timed exercise. */
  private void onSegmentChange(Player player) {
    if (player.index() == lastIndex || player.state() == Player.State.ENDED) {
      return;
    }
    lastIndex = player.index();
    if (!quiet) {
      screen.print(BELL);
    }
    if (!readyCounted && isExercise(player.current().kind())) {
      readyCounted = true;
      player.pause();
      readyUntilNanos = System.nanoTime() + clock.realTimeFor(GET_READY).toNanos();
    }
  }

  private boolean counting() {
    return readyUntilNanos != 0;
  }

  private static boolean isExercise(SegmentKind kind) {
    return switch (kind) {
      case HOLD, REPETITIONS, CONTINUOUS, CRACK_ATTEMPT -> true;
      default -> false;
    };
  }

  private void draw(Player player) {
    int columns = terminal.getWidth() <= 0 ? 80 : terminal.getWidth();
    int rows = terminal.getHeight() <= 0 ? 24 : terminal.getHeight();
    int width = Math.max(20, Math.min(columns, MAX_WIDTH));
    // While a score is typed the cursor stays after it, at the end of the last line.
    screen.print(
        CLEAR + String.join("\r\n", frame(player, width, rows)) + (typed == null ? "\r\n" : ""));
    screen.flush();
  }

  /** The lines of one frame, none wider than {@code width}, at most {@code rows - 1} of them. */
  List<String> frame(Player player, int width, int rows) {
    OptionalLong readySeconds =
        counting()
            ? OptionalLong.of(
                Math.max(1, (readyUntilNanos - System.nanoTime() + 999_999_999L) / 1_000_000_000L))
            : OptionalLong.empty();
    return layout.lines(
        player,
        new SessionFrame.Moment(notice, stopped, readySeconds, step, stepState, typed),
        width,
        rows);
  }
}

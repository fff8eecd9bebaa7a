package dev.limber.cli;

import dev.limber.catalog.Catalog;
import dev.limber.screening.NewSymptom;
import dev.limber.screening.SafetyWords;
import dev.limber.session.Player;
import dev.limber.session.SegmentKind;
import dev.limber.session.SessionRecord;
import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.jline.terminal.Attributes;
import org.jline.terminal.Terminal;
import org.jline.utils.NonBlockingReader;

/**
 * The guided player on a terminal in raw mode: a countdown with a progress bar for the current
 * segment and for the whole session, the step's cues, what comes next, and single keys — space
 * pause/resume, n next technique, h skip this hold, p it hurts, c it cracked, a a new symptom, q
 * quit. No single key ends a session (spec/screening.md §7): p asks the pain now, whether it is
 * easing and whether it is sharp or spreading, then a mild stop offers to end (the default) or go
 * on without the technique; a and q open one confirming step, and backing out of any step records
 * nothing and plays on where it was. The timer stands still while a step asks. Every frame is
 * wrapped at word boundaries to the terminal's size at that moment, so a resize reflows it; a bell
 * marks each new segment (unless quiet), and a short count gets the person ready before the first
 * timed exercise.
 */
final class TerminalPlayer {
  private static final SafetyWords WORDS = SafetyWords.bundled();
  private static final String BELL = "\007";

  /** The keys that move through the session, the legend's first line at 80 columns. */
  static final List<String> MOVING_KEYS =
      List.of("space pause", "n next technique", "h skip this hold");

  /** The keys that stop or report something, the legend's second line at 80 columns. */
  static final List<String> STOPPING_KEYS =
      List.of("p it hurts", "c it cracked", "a new symptom", "q quit");

  /** Every key, in the order of the legend; the legend breaks only between keys. */
  static final List<String> KEYS =
      java.util.stream.Stream.concat(MOVING_KEYS.stream(), STOPPING_KEYS.stream()).toList();

  static final String KEY_SEPARATOR = " · ";

  /** Real time of the "get ready" count before the first timed exercise, at speed 1. */
  static final Duration GET_READY = Duration.ofSeconds(3);

  /**
   * What the player hands back: the record, whether the person wants it kept, and the new symptom
   * they confirmed when one ended the session.
   */
  record Result(SessionRecord record, boolean keep, Optional<NewSymptom> symptom) {}

  private final Terminal terminal;
  private final PlayerScreen screen;
  private final ConfirmingSteps steps;
  private final ClosingQuestions closing;
  private final ScaledClock clock;
  private final Catalog catalog;
  private final boolean quiet;
  private int lastIndex = -1;
  private boolean readyCounted;

  TerminalPlayer(Terminal terminal, Catalog catalog, ScaledClock clock, boolean quiet) {
    this.terminal = terminal;
    this.screen = new PlayerScreen(terminal, catalog);
    this.steps = new ConfirmingSteps(catalog, screen);
    this.closing = new ClosingQuestions(terminal, clock);
    this.clock = clock;
    this.catalog = catalog;
    this.quiet = quiet;
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
      terminal.writer().println();
      terminal.writer().flush();
    }
  }

  private Result run(Player player) throws IOException {
    player.start();
    boolean keep = true;
    while (player.state() != Player.State.ENDED) {
      if (player.state() == Player.State.AWAITING_PAIN) {
        screen.draw(player);
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
      screen.draw(player);
      int key = screen.readKey();
      if (key == NonBlockingReader.EOF) {
        player.quit();
        break;
      }
      if (screen.counting()) {
        if (key == NonBlockingReader.READ_EXPIRED && screen.stillCounting()) {
          continue;
        }
        screen.endCount();
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
        case 'n' -> {
          if (onATechnique(player)) {
            String technique = catalog.require(player.current().techniqueId()).name();
            player.skipTechnique();
            screen.notice(technique + " skipped."); // as the browser player says it
          }
        }
        case 'h' -> {
          if (onATechnique(player)) {
            player.skip();
          }
        }
        case 'c' -> {
          player.popReported();
          screen.notice(WORDS.sentence(SafetyWords.Sentence.crackNoted));
        }
        case 'p' -> steps.itHurts(player);
        case 'a', 's' -> steps.newSymptom(player);
        case 'q' -> {
          if (steps.confirmQuit(player)) {
            keep = closing.keepPartial(player.record());
          }
        }
        default -> player.tick();
      }
    }
    return new Result(player.record(), keep, steps.symptom());
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
      screen.countReady(clock.realTimeFor(GET_READY).toNanos());
    }
  }

  /**
   * True while a technique plays or is paused; a pain check the clock reached while a key was on
   * its way is answered, never skipped by it.
   */
  private static boolean onATechnique(Player player) {
    player.tick();
    return player.state() == Player.State.PLAYING || player.state() == Player.State.PAUSED;
  }

  private static boolean isExercise(SegmentKind kind) {
    return switch (kind) {
      case HOLD, REPETITIONS, CONTINUOUS, CRACK_ATTEMPT -> true;
      default -> false;
    };
  }
}

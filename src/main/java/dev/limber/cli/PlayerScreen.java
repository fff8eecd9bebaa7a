package dev.limber.cli;

import dev.limber.catalog.Catalog;
import dev.limber.session.Player;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import org.jline.terminal.Terminal;
import org.jline.utils.NonBlockingReader;

/**
 * What the terminal player shows besides the session itself, and the drawing of it: the notice,
 * whether the session stopped, the get-ready count, and the step being asked with the score typed
 * so far. The key loop and the confirming steps share it; it asks a step's question and waits for
 * its key, redrawing meanwhile so that a resize reflows the step.
 */
final class PlayerScreen {
  /** How often the screen is redrawn and keys are read, in real milliseconds. */
  static final int FRAME_MILLIS = 100;

  /** The widest a frame gets, however wide the terminal: longer lines are hard to read. */
  private static final int MAX_WIDTH = 100;

  private static final String CLEAR = "\033[H\033[2J";
  private static final int ESCAPE = 27;

  private final Terminal terminal;
  private final SessionFrame layout;
  private final PrintWriter screen;
  private final NonBlockingReader keys;
  private String notice = "";
  private boolean stopped;
  private long readyUntilNanos;
  private List<StepLine> step = List.of();
  private String stepState = "";
  private String typed;

  PlayerScreen(Terminal terminal, Catalog catalog) {
    this.terminal = terminal;
    this.layout = new SessionFrame(catalog);
    this.screen = terminal.writer();
    this.keys = terminal.reader();
  }

  void notice(String words) {
    notice = words;
  }

  /** Marks the session stopped (for pain, a symptom or a quit) or, with false, playing again. */
  void stopped(boolean stopped) {
    this.stopped = stopped;
  }

  /** Starts the get-ready count, ending {@code nanos} of real time from now. */
  void countReady(long nanos) {
    readyUntilNanos = System.nanoTime() + nanos;
  }

  boolean counting() {
    return readyUntilNanos != 0;
  }

  /** True while the get-ready count has time left. */
  boolean stillCounting() {
    return System.nanoTime() < readyUntilNanos;
  }

  void endCount() {
    readyUntilNanos = 0;
  }

  /** Shows {@code state} (such as PAUSED) in the status line for the step about to be asked. */
  void openStep(String state) {
    stepState = state;
  }

  void closeStep() {
    step = List.of();
    stepState = "";
    typed = null;
  }

  /**
   * The next key within a frame's time: a character, or one of NonBlockingReader's EOF or expired.
   */
  int readKey() throws IOException {
    return keys.read(FRAME_MILLIS);
  }

  /** Writes straight to the terminal (a bell). */
  void print(String text) {
    screen.print(text);
  }

  /**
   * Shows {@code lines} and waits for one of the {@code accepted} keys ({@code \r} and {@code \n}
   * stand for Enter); Escape counts as b. Redraws while it waits, so a resize reflows the step.
   * Returns b when input ends.
   */
  int askKey(Player player, List<StepLine> lines, String accepted) throws IOException {
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
  Optional<Boolean> askYesNo(Player player, List<StepLine> lines) throws IOException {
    int key = askKey(player, lines, "yYnNbB");
    return switch (key) {
      case 'y', 'Y' -> Optional.of(true);
      case 'n', 'N' -> Optional.of(false);
      default -> Optional.empty();
    };
  }

  /** A score of 0–10 typed and entered; empty when the person goes back (b or Escape). */
  Optional<Integer> askScore(Player player, List<StepLine> lines) throws IOException {
    step = lines;
    StringBuilder digits = new StringBuilder();
    String problem = "";
    try {
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
    } finally {
      typed = null;
    }
  }

  void draw(Player player) {
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

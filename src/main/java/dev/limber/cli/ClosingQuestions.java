package dev.limber.cli;

import dev.limber.app.SessionService;
import dev.limber.session.SessionRecord;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.Optional;
import org.jline.terminal.Terminal;
import org.jline.utils.NonBlockingReader;

/**
 * The terminal player's line questions, asked in raw mode with their own echo: a 0–10 score typed
 * and entered, and whether to keep a session that was quit.
 */
final class ClosingQuestions {
  private final Terminal terminal;
  private final ScaledClock clock;
  private final PrintWriter screen;
  private final NonBlockingReader keys;

  ClosingQuestions(Terminal terminal, ScaledClock clock) {
    this.terminal = terminal;
    this.clock = clock;
    this.screen = terminal.writer();
    this.keys = terminal.reader();
  }

  /** Reads a line in raw mode with its own echo; empty when Enter is pressed alone. */
  Optional<Integer> score(String prompt) throws IOException {
    int width = Math.max(20, Math.min(terminal.getWidth() <= 0 ? 80 : terminal.getWidth(), 100));
    // The answer is typed after the prompt's last line, so that line keeps room for two digits.
    screen.print("\r\n" + String.join("\r\n", TextWrap.wrap(prompt, width - 3, "", "")) + " ");
    screen.flush();
    StringBuilder typed = new StringBuilder();
    while (true) {
      int key = keys.read();
      if (key == NonBlockingReader.EOF) {
        return Optional.empty();
      }
      if (key == '\r' || key == '\n') {
        if (typed.length() == 0) {
          return Optional.empty();
        }
        Optional<Integer> score = LinePlayer.parseScore(typed.toString());
        if (score.isPresent()) {
          return score;
        }
        typed.setLength(0);
        screen.print("\r\nThat is not from 0 to 10. Please type 0–10, then Enter: ");
      } else if ((key == 127 || key == 8) && typed.length() > 0) {
        typed.setLength(typed.length() - 1);
        screen.print("\b \b");
      } else if (key >= '0' && key <= '9' && typed.length() < 2) {
        typed.append((char) key);
        screen.print((char) key);
      }
      screen.flush();
    }
  }

  /**
   * Whether to keep a quit session: a demonstration is never kept (spec §7), so nothing is asked; a
   * record the core says cannot be left out is kept, saying why; otherwise the person chooses.
   */
  boolean keepPartial(SessionRecord record) throws IOException {
    if (!SessionService.isRealTime(clock.speed())) {
      return false;
    }
    if (!record.mayBeLeftOut()) {
      screen.print(
          "\r\nSession ended. The partial record is kept: it used today's self-crack, which the"
              + " once-a-day guard must count.\r\n");
      screen.flush();
      return true;
    }
    return askKeep();
  }

  private boolean askKeep() throws IOException {
    screen.print("\r\nSession ended. Keep the partial record in your journal? [y/n] ");
    screen.flush();
    while (true) {
      int key = keys.read();
      if (key == 'y' || key == 'Y' || key == NonBlockingReader.EOF) {
        return true;
      }
      if (key == 'n' || key == 'N') {
        return false;
      }
    }
  }
}

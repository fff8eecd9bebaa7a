package dev.limber.cli;

import java.io.IOException;
import org.jline.terminal.Terminal;
import org.jline.terminal.TerminalBuilder;

/** The width of the terminal a person sits at, as JLine reads it. */
final class TerminalColumns {
  private TerminalColumns() {}

  /** The terminal's columns, or 0 when it cannot be told. */
  static int measure() {
    try (Terminal terminal = TerminalBuilder.builder().system(true).dumb(true).build()) {
      return Math.max(0, terminal.getWidth());
    } catch (IOException | RuntimeException e) {
      // Wrapping is a comfort: a terminal that cannot be measured gets $COLUMNS or 80.
      return 0;
    }
  }
}

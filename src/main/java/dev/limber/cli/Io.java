package dev.limber.cli;

import java.io.InputStream;
import java.io.PrintStream;
import java.util.Map;

/**
 * The streams a command talks through, so tests can capture them. {@code interactive} is true when
 * a person sits at a terminal (stdin and stdout both attached to it); {@code command} is what the
 * person typed ({@code limber go}), so that messages name it. {@link #out()} and {@link #err()}
 * carry bytes as they are written (JSON, calendars, drawings); {@link #wrappedOut()} and {@link
 * #wrappedErr()} carry words for people, wrapped at word boundaries to the terminal's width.
 */
public final class Io {
  private final InputStream in;
  private final PrintStream out;
  private final PrintStream err;
  private final boolean interactive;
  private final String command;
  private final TerminalWidth width;
  private PrintStream wrappedOut;
  private PrintStream wrappedErr;

  /** Streams whose words are never wrapped, as a test captures them. */
  public Io(InputStream in, PrintStream out, PrintStream err, boolean interactive) {
    this(in, out, err, interactive, "limber");
  }

  public Io(InputStream in, PrintStream out, PrintStream err, boolean interactive, String command) {
    this(in, out, err, interactive, command, TerminalWidth.UNLIMITED);
  }

  private Io(
      InputStream in,
      PrintStream out,
      PrintStream err,
      boolean interactive,
      String command,
      TerminalWidth width) {
    this.in = in;
    this.out = out;
    this.err = err;
    this.interactive = interactive;
    this.command = command;
    this.width = width;
  }

  /**
   * The process's streams; people's words wrap to the terminal's width when a person sits at one,
   * else to {@code $COLUMNS}, else to 80 columns.
   */
  public static Io system() {
    boolean interactive = System.console() != null;
    return new Io(
        System.in,
        System.out,
        System.err,
        interactive,
        "limber",
        TerminalWidth.of(interactive, System.getenv()));
  }

  /** The same streams with people's words wrapped to {@code columns} (a test's terminal). */
  public Io withColumns(int columns) {
    return new Io(in, out, err, interactive, command, TerminalWidth.fixed(columns));
  }

  /** The same streams, for the command {@code name} typed after {@code limber}. */
  Io forCommand(String name) {
    return new Io(in, out, err, interactive, "limber " + name, width);
  }

  public InputStream in() {
    return in;
  }

  /** Standard output as written: for machine output such as JSON. */
  public PrintStream out() {
    return out;
  }

  /** Standard error as written. */
  public PrintStream err() {
    return err;
  }

  public boolean interactive() {
    return interactive;
  }

  public String command() {
    return command;
  }

  /** Standard output for people's words: each line wrapped at word boundaries to the width. */
  public PrintStream wrappedOut() {
    if (wrappedOut == null) {
      wrappedOut = WrappedStream.around(out, width);
    }
    return wrappedOut;
  }

  /** Standard error for people's words (questions and errors), wrapped like {@link #wrappedOut}. */
  public PrintStream wrappedErr() {
    if (wrappedErr == null) {
      wrappedErr = WrappedStream.around(err, width);
    }
    return wrappedErr;
  }

  /** Writes out any words still waiting for the end of their line. */
  void flush() {
    if (wrappedOut != null) {
      wrappedOut.flush();
    }
    if (wrappedErr != null) {
      wrappedErr.flush();
    }
  }

  /** Where people's words wrap; read from the terminal once, when first needed. */
  static final class TerminalWidth {
    static final TerminalWidth UNLIMITED = fixed(0);
    private static final int DEFAULT_COLUMNS = 80;

    private final boolean interactive;
    private final Map<String, String> environment;
    private int columns = -1;

    private TerminalWidth(boolean interactive, Map<String, String> environment, int columns) {
      this.interactive = interactive;
      this.environment = environment;
      this.columns = columns;
    }

    static TerminalWidth of(boolean interactive, Map<String, String> environment) {
      return new TerminalWidth(interactive, environment, -1);
    }

    static TerminalWidth fixed(int columns) {
      if (columns < 0) {
        throw new IllegalArgumentException("columns < 0: " + columns);
      }
      return new TerminalWidth(false, Map.of(), columns);
    }

    /** The width in columns; 0 means words are never wrapped. */
    synchronized int columns() {
      if (columns < 0) {
        int measured = interactive ? TerminalColumns.measure() : 0;
        columns = measured > 0 ? measured : fromEnvironment(environment);
      }
      return columns;
    }

    static int fromEnvironment(Map<String, String> environment) {
      String given = environment.getOrDefault("COLUMNS", "").strip();
      if (given.matches("[0-9]{1,4}") && Integer.parseInt(given) > 0) {
        return Integer.parseInt(given);
      }
      return DEFAULT_COLUMNS;
    }
  }
}

package dev.limber.cli;

import java.io.InputStream;
import java.io.PrintStream;

/**
 * The streams a command talks through, so tests can capture them. {@code interactive} is true when
 * a person sits at a terminal (stdin and stdout both attached to it); {@code command} is what the
 * person typed ({@code limber go}), so that messages name it.
 */
public record Io(
    InputStream in, PrintStream out, PrintStream err, boolean interactive, String command) {
  public Io(InputStream in, PrintStream out, PrintStream err, boolean interactive) {
    this(in, out, err, interactive, "limber");
  }

  public static Io system() {
    return new Io(System.in, System.out, System.err, System.console() != null);
  }

  /** The same streams, for the command {@code name} typed after {@code limber}. */
  Io forCommand(String name) {
    return new Io(in, out, err, interactive, "limber " + name);
  }
}

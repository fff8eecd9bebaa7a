package dev.limber.cli;

import java.io.InputStream;
import java.io.PrintStream;

/**
 * The streams a command talks through, so tests can capture them. {@code interactive} is true when
 * a person sits at a terminal (stdin and stdout both attached to it).
 */
public record Io(InputStream in, PrintStream out, PrintStream err, boolean interactive) {
  public static Io system() {
    return new Io(System.in, System.out, System.err, System.console() != null);
  }
}

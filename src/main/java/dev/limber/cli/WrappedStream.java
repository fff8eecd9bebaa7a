package dev.limber.cli;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A stream of people's words that breaks each line at word boundaries to a terminal's width,
 * keeping the hanging indent of bullets, numbered items and indented columns (an indented line's
 * later lines two further in). A line waits for its end (or a flush, as a question before its
 * answer does); a word longer than the width stands whole on its own line.
 */
final class WrappedStream extends OutputStream {
  /** Indent, then a bullet ("- ", "! ", "12. ") or a first column ("S6 "), held by later lines. */
  private static final Pattern HANGING =
      Pattern.compile(
          "^(?:\\s*(?:[-*!•]|\\d{1,3}[.)])\\s+|\\s{1,8}\\S+(?: \\S+){0,3}\\s{2,}|\\s*)");

  private final PrintStream target;
  private final Io.TerminalWidth width;
  private final ByteArrayOutputStream line = new ByteArrayOutputStream();

  private WrappedStream(PrintStream target, Io.TerminalWidth width) {
    this.target = target;
    this.width = width;
  }

  /** {@code target} itself when the width is unlimited, else a stream wrapping into it. */
  static PrintStream around(PrintStream target, Io.TerminalWidth width) {
    if (width == Io.TerminalWidth.UNLIMITED) {
      return target;
    }
    return new PrintStream(new WrappedStream(target, width), false, StandardCharsets.UTF_8);
  }

  @Override
  public synchronized void write(int b) {
    if (b == '\n') {
      emit(true);
    } else {
      line.write(b);
    }
  }

  @Override
  public synchronized void write(byte[] bytes, int offset, int length) {
    int start = offset;
    for (int index = offset; index < offset + length; index++) {
      if (bytes[index] == '\n') {
        line.write(bytes, start, index - start);
        emit(true);
        start = index + 1;
      }
    }
    line.write(bytes, start, offset + length - start);
  }

  @Override
  public synchronized void flush() {
    if (line.size() > 0) {
      emit(false);
    }
    target.flush();
  }

  /** Writes the waiting part of a line, wrapped; {@code ended} when its line break came. */
  private void emit(boolean ended) {
    String text = line.toString(StandardCharsets.UTF_8);
    line.reset();
    String carriageReturn = text.endsWith("\r") ? "\r" : "";
    text = text.substring(0, text.length() - carriageReturn.length());
    // A flush ends a question: the person's answer and Enter move the cursor to a new line.
    target.print(wrap(text) + (ended ? carriageReturn + "\n" : ""));
    target.flush();
  }

  private String wrap(String text) {
    int columns = width.columns();
    if (columns <= 0 || text.length() <= columns) {
      return text;
    }
    Matcher matcher = HANGING.matcher(text);
    String prefix = matcher.find() ? matcher.group() : "";
    String body = text.substring(prefix.length());
    // An indented line that is not a bullet (an item with its reason) hangs two further in.
    int hang = prefix.length() + (!prefix.isEmpty() && prefix.isBlank() ? 2 : 0);
    String hanging = hang > columns / 2 ? "" : " ".repeat(hang);
    // A question's trailing space, where the answer is typed, stays on its last line.
    boolean trailingSpace = text.endsWith(" ");
    List<String> lines = TextWrap.wrap(body, columns - (trailingSpace ? 1 : 0), prefix, hanging);
    String joined = String.join("\n", lines);
    return joined + (trailingSpace ? " " : "");
  }
}

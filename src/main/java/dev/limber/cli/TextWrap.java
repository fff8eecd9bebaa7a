package dev.limber.cli;

import java.util.ArrayList;
import java.util.List;

/** Text broken into lines at word boundaries to fit a terminal's width. */
final class TextWrap {
  private TextWrap() {}

  /**
   * {@code text} in lines of at most {@code width} characters, the first starting with {@code
   * first} and the rest with {@code rest} (a hanging indent). Lines break only between words: a
   * word longer than a whole line stands whole on a line of its own.
   */
  static List<String> wrap(String text, int width, String first, String rest) {
    List<String> lines = new ArrayList<>();
    StringBuilder line = new StringBuilder(first);
    boolean empty = true;
    for (String word : text.strip().split("\\s+")) {
      if (word.isEmpty()) {
        continue;
      }
      if (!empty && line.length() + 1 + word.length() > width) {
        lines.add(line.toString());
        line = new StringBuilder(rest);
        empty = true;
      }
      line.append(empty ? "" : " ").append(word);
      empty = false;
    }
    if (!empty || lines.isEmpty()) {
      lines.add(line.toString());
    }
    return lines;
  }

  /** Items joined by {@code separator}, a new line starting only between two items. */
  static List<String> joinItems(List<String> items, String separator, int width) {
    List<String> lines = new ArrayList<>();
    StringBuilder line = new StringBuilder();
    for (String item : items) {
      if (line.length() > 0 && line.length() + separator.length() + item.length() > width) {
        lines.add(line.toString());
        line.setLength(0);
      }
      line.append(line.length() == 0 ? "" : separator).append(item);
    }
    lines.add(line.toString());
    return lines;
  }
}

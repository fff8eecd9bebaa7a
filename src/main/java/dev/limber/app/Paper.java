package dev.limber.app;

import java.util.Locale;

/** The sheet a handout is printed on: ISO A4 or US Letter. */
public enum Paper {
  A4,
  LETTER;

  /** {@code a4} or {@code letter}, in any case; throws naming the value otherwise. */
  public static Paper parse(String text) {
    String word = text == null ? "" : text.trim().toUpperCase(Locale.ROOT);
    for (Paper paper : values()) {
      if (paper.name().equals(word)) {
        return paper;
      }
    }
    throw new IllegalArgumentException("paper must be a4 or letter, found \"" + text + "\"");
  }
}

package dev.limber.cli;

/** A line of a step: its text and the prefixes of its first and following wrapped lines. */
record StepLine(String text, String first, String rest) {
  static StepLine of(String text) {
    return new StepLine(text, "", "");
  }

  /** A choice: its key in a column of {@code keyWidth}, the words hanging beside it. */
  static StepLine choice(String key, int keyWidth, String words) {
    String first = "  " + key + " ".repeat(keyWidth - key.length() + 2);
    return new StepLine(words, first, " ".repeat(first.length()));
  }
}

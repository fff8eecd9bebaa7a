package dev.limber.cli;

import java.util.Collection;
import java.util.Comparator;
import java.util.Optional;

/** The closest known word to a mistyped one, for "did you mean" hints. */
final class Spelling {
  /** How many edits a typo may be from the word it was meant to be. */
  private static final int MAX_EDITS = 3;

  private Spelling() {}

  /** The known word fewest edits from {@code typed}, if it is close enough to be the intent. */
  static Optional<String> closest(String typed, Collection<String> known) {
    return known.stream()
        .min(Comparator.comparingInt(word -> editDistance(typed, word)))
        .filter(word -> editDistance(typed, word) <= Math.min(MAX_EDITS, word.length() / 2 + 1));
  }

  static int editDistance(String from, String to) {
    int[][] table = new int[from.length() + 1][to.length() + 1];
    for (int i = 0; i <= from.length(); i++) {
      for (int j = 0; j <= to.length(); j++) {
        table[i][j] =
            i == 0 || j == 0
                ? i + j
                : Math.min(
                    table[i - 1][j - 1] + (from.charAt(i - 1) == to.charAt(j - 1) ? 0 : 1),
                    Math.min(table[i - 1][j], table[i][j - 1]) + 1);
      }
    }
    return table[from.length()][to.length()];
  }
}

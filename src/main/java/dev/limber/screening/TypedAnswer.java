package dev.limber.screening;

import java.math.BigDecimal;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A questionnaire answer as a person typed it, read by the one parser of its kind that the terminal
 * and the web pages share: the value, or in plain words what was wrong with the text. Text is
 * trimmed first; only the digits 0–9 count, a decimal part may follow a point or a comma, and
 * exponents, signs, NaN and infinities are refused.
 */
public record TypedAnswer<T>(Optional<T> value, Optional<String> problem) {
  /**
   * The most decimals a number of weeks may have (a week is seven days; 0.01 is a quarter hour).
   */
  public static final int MAX_WEEKS_DECIMALS = 2;

  private static final Pattern DIGITS = Pattern.compile("[0-9]+");
  private static final Pattern WEEKS = Pattern.compile("[0-9]+(?:[.,]([0-9]+))?");
  private static final Pattern DECIMAL = Pattern.compile("[0-9]+[.,][0-9]+");
  private static final Pattern HALF_DECIMAL = Pattern.compile("[.,][0-9]+|[0-9]+[.,]");

  public TypedAnswer {
    if (value == null || problem == null || value.isPresent() == problem.isPresent()) {
      throw new IllegalArgumentException("an answer is a value or a problem, one of them");
    }
  }

  private static <T> TypedAnswer<T> read(T value) {
    return new TypedAnswer<>(Optional.of(value), Optional.empty());
  }

  private static <T> TypedAnswer<T> refused(String problem) {
    return new TypedAnswer<>(Optional.empty(), Optional.of(problem));
  }

  public boolean isRead() {
    return value.isPresent();
  }

  /** The value; throws when the text was refused (check {@link #isRead()} first). */
  public T requireValue() {
    return value.orElseThrow(() -> new IllegalStateException("refused: " + problem.get()));
  }

  /** The same answer with its value turned by {@code mapping}; a problem stays as it is. */
  public <U> TypedAnswer<U> map(Function<T, U> mapping) {
    return new TypedAnswer<>(value.map(mapping), problem);
  }

  /** Yes or no: {@code y}, {@code yes}, {@code n} or {@code no}, in any case. */
  public static TypedAnswer<Boolean> yesNo(String text) {
    String word = text.trim().toLowerCase(Locale.ROOT);
    if (word.equals("y") || word.equals("yes")) {
      return read(true);
    }
    if (word.equals("n") || word.equals("no")) {
      return read(false);
    }
    return refused(word.isEmpty() ? "No answer was given." : quoted(text) + " is not yes or no.");
  }

  /** A whole number from {@code min} to {@code max}, digits only. */
  public static TypedAnswer<Integer> wholeNumber(String text, int min, int max) {
    String trimmed = text.trim();
    String wanted = "a whole number from " + min + " to " + max;
    if (trimmed.isEmpty()) {
      return refused("Type " + wanted + ".");
    }
    String notIt = quoted(text) + " is not " + wanted;
    if (DIGITS.matcher(trimmed).matches()) {
      String significant = trimmed.replaceFirst("^0+(?=.)", "");
      if (significant.length() > 9 || Integer.parseInt(significant) > max) {
        return refused(notIt + ": it is above " + max + ".");
      }
      int number = Integer.parseInt(significant);
      return number < min ? refused(notIt + ": it is below " + min + ".") : read(number);
    }
    return refused(notIt + why(trimmed, "whole"));
  }

  /**
   * A whole number from {@code min} to {@code max}, or nothing typed: an optional question skipped
   * (an empty value).
   */
  public static TypedAnswer<Optional<Integer>> optionalWholeNumber(String text, int min, int max) {
    if (text.trim().isEmpty()) {
      return read(Optional.empty());
    }
    return wholeNumber(text, min, max).map(Optional::of);
  }

  /**
   * A number of weeks from 0 to {@link Symptoms#MAX_DURATION_WEEKS}, with at most {@link
   * #MAX_WEEKS_DECIMALS} decimals after a point or a comma ({@code 2}, {@code 0.5}, {@code 0,5}).
   */
  public static TypedAnswer<BigDecimal> weeks(String text) {
    String trimmed = text.trim();
    String range = "from 0 to " + Symptoms.MAX_DURATION_WEEKS.toPlainString();
    if (trimmed.isEmpty()) {
      return refused("Type a number of weeks " + range + ", such as 2 or 0.5.");
    }
    String notIt = quoted(text) + " is not a number of weeks " + range;
    Matcher number = WEEKS.matcher(trimmed);
    if (number.matches()) {
      if (number.group(1) != null && number.group(1).length() > MAX_WEEKS_DECIMALS) {
        return refused(notIt + ": use at most " + MAX_WEEKS_DECIMALS + " decimals, such as 0.5.");
      }
      BigDecimal weeks = new BigDecimal(trimmed.replace(',', '.'));
      return weeks.compareTo(Symptoms.MAX_DURATION_WEEKS) > 0
          ? refused(notIt + ": it is above " + Symptoms.MAX_DURATION_WEEKS.toPlainString() + ".")
          : read(weeks);
    }
    if (HALF_DECIMAL.matcher(trimmed).matches()) {
      return refused(notIt + ": put a digit on each side of the point, such as 0.5.");
    }
    return refused(notIt + why(trimmed, "weeks"));
  }

  /** Why a text that is not plain digits is no number here, as the end of a sentence. */
  private static String why(String text, String kind) {
    if (text.startsWith("-") || text.startsWith("+")) {
      return ": leave out the sign.";
    }
    String lower = text.toLowerCase(Locale.ROOT);
    if (lower.contains("nan") || lower.contains("inf") || text.contains("∞")) {
      return ": type digits, such as 2.";
    }
    if (lower.matches("[0-9.,]*e[+-]?[0-9]+")) {
      return ": write the number out without an exponent (e).";
    }
    if (kind.equals("whole") && DECIMAL.matcher(text).matches()) {
      return ": it has a decimal part.";
    }
    return ".";
  }

  private static String quoted(String text) {
    return "\"" + text.trim() + "\"";
  }
}

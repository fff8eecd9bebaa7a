package dev.limber.json;

/**
 * What any text must be to be stored in either database: no NUL character (PostgreSQL refuses it in
 * text) and no longer than its column, counted in UTF-16 units, which is never fewer than the
 * characters either database counts. Checked where input is read, so the database never refuses a
 * value.
 */
public final class StoredText {
  private StoredText() {}

  /** Why the text cannot be stored in a column of {@code maxLength}, or null when it can. */
  public static String problem(String text, int maxLength) {
    if (text.length() > maxLength) {
      return "must be at most " + maxLength + " characters";
    }
    if (text.indexOf('\u0000') >= 0) {
      return "must not contain the NUL character";
    }
    return null;
  }
}

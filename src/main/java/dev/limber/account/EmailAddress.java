package dev.limber.account;

import java.util.Locale;

/**
 * E-mail addresses as accounts key them: trimmed and lower-cased, so one person has one account.
 */
public final class EmailAddress {
  public static final int MAX_LENGTH = 254;

  private EmailAddress() {}

  public static String normalise(String email) {
    return email.trim().toLowerCase(Locale.ROOT);
  }

  /** Why the text is not a plausible address, or null when it is; deliverability is not checked. */
  public static String problem(String email) {
    String address = email.trim();
    if (address.length() > MAX_LENGTH || normalise(email).length() > MAX_LENGTH) {
      return "must be at most " + MAX_LENGTH + " characters";
    }
    int at = address.indexOf('@');
    if (at < 1 || at != address.lastIndexOf('@') || at == address.length() - 1) {
      return "must be an e-mail address such as name@example.org";
    }
    for (int index = 0; index < address.length(); index++) {
      if (Character.isWhitespace(address.charAt(index)) || address.charAt(index) < 0x20) {
        return "must not contain spaces or control characters";
      }
    }
    return null;
  }
}

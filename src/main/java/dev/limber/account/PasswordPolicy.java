package dev.limber.account;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * What a password must be (OWASP ASVS 5.0 level 1, chapter 6): at least {@link #MIN_LENGTH} and at
 * most {@link #MAX_LENGTH} characters counted as Unicode code points, any characters allowed, no
 * composition rules, and not one of the 10,000 most common passwords. Passwords are compared in
 * Unicode NFKC form, so the same password typed on another keyboard still matches. Thread-safe.
 */
public final class PasswordPolicy {
  public static final int MIN_LENGTH = 10;

  /** ASVS allows at least 64 and lets a service refuse more than 128. */
  public static final int MAX_LENGTH = 128;

  private static final String COMMON_LIST = "common-passwords.txt";
  private static volatile Set<String> common;

  private PasswordPolicy() {}

  /** The form every password is hashed and checked in: Unicode NFKC. */
  public static String normalise(String password) {
    return Normalizer.normalize(password, Normalizer.Form.NFKC);
  }

  /** Why a new password is refused, in words for the person choosing it; null when it is fine. */
  public static String problem(String password) {
    String normalised = normalise(password);
    int length = normalised.codePointCount(0, normalised.length());
    if (length < MIN_LENGTH) {
      return "must be at least "
          + MIN_LENGTH
          + " characters long; a few unrelated words make a good one";
    }
    if (length > MAX_LENGTH) {
      return "must be at most " + MAX_LENGTH + " characters long";
    }
    if (commonPasswords().contains(normalised.toLowerCase(Locale.ROOT))) {
      return "is one of the most common passwords and easy to guess; choose another";
    }
    return null;
  }

  /** True when the text is too long to be any password this policy lets anyone set. */
  public static boolean tooLongToCheck(String password) {
    return password.codePointCount(0, password.length()) > MAX_LENGTH * 4;
  }

  private static Set<String> commonPasswords() {
    Set<String> loaded = common;
    if (loaded == null) {
      loaded = load();
      common = loaded;
    }
    return loaded;
  }

  private static Set<String> load() {
    Set<String> passwords = new HashSet<>(16_384);
    try (InputStream in = PasswordPolicy.class.getResourceAsStream(COMMON_LIST)) {
      if (in == null) {
        throw new IllegalStateException("the bundled " + COMMON_LIST + " is missing");
      }
      BufferedReader lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      for (String line = lines.readLine(); line != null; line = lines.readLine()) {
        if (!line.isEmpty()) {
          passwords.add(normalise(line).toLowerCase(Locale.ROOT));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("read " + COMMON_LIST, e);
    }
    return Set.copyOf(passwords);
  }
}

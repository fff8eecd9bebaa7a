package dev.limber.program;

import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;
import java.util.random.RandomGenerator;

/**
 * A one-time code a clinician hands a person to join them: 8 characters from an alphabet without
 * look-alikes (no 0/O, 1/I/L, 5/S, 2/Z), for one program, usable once, for 14 days.
 */
public record JoinCode(
    String code,
    String clinicianId,
    String programId,
    Instant createdAt,
    Instant expiresAt,
    Optional<Instant> usedAt) {
  public static final String ALPHABET = "ABCDEFGHJKMNPQRTUVWXY346789";
  public static final int LENGTH = 8;
  public static final Duration VALIDITY = Duration.ofDays(14);

  public JoinCode {
    if (!isWellFormed(code)) {
      throw new IllegalArgumentException(
          "a join code is 8 characters of " + ALPHABET + ": " + code);
    }
    if (clinicianId == null || programId == null || createdAt == null || expiresAt == null) {
      throw new IllegalArgumentException("clinicianId, programId, createdAt, expiresAt required");
    }
  }

  /** A fresh code, valid for {@link #VALIDITY} from {@code now}. */
  public static JoinCode create(
      RandomGenerator random, String clinicianId, String programId, Instant now) {
    StringBuilder code = new StringBuilder(LENGTH);
    for (int index = 0; index < LENGTH; index++) {
      code.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
    }
    return new JoinCode(
        code.toString(), clinicianId, programId, now, now.plus(VALIDITY), Optional.empty());
  }

  /** What a person typed, in upper case without spaces or dashes ("abcd-efgh" → "ABCDEFGH"). */
  public static String normalise(String typed) {
    return typed == null ? "" : typed.replaceAll("[\\s-]", "").toUpperCase(Locale.ROOT);
  }

  public static boolean isWellFormed(String code) {
    return code != null
        && code.length() == LENGTH
        && code.chars().allMatch(character -> ALPHABET.indexOf(character) >= 0);
  }

  /** Unused and unexpired at {@code now}. */
  public boolean usableAt(Instant now) {
    return usedAt.isEmpty() && now.isBefore(expiresAt);
  }

  /** As a person reads it aloud: "ABCD-EFGH". */
  public String display() {
    return code.substring(0, 4) + "-" + code.substring(4);
  }
}

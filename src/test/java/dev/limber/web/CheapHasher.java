package dev.limber.web;

import dev.limber.account.PasswordHasher;
import dev.limber.account.Secrets;

/**
 * A salted SHA-256 stand-in for Argon2id in tests that are not about hashing: the same contract,
 * microseconds instead of tens of milliseconds and no 19 MiB per call.
 */
public final class CheapHasher implements PasswordHasher {
  @Override
  public String hash(String password) {
    String salt = Secrets.generate();
    return "cheap$" + salt + "$" + Secrets.hash(salt + password);
  }

  @Override
  public boolean verify(String password, String hash) {
    String[] parts = hash.split("\\$");
    return parts.length == 3
        && parts[0].equals("cheap")
        && Secrets.matches(parts[2], Secrets.hash(parts[1] + password));
  }
}

package dev.limber.account;

/** One-way password hashing (Argon2id in the adapter that implements it). Thread-safe. */
public interface PasswordHasher {
  /** A self-describing hash of the password, salted, for storage. */
  String hash(String password);

  /** True when the password matches a hash made by {@link #hash}. */
  boolean verify(String password, String hash);
}

package dev.limber.web.http;

import com.password4j.Argon2Function;
import com.password4j.Password;
import com.password4j.types.Argon2;
import dev.limber.account.PasswordHasher;

/**
 * Argon2id through Password4j, with OWASP's minimum parameters (19 MiB, 2 passes, 1 lane); hashes
 * are PHC strings that carry their own parameters and salt.
 */
public final class Argon2PasswordHasher implements PasswordHasher {
  public static final int MEMORY_KIB = 19 * 1024;
  private static final int ITERATIONS = 2;
  private static final int PARALLELISM = 1;
  private static final int HASH_BYTES = 32;
  private static final int SALT_BYTES = 16;

  private final Argon2Function function =
      Argon2Function.getInstance(MEMORY_KIB, ITERATIONS, PARALLELISM, HASH_BYTES, Argon2.ID);

  @Override
  public String hash(String password) {
    return Password.hash(password).addRandomSalt(SALT_BYTES).with(function).getResult();
  }

  @Override
  public boolean verify(String password, String hash) {
    try {
      return Password.check(password, hash).with(Argon2Function.getInstanceFromHash(hash));
    } catch (RuntimeException malformedHash) {
      return false;
    }
  }
}

package dev.limber.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Copies of a whole database, for {@code limber backup} and {@code limber restore}; wired by {@code
 * Main} over the store. Each call opens the database named by {@code --db} (else the default) and
 * closes it; each answers one sentence saying what was copied.
 */
public interface Backups {
  /** Writes a consistent copy of the database to {@code out}. */
  String backUp(Optional<String> databaseUrl, OutputStream out) throws IOException;

  /**
   * Restores {@code file} into the database, which must be empty; throws {@link
   * InvalidInputException} when the file is no backup of this kind of database.
   */
  String restore(Optional<String> databaseUrl, Path file) throws IOException;
}

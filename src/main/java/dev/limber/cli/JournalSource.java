package dev.limber.cli;

import dev.limber.app.Person;
import java.util.Optional;

/**
 * Opens the journal a command works on, from {@code --db}, else {@code LIMBER_DB_URL}, else the
 * embedded file in {@code $LIMBER_HOME}, else {@code $HOME/.limber/}. Only commands that need the
 * journal call it, so the others never open the database.
 */
@FunctionalInterface
public interface JournalSource {
  /** The {@code --db} option every journal command takes. */
  Option DB_OPTION =
      Option.value(
          "db",
          "URL",
          "the journal's database as a JDBC URL (default: $LIMBER_DB_URL, else the H2 file limber"
              + " in $LIMBER_HOME, else in ~/.limber)");

  /** Opens the journal at {@code databaseUrl} (or the default); the caller closes it. */
  Opened open(Optional<String> databaseUrl);

  /** The person whose journal is open, and what to close when done with it. */
  record Opened(Person person, Runnable closer) implements AutoCloseable {
    @Override
    public void close() {
      closer.run();
    }
  }

  /** Opens the journal named by a command's {@code --db} option. */
  default Opened open(Arguments arguments) {
    return open(arguments.value(DB_OPTION.name()));
  }
}

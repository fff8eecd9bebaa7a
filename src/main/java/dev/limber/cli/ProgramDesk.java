package dev.limber.cli;

import dev.limber.app.AccountService;
import dev.limber.app.ProgramService;
import dev.limber.journal.Journal;
import java.util.Optional;
import java.util.function.Function;

/**
 * Opens what the clinician and program commands work on — the program service, each account's
 * journal and the account service — over the database of {@code --db} (or the default), for one
 * command.
 */
@FunctionalInterface
public interface ProgramDesk {
  Opened open(Optional<String> databaseUrl);

  /** An open desk and what to close when done with it. */
  record Opened(
      ProgramService programs,
      Function<String, Journal> journals,
      AccountService accounts,
      Runnable closer)
      implements AutoCloseable {
    @Override
    public void close() {
      closer.run();
    }
  }
}

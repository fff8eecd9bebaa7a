package dev.limber.cli;

import dev.limber.app.AccountService;
import dev.limber.app.ProgramServices;
import java.util.Optional;

/**
 * Opens what the clinician and program commands work on — the program use cases and the account
 * service — over the database of {@code --db} (or the default), for one command.
 */
@FunctionalInterface
public interface ProgramDesk {
  Opened open(Optional<String> databaseUrl);

  /** An open desk and what to close when done with it. */
  record Opened(ProgramServices programs, AccountService accounts, Runnable closer)
      implements AutoCloseable {
    @Override
    public void close() {
      closer.run();
    }
  }
}

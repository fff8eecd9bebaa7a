package dev.limber.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Asks a {@link Database} for a valid connection on a thread of its own, so a caller waits at most
 * its timeout even when the pool waits far longer for a server that is gone. One check at a time:
 * while one still waits, the next answers at once that the database has not answered.
 */
final class Availability implements AutoCloseable {
  private final Database database;
  private ExecutorService checker;
  private Future<Optional<String>> pending;

  Availability(Database database) {
    this.database = database;
  }

  synchronized Optional<String> check(Duration timeout) {
    if (pending != null && !pending.isDone()) {
      return Optional.of("the database has not answered a check for over " + seconds(timeout));
    }
    if (checker == null) {
      checker =
          Executors.newSingleThreadExecutor(
              runnable -> {
                Thread thread = new Thread(runnable, "limber-database-check");
                thread.setDaemon(true);
                return thread;
              });
    }
    pending = checker.submit(() -> answer(timeout));
    try {
      return pending.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
    } catch (TimeoutException e) {
      return Optional.of("the database did not answer within " + seconds(timeout));
    } catch (ExecutionException e) {
      return Optional.of("the database check failed: " + e.getCause().getClass().getSimpleName());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return Optional.of("the database check was interrupted");
    }
  }

  private Optional<String> answer(Duration timeout) {
    try (Connection connection = database.connection()) {
      int seconds = (int) Math.max(1, timeout.toSeconds());
      return connection.isValid(seconds)
          ? Optional.empty()
          : Optional.of("the database gave a connection that is no longer valid");
    } catch (SQLException e) {
      // The SQLState class says what failed without the host or user a message may carry.
      return Optional.of(
          "the database is unreachable"
              + (e.getSQLState() == null ? "" : " (SQLState " + e.getSQLState() + ")"));
    }
  }

  private static String seconds(Duration timeout) {
    return timeout.toMillis() % 1000 == 0 ? timeout.toSeconds() + " s" : timeout.toMillis() + " ms";
  }

  @Override
  public synchronized void close() {
    if (checker != null) {
      checker.shutdownNow();
    }
  }
}

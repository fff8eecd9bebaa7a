package dev.limber.web;

import static dev.limber.web.ServerFixture.PASSWORD;
import static dev.limber.web.ServerFixture.credentials;
import static org.assertj.core.api.Assertions.assertThat;

import dev.limber.account.PasswordHasher;
import dev.limber.account.Throttle;
import dev.limber.store.Database;
import dev.limber.store.StoreTest;
import dev.limber.web.http.WebOptions;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.parallel.Isolated;

/**
 * Concurrency findings, on H2 and on PostgreSQL with two server instances: parallel guesses cannot
 * exceed the throttle, and no journal row outlives its deleted account. Bounded in requests and
 * time.
 */
@Isolated
@Timeout(120)
class RaceTest {
  private static final int PARALLEL_GUESSES = 12;

  /**
   * Holds each password check until as many as the throttle allows plus one are in flight (or half
   * a second passes), so guesses that the throttle fails to count would all overlap here.
   */
  private static final class OverlappingHasher implements PasswordHasher {
    private final CheapHasher hasher = new CheapHasher();
    private final CountDownLatch inFlight =
        new CountDownLatch(Throttle.SIGN_IN.attemptsPerKey() + 1);

    @Override
    public String hash(String password) {
      return hasher.hash(password);
    }

    @Override
    public boolean verify(String password, String hash) {
      inFlight.countDown();
      try {
        inFlight.await(500, TimeUnit.MILLISECONDS);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
      return hasher.verify(password, hash);
    }
  }

  @StoreTest
  void parallelWrongGuessesAreNeverCheckedMoreThanTheLimitAllows(Database database)
      throws Exception {
    try (database;
        ServerFixture first =
            ServerFixture.start(database, WebOptions.defaults(), new OverlappingHasher());
        ServerFixture second =
            ServerFixture.start(database, WebOptions.defaults(), new OverlappingHasher())) {
      first.http.post("/api/account", credentials("ana@example.org", PASSWORD));
      ExecutorService threads = Executors.newFixedThreadPool(PARALLEL_GUESSES);
      List<Future<Integer>> guesses = new ArrayList<>();
      try {
        for (int guess = 0; guess < PARALLEL_GUESSES; guess++) {
          Http http = (guess % 2 == 0 ? first : second).http;
          guesses.add(
              threads.submit(
                  () ->
                      http.post("/api/login", credentials("ana@example.org", "wrong password!"))
                          .statusCode()));
        }
        List<Integer> statuses = new ArrayList<>();
        for (Future<Integer> guess : guesses) {
          statuses.add(guess.get(60, TimeUnit.SECONDS));
        }

        // Parallel refusals may leave the limit unreached; wrong guesses one by one fill it.
        for (int more = 0; more <= Throttle.SIGN_IN.attemptsPerKey(); more++) {
          statuses.add(
              first
                  .http
                  .post("/api/login", credentials("ana@example.org", "wrong password!"))
                  .statusCode());
        }
        int right =
            second.http.post("/api/login", credentials("ana@example.org", PASSWORD)).statusCode();

        assertThat(statuses).containsOnly(401, 429);
        assertThat(statuses.stream().filter(status -> status == 401).count())
            .isEqualTo(Throttle.SIGN_IN.attemptsPerKey());
        assertThat(right).isEqualTo(429);
      } finally {
        threads.shutdownNow();
      }
    }
  }

  @StoreTest
  void noJournalRowOutlivesItsDeletedAccountAndItsTokenIsRefusedAtOnce(Database database)
      throws Exception {
    int writers = 4;
    int writesEach = 25;
    try (database;
        ServerFixture first = ServerFixture.start(database);
        ServerFixture second = ServerFixture.start(database)) {
      ServerFixture.SignedIn ana = first.signUpAndIn("ana@example.org");
      String[] bearer = first.bearer(ana);
      String accountId =
          (String) ServerFixture.object(first.http.get("/api/session", bearer)).get("accountId");
      CountDownLatch someLanded = new CountDownLatch(writers);
      AtomicBoolean deleted = new AtomicBoolean();
      List<Integer> afterDeletion = java.util.Collections.synchronizedList(new ArrayList<>());
      ExecutorService threads = Executors.newFixedThreadPool(writers);
      List<Future<?>> running = new ArrayList<>();
      try {
        for (int writer = 0; writer < writers; writer++) {
          Http http = (writer % 2 == 0 ? first : second).http;
          running.add(
              threads.submit(
                  () -> {
                    for (int write = 0; write < writesEach; write++) {
                      boolean wasDeleted = deleted.get();
                      int status = http.post("/api/check-ins", "{\"pain\":3}", bearer).statusCode();
                      if (status == 201) {
                        someLanded.countDown();
                      }
                      if (wasDeleted) {
                        afterDeletion.add(status);
                      }
                    }
                  }));
        }
        assertThat(someLanded.await(60, TimeUnit.SECONDS)).isTrue();

        int deletion =
            second
                .http
                .send("DELETE", "/api/account", ServerFixture.REAUTHENTICATION, bearer)
                .statusCode();
        deleted.set(true);
        for (Future<?> writer : running) {
          writer.get(60, TimeUnit.SECONDS);
        }

        assertThat(deletion).isEqualTo(204);
        assertThat(afterDeletion).containsOnly(401);
        assertThat(rowsOwnedBy(database, accountId)).isZero();
      } finally {
        threads.shutdownNow();
      }
    }
  }

  private static int rowsOwnedBy(Database database, String owner) throws SQLException {
    int rows = 0;
    try (Connection connection = database.connection()) {
      for (String table :
          List.of(
              "journal_check_in",
              "journal_session",
              "journal_screening",
              "api_tokens",
              "login_sessions")) {
        String column = table.startsWith("journal") ? "owner" : "account_id";
        try (PreparedStatement count =
            connection.prepareStatement(
                "SELECT COUNT(*) FROM " + table + " WHERE " + column + " = ?")) {
          count.setString(1, owner);
          try (ResultSet result = count.executeQuery()) {
            result.next();
            rows += result.getInt(1);
          }
        }
      }
    }
    return rows;
  }
}

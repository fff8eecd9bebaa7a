package dev.limber.web.http;

import static dev.limber.web.ServerFixture.PASSWORD;
import static dev.limber.web.ServerFixture.credentials;
import static org.assertj.core.api.Assertions.assertThat;

import dev.limber.account.HashingBusyException;
import dev.limber.account.PasswordHasher;
import dev.limber.account.Throttle;
import dev.limber.store.Database;
import dev.limber.store.TestDatabases;
import dev.limber.web.CheapHasher;
import dev.limber.web.ServerFixture;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** A sign-in refused because every hashing slot was taken is no guess: the throttle ignores it. */
class BusyHashingTest {
  private final SwitchableHasher hasher = new SwitchableHasher();
  private Database database;
  private ServerFixture server;

  @BeforeEach
  void start() {
    database = TestDatabases.h2();
    server = ServerFixture.start(database, WebOptions.defaults(), hasher);
  }

  @AfterEach
  void stop() {
    server.close();
    database.close();
  }

  @Test
  void busyAnswersToRightPasswordsDoNotLockTheAccountOrTheAddress() {
    assertThat(
            server.http.post("/api/account", credentials("ana@example.org", PASSWORD)).statusCode())
        .isEqualTo(202);
    hasher.busy = true;
    List<Integer> busyAnswers = new ArrayList<>();
    for (int attempt = 0; attempt <= Throttle.SIGN_IN.attemptsPerAddress(); attempt++) {
      busyAnswers.add(
          server.http.post("/api/login", credentials("ana@example.org", PASSWORD)).statusCode());
    }

    hasher.busy = false;
    int afterwards =
        server.http.post("/api/login", credentials("ana@example.org", PASSWORD)).statusCode();

    assertThat(busyAnswers).containsOnly(503);
    assertThat(afterwards).isEqualTo(200);
  }

  @Test
  void wrongPasswordsStillCountWhenHashingIsFree() {
    server.http.post("/api/account", credentials("ana@example.org", PASSWORD));
    for (int attempt = 0; attempt < Throttle.SIGN_IN.attemptsPerKey(); attempt++) {
      server.http.post("/api/login", credentials("ana@example.org", "wrong password!"));
    }

    int next =
        server.http.post("/api/login", credentials("ana@example.org", PASSWORD)).statusCode();

    assertThat(next).isEqualTo(429);
  }

  /** The cheap hasher, or a full hashing pool while {@link #busy} is set. */
  private static final class SwitchableHasher implements PasswordHasher {
    private final PasswordHasher cheap = new CheapHasher();
    volatile boolean busy;

    @Override
    public String hash(String password) {
      return cheap.hash(password);
    }

    @Override
    public boolean verify(String password, String hash) {
      if (busy) {
        throw new HashingBusyException(Duration.ofSeconds(1));
      }
      return cheap.verify(password, hash);
    }
  }
}

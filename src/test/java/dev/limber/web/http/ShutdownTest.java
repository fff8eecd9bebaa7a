package dev.limber.web.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.limber.account.PasswordHasher;
import dev.limber.store.Database;
import dev.limber.store.TestDatabases;
import dev.limber.web.CheapHasher;
import dev.limber.web.ServerFixture;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ConnectException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** Stopping the server: no new connections, the requests in flight finish within the drain time. */
class ShutdownTest {
  private static final String SLOW_PASSWORD = "slow horse battery staple";

  @Test
  void aStopRefusesNewConnectionsAndLetsTheRequestInFlightFinish() throws Exception {
    HeldHasher hasher = new HeldHasher();
    try (Database database = TestDatabases.h2()) {
      ServerFixture server =
          ServerFixture.start(
              database, WebOptions.defaults().withDrainTimeout(Duration.ofSeconds(20)), hasher);
      int port = server.server.port();
      CompletableFuture<HttpResponse<String>> signUp =
          CompletableFuture.supplyAsync(
              () ->
                  server.http.post(
                      "/api/account", ServerFixture.credentials("a@example.org", SLOW_PASSWORD)));
      assertThat(hasher.entered.await(20, TimeUnit.SECONDS)).isTrue();

      CompletableFuture<Void> stop = CompletableFuture.runAsync(server::close);
      awaitRefused(port);

      assertThat(stop).isNotDone();
      assertThat(signUp).isNotDone();

      hasher.release.countDown();

      assertThat(signUp.get(20, TimeUnit.SECONDS).statusCode()).isEqualTo(202);
      stop.get(20, TimeUnit.SECONDS);
    }
  }

  @Test
  void aStopGivesUpOnARequestThatOutlastsTheDrainTime() throws Exception {
    HeldHasher hasher = new HeldHasher();
    try (Database database = TestDatabases.h2()) {
      ServerFixture server =
          ServerFixture.start(
              database, WebOptions.defaults().withDrainTimeout(Duration.ofSeconds(1)), hasher);
      CompletableFuture<HttpResponse<String>> signUp =
          CompletableFuture.supplyAsync(
              () ->
                  server.http.post(
                      "/api/account", ServerFixture.credentials("b@example.org", SLOW_PASSWORD)));
      assertThat(hasher.entered.await(20, TimeUnit.SECONDS)).isTrue();

      long started = System.nanoTime();
      server.close();
      Duration stopping = Duration.ofNanos(System.nanoTime() - started);

      assertThat(stopping).isGreaterThanOrEqualTo(Duration.ofMillis(900));
      assertThat(stopping).isLessThan(Duration.ofSeconds(10));
      hasher.release.countDown();
      assertThatThrownBy(() -> signUp.get(20, TimeUnit.SECONDS))
          .hasCauseInstanceOf(UncheckedIOException.class);
    }
  }

  private static void awaitRefused(int port) throws InterruptedException {
    long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
    while (System.nanoTime() < deadline) {
      try (Socket socket = new Socket()) {
        socket.connect(new InetSocketAddress("127.0.0.1", port), 1_000);
      } catch (ConnectException refused) {
        return;
      } catch (IOException other) {
        // a timeout or reset while the listener closes: ask again
      }
      Thread.sleep(50);
    }
    throw new AssertionError("port " + port + " still accepts connections 20 s into the stop");
  }

  /** A hasher that holds the slow password's hash until released; other passwords pass. */
  private static final class HeldHasher implements PasswordHasher {
    final CountDownLatch entered = new CountDownLatch(1);
    final CountDownLatch release = new CountDownLatch(1);
    private final CheapHasher cheap = new CheapHasher();

    @Override
    public String hash(String password) {
      if (password.contains("slow")) {
        entered.countDown();
        try {
          release.await(60, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
        }
      }
      return cheap.hash(password);
    }

    @Override
    public boolean verify(String password, String hash) {
      return cheap.verify(password, hash);
    }
  }
}

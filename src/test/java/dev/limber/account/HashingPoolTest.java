package dev.limber.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

@Timeout(20)
class HashingPoolTest {
  /** Hashes only when let through, so the test decides how many are running. */
  private static final class GatedHasher implements PasswordHasher {
    final CountDownLatch entered;
    final CountDownLatch release = new CountDownLatch(1);

    GatedHasher(int expectedRunning) {
      entered = new CountDownLatch(expectedRunning);
    }

    @Override
    public String hash(String password) {
      entered.countDown();
      try {
        release.await(10, TimeUnit.SECONDS);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
      return "hash:" + password;
    }

    @Override
    public boolean verify(String password, String hash) {
      return hash.equals(hash(password));
    }
  }

  @Test
  void refusesAtOnceWhenEverySlotIsBusyAndTheQueueIsFull() throws Exception {
    GatedHasher gated = new GatedHasher(2);
    HashingPool pool = new HashingPool(gated, 2, 0);
    ExecutorService threads = Executors.newFixedThreadPool(2);
    try {
      Future<String> first = threads.submit(() -> pool.hash("one"));
      Future<String> second = threads.submit(() -> pool.hash("two"));
      assertThat(gated.entered.await(10, TimeUnit.SECONDS)).isTrue();

      assertThatThrownBy(() -> pool.hash("three"))
          .isInstanceOfSatisfying(
              HashingBusyException.class,
              busy -> assertThat(busy.retryAfter()).isEqualTo(HashingPool.RETRY_AFTER));

      gated.release.countDown();
      assertThat(first.get()).isEqualTo("hash:one");
      assertThat(second.get()).isEqualTo("hash:two");
    } finally {
      gated.release.countDown();
      threads.shutdownNow();
    }
  }

  @Test
  void aQueuedHashRunsWhenASlotFrees() throws Exception {
    GatedHasher gated = new GatedHasher(1);
    HashingPool pool = new HashingPool(gated, 1, 1);
    ExecutorService threads = Executors.newFixedThreadPool(2);
    try {
      Future<String> running = threads.submit(() -> pool.hash("one"));
      assertThat(gated.entered.await(10, TimeUnit.SECONDS)).isTrue();
      CompletableFuture<String> queued =
          CompletableFuture.supplyAsync(() -> pool.hash("two"), threads);

      gated.release.countDown();

      assertThat(running.get()).isEqualTo("hash:one");
      assertThat(queued.get(10, TimeUnit.SECONDS)).isEqualTo("hash:two");
    } finally {
      gated.release.countDown();
      threads.shutdownNow();
    }
  }

  @Test
  void sizesSlotsFromTheHeapAndTheProcessors() {
    long mib = 1024 * 1024;

    assertThat(HashingPool.slotsFor(256 * mib, 38 * mib, 2)).isEqualTo(1);
    assertThat(HashingPool.slotsFor(1024 * mib, 38 * mib, 2)).isEqualTo(2);
    assertThat(HashingPool.slotsFor(4096 * mib, 38 * mib, 4)).isEqualTo(4);
    assertThat(HashingPool.slotsFor(64 * mib, 38 * mib, 8)).isEqualTo(1);
  }
}

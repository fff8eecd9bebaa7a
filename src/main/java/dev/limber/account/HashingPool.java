package dev.limber.account;

import java.time.Duration;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A password hasher that runs at most a fixed number of hashes at once, lets a short queue wait
 * briefly for a slot, and refuses the rest with {@link HashingBusyException}: each memory-hard hash
 * takes tens of MiB, so an unbounded number of them exhausts the heap. Thread-safe.
 */
public final class HashingPool implements PasswordHasher {
  /** How long a queued hash waits for a slot before it is refused. */
  public static final Duration MAX_WAIT = Duration.ofSeconds(2);

  /** What a refused caller is told to wait. */
  public static final Duration RETRY_AFTER = Duration.ofSeconds(1);

  private final PasswordHasher hasher;
  private final Semaphore slots;
  private final int queueLength;
  private final AtomicInteger waiting = new AtomicInteger();

  public HashingPool(PasswordHasher hasher, int concurrent, int queueLength) {
    if (concurrent < 1 || queueLength < 0) {
      throw new IllegalArgumentException(
          "concurrent < 1 or queueLength < 0: " + concurrent + ", " + queueLength);
    }
    this.hasher = hasher;
    this.slots = new Semaphore(concurrent, true);
    this.queueLength = queueLength;
  }

  /**
   * Slots for a heap of {@code maxHeapBytes} when each hash needs {@code bytesPerHash}: a quarter
   * of the heap for hashing, at most one per processor (hashing is CPU-bound), at least one.
   */
  public static int slotsFor(long maxHeapBytes, long bytesPerHash, int processors) {
    long byMemory = (maxHeapBytes / 4) / bytesPerHash;
    return (int) Math.max(1, Math.min(processors, byMemory));
  }

  @Override
  public String hash(String password) {
    acquire();
    try {
      return hasher.hash(password);
    } finally {
      slots.release();
    }
  }

  @Override
  public boolean verify(String password, String hash) {
    acquire();
    try {
      return hasher.verify(password, hash);
    } finally {
      slots.release();
    }
  }

  private void acquire() {
    if (slots.tryAcquire()) {
      return;
    }
    if (waiting.incrementAndGet() > queueLength) {
      waiting.decrementAndGet();
      throw new HashingBusyException(RETRY_AFTER);
    }
    try {
      if (!slots.tryAcquire(MAX_WAIT.toMillis(), TimeUnit.MILLISECONDS)) {
        throw new HashingBusyException(RETRY_AFTER);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new HashingBusyException(RETRY_AFTER);
    } finally {
      waiting.decrementAndGet();
    }
  }
}

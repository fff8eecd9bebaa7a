package dev.limber.web;

import dev.limber.account.Attempts;
import dev.limber.session.PlayableSessions;
import io.javalin.http.Context;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * The limits on playable sessions planned without an account: {@link #PER_ADDRESS} per network
 * address per {@link #WINDOW} (counted in the shared attempts table), {@link #KEPT_AT_MOST} kept at
 * once, each kept {@link #KEPT_FOR}; so anonymous posts cannot fill the disk.
 */
final class AnonymousPlays {
  /** A person replans a few times a day; a script posts hundreds a second. */
  static final int PER_ADDRESS = 30;

  static final Duration WINDOW = Duration.ofHours(1);

  /** About 21 KB each: some 40 MB at most. */
  static final int KEPT_AT_MOST = 2_000;

  /** The longest routine lasts an hour; an anonymous player has no journal to send to later. */
  static final Duration KEPT_FOR = Duration.ofHours(6);

  private final Attempts attempts;
  private final PlayableSessions playable;

  AnonymousPlays(Attempts attempts, PlayableSessions playable) {
    this.attempts = attempts;
    this.playable = playable;
  }

  /** Counts one anonymous plan from {@code address}; 429 or 503 when it must not be kept. */
  void admit(Context context, String address, Instant now) {
    String attemptId = UUID.randomUUID().toString();
    int count =
        attempts.record(attemptId, List.of("play:" + address), now, now.minus(WINDOW)).get(0);
    if (count > PER_ADDRESS) {
      // A refused plan is not counted: waiting out the window is enough.
      attempts.forget(attemptId);
      context.header("Retry-After", Long.toString(WINDOW.toSeconds()));
      throw Problem.of(
              429,
              "too-many-plays",
              "Too many sessions planned",
              "this network address has planned "
                  + PER_ADDRESS
                  + " sessions without an account in the last hour; sign in or wait")
          .exception();
    }
    playable.removeExpired(now);
    if (playable.countAnonymous(now) >= KEPT_AT_MOST) {
      context.header("Retry-After", Long.toString(Duration.ofMinutes(10).toSeconds()));
      throw Problem.of(
              503,
              "busy",
              "Busy",
              "too many sessions are waiting to be played; sign in or try again later")
          .exception();
    }
  }
}

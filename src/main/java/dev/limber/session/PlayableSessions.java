package dev.limber.session;

import java.time.Instant;
import java.util.Optional;

/** The timelines waiting to be played in a browser, kept by the server between page loads. */
public interface PlayableSessions {
  void add(PlayableSession session);

  Optional<PlayableSession> find(String id);

  /**
   * Marks the session's events as received at {@code at}; false when they already were (or the
   * session is gone), so two posts of the same events keep one record.
   */
  boolean markPlayed(String id, Instant at);

  /** How many sessions without an owner have not expired at {@code now}. */
  int countAnonymous(Instant now);

  /** Forgets every session that expired before {@code now}; answers how many. */
  int removeExpired(Instant now);
}

package dev.limber.session;

import java.time.Instant;
import java.util.Optional;

/**
 * A timeline the server computed for a browser to play: an unguessable id, the account that planned
 * it (empty for anonymous play), when it was made, until when it may be played, and when its events
 * were received (empty until then; a session's events are taken once), and the clinician's program
 * version it was planned from, if any.
 */
public record PlayableSession(
    String id,
    Optional<String> owner,
    Timeline timeline,
    Instant created,
    Instant expires,
    Optional<Instant> played,
    Optional<FromProgram> program) {
  public PlayableSession {
    if (id == null || id.length() < 32) {
      throw new IllegalArgumentException("id must be at least 32 characters: " + id);
    }
    if (owner == null || timeline == null || created == null || expires == null) {
      throw new IllegalArgumentException("owner, timeline, created and expires are required");
    }
    if (!expires.isAfter(created)) {
      throw new IllegalArgumentException("expires " + expires + " not after created " + created);
    }
    played = played == null ? Optional.empty() : played;
    program = program == null ? Optional.empty() : program;
    if (program.isPresent() && owner.isEmpty()) {
      throw new IllegalArgumentException("a program session belongs to the person who follows it");
    }
  }

  /** A session planned from no program. */
  public PlayableSession(
      String id,
      Optional<String> owner,
      Timeline timeline,
      Instant created,
      Instant expires,
      Optional<Instant> played) {
    this(id, owner, timeline, created, expires, played, Optional.empty());
  }

  /** True when {@code accountId} (empty for an anonymous visitor) may play it. */
  public boolean belongsTo(Optional<String> accountId) {
    return owner.isEmpty() || owner.equals(accountId);
  }

  public boolean expiredAt(Instant now) {
    return !now.isBefore(expires);
  }
}

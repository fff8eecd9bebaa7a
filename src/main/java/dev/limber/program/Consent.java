package dev.limber.program;

import dev.limber.journal.CheckIn;
import dev.limber.journal.Review;
import dev.limber.json.JsonValue;
import java.time.Instant;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * What a person agreed to share when joining, and when: sessions, pain, check-ins and verdicts
 * always (a clinician cannot follow a program without them), free-text notes only when chosen. The
 * {@code redact} methods give an entry as their clinician may read it.
 */
public record Consent(Set<Shared> shared, Instant givenAt) implements JsonValue {
  /** What every link shares. */
  public static final Set<Shared> ALWAYS =
      EnumSet.of(Shared.SESSIONS, Shared.PAIN, Shared.CHECK_INS, Shared.VERDICTS);

  public Consent {
    if (shared == null || !shared.containsAll(ALWAYS)) {
      throw new IllegalArgumentException("a consent shares at least " + ALWAYS + ": " + shared);
    }
    if (givenAt == null) {
      throw new IllegalArgumentException("givenAt is required");
    }
    shared = Set.copyOf(shared);
  }

  public static Consent of(boolean notes, Instant givenAt) {
    Set<Shared> shared = EnumSet.copyOf(ALWAYS);
    if (notes) {
      shared.add(Shared.NOTES);
    }
    return new Consent(shared, givenAt);
  }

  public boolean sharesNotes() {
    return shared.contains(Shared.NOTES);
  }

  /** The check-in as the clinician may read it: without its note unless notes are shared. */
  public CheckIn redact(CheckIn checkIn) {
    return sharesNotes()
        ? checkIn
        : new CheckIn(checkIn.at(), checkIn.pain(), checkIn.cracked(), null);
  }

  /** The review as the clinician may read it: without its note unless notes are shared. */
  public Review redact(Review review) {
    return sharesNotes()
        ? review
        : new Review(review.date(), review.by(), null, review.recordedAt());
  }

  @Override
  public Object toJson() {
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("shared", EnumSet.copyOf(shared).stream().map(Enum::name).toList());
    json.put("givenAt", givenAt.toString());
    return json;
  }
}

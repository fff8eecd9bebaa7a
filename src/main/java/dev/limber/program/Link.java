package dev.limber.program;

import dev.limber.json.JsonValue;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * A person joined to a clinician: the program they follow, what they consented to share, when they
 * joined, and when they left (access ends at that instant). While it lasts, the join counts as a
 * professional review for the program's stretches (rule P1).
 */
public record Link(
    String id,
    String clinicianId,
    String personId,
    String programId,
    Consent consent,
    Instant joinedAt,
    Optional<Instant> leftAt)
    implements JsonValue {
  public Link {
    if (id == null || clinicianId == null || personId == null || programId == null) {
      throw new IllegalArgumentException("id, clinicianId, personId and programId are required");
    }
    if (clinicianId.equals(personId)) {
      throw new IllegalArgumentException("a clinician cannot join themselves: " + clinicianId);
    }
    if (consent == null || joinedAt == null || leftAt == null) {
      throw new IllegalArgumentException("consent, joinedAt and leftAt are required");
    }
  }

  public boolean active() {
    return leftAt.isEmpty();
  }

  @Override
  public Object toJson() {
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("id", id);
    json.put("programId", programId);
    json.put("consent", consent);
    json.put("joinedAt", joinedAt.toString());
    leftAt.ifPresent(left -> json.put("leftAt", left.toString()));
    return json;
  }
}

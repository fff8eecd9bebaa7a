package dev.limber.program;

import dev.limber.json.JsonValue;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/** One read of a person's data by a clinician, as the person sees it: who, what, when. */
public record AccessEntry(
    String personId, String clinicianId, String clinicianEmail, String what, Instant at)
    implements JsonValue {
  public static final int MAX_WHAT_LENGTH = 200;

  public AccessEntry {
    if (personId == null || clinicianId == null || clinicianEmail == null || at == null) {
      throw new IllegalArgumentException(
          "personId, clinicianId, clinicianEmail and at are required");
    }
    if (what == null || what.isBlank() || what.length() > MAX_WHAT_LENGTH) {
      throw new IllegalArgumentException("what must be 1–200 characters: " + what);
    }
  }

  @Override
  public Object toJson() {
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("clinician", clinicianEmail);
    json.put("what", what);
    json.put("at", at.toString());
    return json;
  }
}

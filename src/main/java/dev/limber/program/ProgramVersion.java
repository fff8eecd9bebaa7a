package dev.limber.program;

import dev.limber.json.JsonValue;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One version of a clinician's program: every change makes a new version (numbered from 1), and a
 * session played from a program records the version it played.
 */
public record ProgramVersion(
    String programId, int version, String clinicianId, Program program, Instant createdAt)
    implements JsonValue {
  public ProgramVersion {
    if (programId == null || programId.isBlank() || clinicianId == null || clinicianId.isBlank()) {
      throw new IllegalArgumentException("programId and clinicianId are required");
    }
    if (version < 1) {
      throw new IllegalArgumentException("version < 1: " + version);
    }
    if (program == null || createdAt == null) {
      throw new IllegalArgumentException("program and createdAt are required");
    }
  }

  @Override
  public Object toJson() {
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("id", programId);
    json.put("version", version);
    json.put("createdAt", createdAt.toString());
    json.putAll(program.toJsonMap());
    return json;
  }
}

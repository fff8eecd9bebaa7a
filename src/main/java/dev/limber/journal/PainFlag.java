package dev.limber.journal;

import dev.limber.json.JsonValue;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A pain flag derived from the journal (spec/screening.md §2.1): its kind, the session it belongs
 * to (by its start), and when it opened. It stays open until a professional review recorded after
 * it closes it; time alone, a later session or a screening never does.
 */
public record PainFlag(PainFlagKind kind, Instant sessionStarted, Instant openedAt)
    implements JsonValue {
  private static final DateTimeFormatter WHEN =
      DateTimeFormatter.ofPattern("EEEE d MMMM yyyy 'at' HH:mm", java.util.Locale.ENGLISH);

  public PainFlag {
    if (kind == null || sessionStarted == null || openedAt == null) {
      throw new IllegalArgumentException("kind, sessionStarted and openedAt are required");
    }
  }

  /** True for the kinds that fill painDuringCracking (S5); the others fill S6. */
  public boolean meansPainDuringCracking() {
    return kind == PainFlagKind.DURING_CRACKING;
  }

  /** Which session, when, what happened and how to close it, in plain words. */
  public String explanation(ZoneId zone) {
    String session = "your session on " + WHEN.format(sessionStarted.atZone(zone));
    String what =
        switch (kind) {
          case DURING_STRETCHING -> session + " stopped because a stretch hurt";
          case DURING_CRACKING -> session + " stopped because a self-crack attempt hurt";
          case WORSENING ->
              "your pain was 2 or more points above the start of "
                  + session
                  + " (noted "
                  + WHEN.format(openedAt.atZone(zone))
                  + ")";
          case NEW_SYMPTOM -> session + " ended for a new symptom";
        };
    return "From your journal: "
        + what
        + ". This stays until you record in Limber that a physiotherapist or doctor has seen you"
        + " since then and advised exercise.";
  }

  @Override
  public Object toJson() {
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("kind", kind);
    json.put("sessionStarted", sessionStarted.toString());
    json.put("openedAt", openedAt.toString());
    return json;
  }
}

package dev.limber.journal;

import dev.limber.json.JsonValue;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A pain flag derived from the journal (spec/screening.md §2.1): its kind, the session it belongs
 * to (by its start), when it opened, and the technique that hurt (null when none did). It stays
 * open until a professional review recorded after it closes it; time alone, a later session or a
 * screening never does, except that the follow-up answer settles a {@code PAIN_NOTED} flag.
 */
public record PainFlag(
    PainFlagKind kind, Instant sessionStarted, Instant openedAt, String techniqueId)
    implements JsonValue {
  private static final DateTimeFormatter WHEN =
      DateTimeFormatter.ofPattern("EEEE d MMMM yyyy 'at' HH:mm", java.util.Locale.ENGLISH);

  public PainFlag {
    if (kind == null || sessionStarted == null || openedAt == null) {
      throw new IllegalArgumentException("kind, sessionStarted and openedAt are required");
    }
  }

  /** A flag no technique caused (a rise in pain, a new symptom). */
  public PainFlag(PainFlagKind kind, Instant sessionStarted, Instant openedAt) {
    this(kind, sessionStarted, openedAt, null);
  }

  /** True for the kinds that fill painDuringStretching (S6). */
  public boolean meansPainDuringStretching() {
    return kind == PainFlagKind.DURING_STRETCHING || kind == PainFlagKind.WORSENING;
  }

  /** True for the kinds only a professional review closes (all but a mild stop). */
  public boolean needsReview() {
    return kind != PainFlagKind.PAIN_NOTED;
  }

  /** True for the kinds that fill painDuringCracking (S5); the others fill S6. */
  public boolean meansPainDuringCracking() {
    return kind == PainFlagKind.DURING_CRACKING;
  }

  /**
   * Which session, when, what happened and how to close it, in plain words; a mild stop says what
   * it holds and that the next check asks about it, since no review is needed to close it.
   */
  public String explanation(ZoneId zone) {
    String session = "your session on " + WHEN.format(sessionStarted.atZone(zone));
    if (kind == PainFlagKind.PAIN_NOTED) {
      return "From your journal: "
          + session
          + " stopped because a stretch hurt, and the pain was easing. That stretch rests for a"
          + " week and no self-cracking is offered meanwhile; your next check asks whether your"
          + " back has settled.";
    }
    String what =
        switch (kind) {
          case PAIN_NOTED -> throw new IllegalStateException("worded above");
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

  /**
   * A mild stop whose follow-up the person has just answered "not settled": from now on it is a
   * flag that needs a professional (§2.1).
   */
  public String notSettledExplanation(ZoneId zone) {
    return "You said your back is not back to how it was before your session on "
        + WHEN.format(sessionStarted.atZone(zone))
        + ", when a stretch hurt. This stays until you record in Limber that a physiotherapist or"
        + " doctor has seen you since then and advised exercise.";
  }

  @Override
  public Object toJson() {
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("kind", kind);
    json.put("sessionStarted", sessionStarted.toString());
    json.put("openedAt", openedAt.toString());
    json.put("techniqueId", techniqueId);
    return json;
  }
}

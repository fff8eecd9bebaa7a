package dev.limber.session;

/**
 * One thing that happened while a session was played, in milliseconds from its start: what a
 * browser reports so that the server can play the same timeline again with {@link Player}. Only a
 * pain score ({@link Kind#PAIN}) and a stop for pain ({@link Kind#HURTS}) carry a score (0–10); a
 * stop for pain also carries the answers to "is it easing?" and "is it sharp or spreading?" (both
 * or neither; without them the stop is not mild).
 */
public record SessionEvent(
    Kind kind, long atMillis, Integer score, Boolean easing, Boolean sharpOrSpreading) {
  /** What happened. */
  public enum Kind {
    START,
    PAUSE,
    RESUME,
    /** Pass over the current part: one hold, rest, get-ready or pain check. */
    SKIP,
    /**
     * Pass over what is left of the current technique, to the next one or the closing pain check.
     */
    SKIP_TECHNIQUE,
    /** The answer to a pain check. */
    PAIN,
    /** It hurts: stopped at once, with how much, whether it eases and whether it is sharp. */
    HURTS,
    /** After a mild stop: go on without the technique that hurt. */
    GO_ON,
    /** After a mild stop: end the session there. */
    END,
    POP,
    /** An alarming new symptom: ends the session. */
    SYMPTOM,
    QUIT,
    /** The closing pain check was passed: the timeline is over. */
    FINISH;

    /** True for the kinds that carry a pain score. */
    public boolean scored() {
      return this == PAIN || this == HURTS;
    }
  }

  public SessionEvent {
    if (kind == null) {
      throw new IllegalArgumentException("kind is required");
    }
    if (atMillis < 0) {
      throw new IllegalArgumentException("atMillis < 0: " + atMillis);
    }
    if (kind.scored() != (score != null)) {
      throw new IllegalArgumentException("a score goes with PAIN and HURTS and only with them");
    }
    if (score != null && (score < 0 || score > 10)) {
      throw new IllegalArgumentException("score outside 0–10: " + score);
    }
    if ((easing == null) != (sharpOrSpreading == null)) {
      throw new IllegalArgumentException("easing and sharpOrSpreading go together");
    }
    if (easing != null && kind != Kind.HURTS) {
      throw new IllegalArgumentException("easing and sharpOrSpreading go with HURTS only");
    }
  }

  /** An event with no answers about easing. */
  public SessionEvent(Kind kind, long atMillis, Integer score) {
    this(kind, atMillis, score, null, null);
  }
}

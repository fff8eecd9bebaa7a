package dev.limber.session;

import dev.limber.json.JsonValue;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One stop for pain in a session (spec/screening.md §7, rev. 3): the segment's index in the
 * timeline, its technique (null during a pain check), the pain score given at the stop, whether it
 * happened during a self-crack technique, and the two questions asked at the stop: whether the pain
 * is easing now and whether it is sharp, shooting or spreading into an arm or leg.
 */
public record PainStop(
    int segmentIndex,
    String techniqueId,
    int painScore,
    boolean duringSelfCrack,
    boolean easing,
    boolean sharpOrSpreading)
    implements JsonValue {
  /** Pain this high at a stop is never mild (§2.1: the severe band starts at 7). */
  public static final int SEVERE_PAIN = 7;

  public PainStop {
    if (segmentIndex < 0) {
      throw new IllegalArgumentException("segmentIndex < 0: " + segmentIndex);
    }
    if (painScore < 0 || painScore > 10) {
      throw new IllegalArgumentException("painScore outside 0–10: " + painScore);
    }
  }

  /**
   * A stop from before rev. 3 asked nothing about easing: it reads as not mild, so nothing old
   * becomes less cautious.
   */
  public PainStop(int segmentIndex, String techniqueId, int painScore, boolean duringSelfCrack) {
    this(segmentIndex, techniqueId, painScore, duringSelfCrack, false, false);
  }

  /**
   * Whether this stop is mild against the session's starting score (§2.1): during a stretch or
   * self-massage, below the start + 2 and below 7, easing, not sharp or spreading. Without a
   * starting score nothing can be measured, so the stop is not mild (the cautious reading).
   */
  public boolean mildAgainst(Integer painBefore) {
    return !duringSelfCrack
        && easing
        && !sharpOrSpreading
        && painBefore != null
        && painScore - painBefore < SessionRecord.PAIN_RISE_POINTS
        && painScore < SEVERE_PAIN;
  }

  @Override
  public Object toJson() {
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("segmentIndex", segmentIndex);
    json.put("techniqueId", techniqueId);
    json.put("painScore", painScore);
    json.put("duringSelfCrack", duringSelfCrack);
    json.put("easing", easing);
    json.put("sharpOrSpreading", sharpOrSpreading);
    return json;
  }
}

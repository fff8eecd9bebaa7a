package dev.limber.journal;

import dev.limber.json.JsonValue;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Cracking against its limits: self-crack sessions today against the daily limit (X6), and days
 * with cracking in the last seven against the weekly one (X5). Cracks in a guided session and
 * cracks reported in a check-in both count.
 */
public record CrackingStatus(
    int cracksToday,
    int dailyLimit,
    int crackingDaysLastWeek,
    int weeklyDayLimit,
    int crackingDaysPerWeek)
    implements JsonValue {

  /** True when today's self-crack sessions are used up: stretches only until tomorrow (X6). */
  public boolean dailyLimitReached() {
    return cracksToday >= dailyLimit;
  }

  /** True when cracking happened on as many days of the last week as the limit allows (X5). */
  public boolean weeklyLimitReached() {
    return crackingDaysLastWeek >= weeklyDayLimit;
  }

  /** True when another self-crack today stays within both limits. */
  public boolean crackingAllowedToday() {
    return !dailyLimitReached() && !weeklyLimitReached();
  }

  @Override
  public Object toJson() {
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("cracksToday", cracksToday);
    json.put("dailyLimit", dailyLimit);
    json.put("crackingDaysLastWeek", crackingDaysLastWeek);
    json.put("weeklyDayLimit", weeklyDayLimit);
    json.put("crackingDaysPerWeek", crackingDaysPerWeek);
    json.put("dailyLimitReached", dailyLimitReached());
    json.put("weeklyLimitReached", weeklyLimitReached());
    json.put("crackingAllowedToday", crackingAllowedToday());
    return json;
  }
}

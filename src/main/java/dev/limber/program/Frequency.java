package dev.limber.program;

import dev.limber.json.JsonValue;
import java.util.LinkedHashMap;
import java.util.Map;

/** How often a program is to be done: sessions per day on the days it is done, days per week. */
public record Frequency(int timesPerDay, int daysPerWeek) implements JsonValue {
  public static final int MAX_TIMES_PER_DAY = 4;

  public Frequency {
    if (timesPerDay < 1 || timesPerDay > MAX_TIMES_PER_DAY) {
      throw new IllegalArgumentException("timesPerDay outside 1–4: " + timesPerDay);
    }
    if (daysPerWeek < 1 || daysPerWeek > 7) {
      throw new IllegalArgumentException("daysPerWeek outside 1–7: " + daysPerWeek);
    }
  }

  /** Sessions prescribed in a full week. */
  public int sessionsPerWeek() {
    return timesPerDay * daysPerWeek;
  }

  /** In words, as pages and handouts print it: "twice a day, 5 days a week". */
  public String words() {
    String times =
        switch (timesPerDay) {
          case 1 -> "once a day";
          case 2 -> "twice a day";
          default -> timesPerDay + " times a day";
        };
    return times + ", " + (daysPerWeek == 7 ? "every day" : daysPerWeek + " days a week");
  }

  @Override
  public Object toJson() {
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("timesPerDay", timesPerDay);
    json.put("daysPerWeek", daysPerWeek);
    return json;
  }
}

package dev.limber.program;

import dev.limber.json.JsonValue;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Sessions done against sessions prescribed, per week (Monday to Sunday) from the week of joining
 * to this week; a week partly linked is prescribed in proportion to its linked days, rounded up.
 */
public record Adherence(List<Week> weeks) implements JsonValue {
  public Adherence {
    weeks = List.copyOf(weeks);
  }

  /** One week: its Monday, sessions played from the program, sessions prescribed. */
  public record Week(LocalDate weekStart, int done, int prescribed) implements JsonValue {
    @Override
    public Object toJson() {
      Map<String, Object> json = new LinkedHashMap<>();
      json.put("weekStart", weekStart.toString());
      json.put("done", done);
      json.put("prescribed", prescribed);
      return json;
    }
  }

  /** The weeks from {@code joinedAt} to {@code now}, oldest first. */
  public static Adherence of(
      List<Instant> sessionStarts,
      Frequency frequency,
      Instant joinedAt,
      Instant now,
      ZoneId zone) {
    LocalDate joined = LocalDate.ofInstant(joinedAt, zone);
    LocalDate today = LocalDate.ofInstant(now, zone);
    List<Week> weeks = new ArrayList<>();
    LocalDate monday = joined.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
    while (!monday.isAfter(today)) {
      LocalDate weekEnd = monday.plusDays(7);
      LocalDate from = monday.isBefore(joined) ? joined : monday;
      int linkedDays = (int) (weekEnd.toEpochDay() - from.toEpochDay());
      int prescribed = (int) Math.ceil(frequency.sessionsPerWeek() * Math.min(7, linkedDays) / 7.0);
      LocalDate start = monday;
      int done =
          (int)
              sessionStarts.stream()
                  .map(started -> LocalDate.ofInstant(started, zone))
                  .filter(day -> !day.isBefore(start) && day.isBefore(weekEnd))
                  .count();
      weeks.add(new Week(monday, done, prescribed));
      monday = weekEnd;
    }
    return new Adherence(weeks);
  }

  @Override
  public Object toJson() {
    return weeks;
  }
}

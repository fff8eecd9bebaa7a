package dev.limber.program;

import dev.limber.journal.CheckIn;
import dev.limber.journal.Insights;
import dev.limber.journal.PainReading;
import dev.limber.json.JsonValue;
import dev.limber.screening.RuleBook;
import dev.limber.session.SessionRecord;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * What a person's charts show over the last {@code days} days, today included: the daily mean pain,
 * sessions per week (Monday to Sunday, every week the range touches) and relief per technique over
 * the sessions in the range, as the person's own insights compute them. Pure.
 */
public record Progress(
    int days,
    LocalDate from,
    List<Insights.PainPoint> painTrend,
    List<Insights.WeekCount> sessionsPerWeek,
    List<Insights.TechniqueRelief> relief)
    implements JsonValue {
  public Progress {
    if (days < 1) {
      throw new IllegalArgumentException("days < 1: " + days);
    }
    painTrend = List.copyOf(painTrend);
    sessionsPerWeek = List.copyOf(sessionsPerWeek);
    relief = List.copyOf(relief);
  }

  /** The progress of these entries (any range; those outside the days are left out). */
  public static Progress of(
      List<CheckIn> checkIns, List<SessionRecord> sessions, int days, RuleBook rules, Clock clock) {
    ZoneId zone = clock.getZone();
    LocalDate today = LocalDate.now(clock);
    LocalDate from = today.minusDays(days - 1L);
    List<CheckIn> inRange =
        checkIns.stream().filter(each -> !day(each.at(), zone).isBefore(from)).toList();
    List<SessionRecord> sessionsInRange =
        sessions.stream().filter(each -> !day(each.started(), zone).isBefore(from)).toList();
    TreeMap<LocalDate, int[]> byDay = new TreeMap<>();
    for (PainReading reading : PainReading.of(inRange, sessionsInRange)) {
      LocalDate day = day(reading.at(), zone);
      if (!day.isBefore(from) && !day.isAfter(today)) {
        int[] sumAndCount = byDay.computeIfAbsent(day, key -> new int[2]);
        sumAndCount[0] += reading.pain();
        sumAndCount[1]++;
      }
    }
    List<Insights.PainPoint> trend = new ArrayList<>();
    byDay.forEach(
        (day, sumAndCount) ->
            trend.add(
                new Insights.PainPoint(
                    day,
                    BigDecimal.valueOf(sumAndCount[0])
                        .divide(BigDecimal.valueOf(sumAndCount[1]), 1, RoundingMode.HALF_UP),
                    sumAndCount[1])));
    List<Insights.WeekCount> weeks = new ArrayList<>();
    LocalDate monday = from.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
    while (!monday.isAfter(today)) {
      LocalDate start = monday;
      LocalDate end = monday.plusDays(7);
      int count =
          (int)
              sessionsInRange.stream()
                  .map(session -> day(session.started(), zone))
                  .filter(day -> !day.isBefore(start) && day.isBefore(end))
                  .count();
      weeks.add(new Insights.WeekCount(monday, count));
      monday = end;
    }
    List<Insights.TechniqueRelief> relief =
        Insights.of(inRange, sessionsInRange, rules, clock).relief();
    return new Progress(days, from, trend, weeks, relief);
  }

  private static LocalDate day(java.time.Instant at, ZoneId zone) {
    return LocalDate.ofInstant(at, zone);
  }

  @Override
  public Object toJson() {
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("days", days);
    json.put("from", from.toString());
    json.put("painTrend", painTrend);
    json.put("sessionsPerWeek", sessionsPerWeek);
    json.put("relief", relief);
    return json;
  }
}

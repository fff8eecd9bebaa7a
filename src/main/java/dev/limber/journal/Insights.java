package dev.limber.journal;

import dev.limber.json.JsonValue;
import dev.limber.screening.Policy;
import dev.limber.screening.Rule;
import dev.limber.screening.RuleBook;
import dev.limber.session.Outcome;
import dev.limber.session.SegmentRecord;
import dev.limber.session.SessionRecord;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * What the journal shows: the pain trend (a daily mean over the last {@link #TREND_DAYS} days),
 * relief per technique (mean change in pain from before to after a session, with the count),
 * sessions per week, cracking against its limits, and the escalations it supports (S4, S8, S11),
 * each with its rule and sources from the rule data.
 */
public record Insights(
    List<PainPoint> painTrend,
    List<TechniqueRelief> relief,
    List<WeekCount> sessionsPerWeek,
    CrackingStatus cracking,
    List<Escalation> escalations)
    implements JsonValue {
  public static final int TREND_DAYS = 90;
  public static final int WEEKS_SHOWN = 12;

  public Insights {
    painTrend = List.copyOf(painTrend);
    relief = List.copyOf(relief);
    sessionsPerWeek = List.copyOf(sessionsPerWeek);
    escalations = List.copyOf(escalations);
  }

  /** The mean pain of one day with readings (one decimal), and how many readings it averages. */
  public record PainPoint(LocalDate date, BigDecimal pain, int readings) implements JsonValue {
    @Override
    public Object toJson() {
      Map<String, Object> json = new LinkedHashMap<>();
      json.put("date", date.toString());
      json.put("pain", pain);
      json.put("readings", readings);
      return json;
    }
  }

  /**
   * How one technique went: the mean change in pain (after minus before, so negative is relief; one
   * decimal) over the sessions that did it and recorded pain both times.
   */
  public record TechniqueRelief(String techniqueId, int sessions, BigDecimal meanChange)
      implements JsonValue {
    @Override
    public Object toJson() {
      Map<String, Object> json = new LinkedHashMap<>();
      json.put("techniqueId", techniqueId);
      json.put("sessions", sessions);
      json.put("meanChange", meanChange);
      return json;
    }
  }

  /** Sessions started in the week beginning on Monday {@code weekStart}. */
  public record WeekCount(LocalDate weekStart, int sessions) implements JsonValue {
    @Override
    public Object toJson() {
      Map<String, Object> json = new LinkedHashMap<>();
      json.put("weekStart", weekStart.toString());
      json.put("sessions", sessions);
      return json;
    }
  }

  /** The insights of a whole journal, read as of the clock's instant, days in the clock's zone. */
  public static Insights of(Journal journal, RuleBook rules, Clock clock) {
    return of(
        journal.checkIns(Instant.MIN, Instant.MAX),
        journal.sessions(Instant.MIN, Instant.MAX),
        rules,
        clock);
  }

  /**
   * The insights of a whole journal with the pain trend over the last {@code days} days and the
   * weeks that span them (at least one), as of the clock's instant.
   */
  public static Insights of(Journal journal, RuleBook rules, Clock clock, int days) {
    return of(
        journal.checkIns(Instant.MIN, Instant.MAX),
        journal.sessions(Instant.MIN, Instant.MAX),
        rules,
        clock,
        days);
  }

  /** The insights of these entries (each list oldest first). */
  public static Insights of(
      List<CheckIn> checkIns, List<SessionRecord> sessions, RuleBook rules, Clock clock) {
    return of(checkIns, sessions, rules, clock, TREND_DAYS);
  }

  /** The insights of these entries over the last {@code days} days (each list oldest first). */
  public static Insights of(
      List<CheckIn> checkIns, List<SessionRecord> sessions, RuleBook rules, Clock clock, int days) {
    if (days < 1) {
      throw new IllegalArgumentException("days < 1: " + days);
    }
    List<PainReading> readings = PainReading.of(checkIns, sessions);
    CrackingStatus cracking = new FrequencyGuard(rules.policy(), clock).check(checkIns, sessions);
    int weeks = days == TREND_DAYS ? WEEKS_SHOWN : Math.max(1, (days + 6) / 7);
    return new Insights(
        painTrend(readings, clock, days),
        relief(sessions),
        sessionsPerWeek(sessions, clock, weeks),
        cracking,
        escalations(checkIns, sessions, readings, rules, clock));
  }

  private static List<PainPoint> painTrend(List<PainReading> readings, Clock clock, int days) {
    ZoneId zone = clock.getZone();
    LocalDate today = LocalDate.now(clock);
    LocalDate first = today.minusDays(days - 1L);
    TreeMap<LocalDate, int[]> byDay = new TreeMap<>();
    for (PainReading reading : readings) {
      LocalDate day = LocalDate.ofInstant(reading.at(), zone);
      if (!day.isBefore(first) && !day.isAfter(today)) {
        int[] sumAndCount = byDay.computeIfAbsent(day, key -> new int[2]);
        sumAndCount[0] += reading.pain();
        sumAndCount[1]++;
      }
    }
    List<PainPoint> trend = new ArrayList<>(byDay.size());
    byDay.forEach(
        (day, sumAndCount) ->
            trend.add(new PainPoint(day, mean(sumAndCount[0], sumAndCount[1]), sumAndCount[1])));
    return trend;
  }

  /** The last pain score of a session: where it was stopped for pain, else its closing check. */
  private static Optional<Integer> finalPain(SessionRecord session) {
    return session
        .stoppedForPain()
        .map(stop -> stop.painScore())
        .or(() -> Optional.ofNullable(session.painAfter()));
  }

  private static List<TechniqueRelief> relief(List<SessionRecord> sessions) {
    Map<String, int[]> byTechnique = new LinkedHashMap<>();
    for (SessionRecord session : sessions) {
      Optional<Integer> after = finalPain(session);
      if (session.painBefore() == null || after.isEmpty()) {
        continue;
      }
      int change = after.get() - session.painBefore();
      for (String techniqueId : techniquesDone(session)) {
        int[] sumAndCount = byTechnique.computeIfAbsent(techniqueId, key -> new int[2]);
        sumAndCount[0] += change;
        sumAndCount[1]++;
      }
    }
    List<TechniqueRelief> relief = new ArrayList<>(byTechnique.size());
    byTechnique.forEach(
        (techniqueId, sumAndCount) ->
            relief.add(
                new TechniqueRelief(
                    techniqueId, sumAndCount[1], mean(sumAndCount[0], sumAndCount[1]))));
    relief.sort(
        Comparator.comparing(TechniqueRelief::meanChange)
            .thenComparing(TechniqueRelief::sessions, Comparator.reverseOrder())
            .thenComparing(TechniqueRelief::techniqueId));
    return relief;
  }

  /** The techniques of a session with at least one segment played, not only planned. */
  private static Set<String> techniquesDone(SessionRecord session) {
    Set<String> done = new LinkedHashSet<>();
    for (SegmentRecord segment : session.segments()) {
      if (segment.techniqueId() != null && segment.outcome() == Outcome.DONE) {
        done.add(segment.techniqueId());
      }
    }
    return done;
  }

  private static List<WeekCount> sessionsPerWeek(
      List<SessionRecord> sessions, Clock clock, int weeksShown) {
    ZoneId zone = clock.getZone();
    LocalDate thisWeek =
        LocalDate.now(clock).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
    LocalDate firstWeek = thisWeek.minusWeeks(weeksShown - 1);
    int[] counts = new int[weeksShown];
    for (SessionRecord session : sessions) {
      LocalDate week =
          LocalDate.ofInstant(session.started(), zone)
              .with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
      long index = ChronoUnit.WEEKS.between(firstWeek, week);
      if (index >= 0 && index < weeksShown) {
        counts[(int) index]++;
      }
    }
    List<WeekCount> weeks = new ArrayList<>(weeksShown);
    for (int index = 0; index < weeksShown; index++) {
      weeks.add(new WeekCount(firstWeek.plusWeeks(index), counts[index]));
    }
    return weeks;
  }

  private static List<Escalation> escalations(
      List<CheckIn> checkIns,
      List<SessionRecord> sessions,
      List<PainReading> readings,
      RuleBook rules,
      Clock clock) {
    Policy policy = rules.policy();
    Instant now = clock.instant();
    List<Escalation> escalations = new ArrayList<>();
    HistoryFiller.painDurationWeeks(readings, LocalDate.now(clock), clock.getZone())
        .filter(weeks -> weeks.compareTo(BigDecimal.valueOf(policy.persistentPainWeeks())) >= 0)
        .ifPresent(
            weeks ->
                escalations.add(
                    escalation(
                        rules.requireRule("S4"),
                        "Every pain score in the journal has been above 0 for "
                            + weeksAndDays(weeks)
                            + ".")));
    painfulCracking(checkIns, sessions, policy, clock)
        .ifPresent(evidence -> escalations.add(escalation(rules.requireRule("S8"), evidence)));
    worsening(readings, policy, clock)
        .ifPresent(evidence -> escalations.add(escalation(rules.requireRule("S11"), evidence)));
    return escalations;
  }

  // Cracks while in pain: a cracked check-in with pain, or a self-crack session begun in pain.
  private static Optional<String> painfulCracking(
      List<CheckIn> checkIns, List<SessionRecord> sessions, Policy policy, Clock clock) {
    ZoneId zone = clock.getZone();
    LocalDate today = LocalDate.now(clock);
    List<Instant> painfulCracks = new ArrayList<>();
    checkIns.stream()
        .filter(checkIn -> checkIn.cracked() && checkIn.pain() > 0)
        .forEach(checkIn -> painfulCracks.add(checkIn.at()));
    sessions.stream()
        .filter(
            session ->
                session.usedSelfCrack() && session.painBefore() != null && session.painBefore() > 0)
        .forEach(session -> painfulCracks.add(session.started()));
    Set<LocalDate> days = new HashSet<>();
    int crackedToday = 0;
    for (Instant crack : painfulCracks) {
      LocalDate day = LocalDate.ofInstant(crack, zone);
      long daysAgo = ChronoUnit.DAYS.between(day, today);
      if (daysAgo >= 0 && daysAgo < 7) {
        days.add(day);
      }
      if (daysAgo == 0) {
        crackedToday++;
      }
    }
    if (days.size() >= policy.frequentCrackingDaysPerWeek()) {
      return Optional.of(
          "You cracked your back while in pain on " + days.size() + " of the last 7 days.");
    }
    if (crackedToday >= policy.habitualCrackSessionsToday()) {
      return Optional.of("You cracked your back while in pain " + crackedToday + " times today.");
    }
    return Optional.empty();
  }

  /** A duration in weeks as people say it: "4 weeks", "4 weeks and 3 days". */
  static String weeksAndDays(BigDecimal weeks) {
    long days =
        weeks
            .multiply(BigDecimal.valueOf(7))
            .setScale(0, java.math.RoundingMode.HALF_UP)
            .longValue();
    long whole = days / 7;
    long rest = days % 7;
    String text = whole + (whole == 1 ? " week" : " weeks");
    return rest == 0 ? text : text + " and " + rest + (rest == 1 ? " day" : " days");
  }

  private static Optional<String> worsening(
      List<PainReading> readings, Policy policy, Clock clock) {
    if (readings.size() < 2) {
      return Optional.empty();
    }
    PainReading latest = readings.get(readings.size() - 1);
    PainReading previous = readings.get(readings.size() - 2);
    boolean recent =
        Duration.between(latest.at(), clock.instant()).compareTo(HistoryFiller.LONGEST_GAP) <= 0;
    if (!recent || latest.pain() - previous.pain() < policy.clinicallyImportantPainRise()) {
      return Optional.empty();
    }
    ZoneId zone = clock.getZone();
    return Optional.of(
        "Your latest pain score is "
            + latest.pain()
            + " ("
            + LocalDate.ofInstant(latest.at(), zone)
            + "), up from "
            + previous.pain()
            + " ("
            + LocalDate.ofInstant(previous.at(), zone)
            + ").");
  }

  private static Escalation escalation(Rule rule, String evidence) {
    return new Escalation(rule.id(), rule.message(), rule.sources(), evidence);
  }

  private static BigDecimal mean(int sum, int count) {
    return BigDecimal.valueOf(sum).divide(BigDecimal.valueOf(count), 1, RoundingMode.HALF_EVEN);
  }

  @Override
  public Object toJson() {
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("painTrend", painTrend);
    json.put("relief", relief);
    json.put("sessionsPerWeek", sessionsPerWeek);
    json.put("cracking", cracking);
    json.put("escalations", escalations);
    return json;
  }
}

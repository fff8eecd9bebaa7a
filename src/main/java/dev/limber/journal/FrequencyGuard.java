package dev.limber.journal;

import dev.limber.screening.Policy;
import dev.limber.session.SessionRecord;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Watches how often a person cracks their back, against the limits of the rule data: one self-crack
 * session a day (X6) and cracking on fewer than {@code frequentCrackingDaysPerWeek} days a week
 * (X5). "Today" is the calendar day of the clock in its zone. Thread-safe.
 */
public final class FrequencyGuard {
  /** How far back "typical days per week" looks (spec/screening.md §2: the last 4 weeks). */
  public static final int TYPICAL_WEEKS = 4;

  private final Policy policy;
  private final Clock clock;

  public FrequencyGuard(Policy policy, Clock clock) {
    this.policy = policy;
    this.clock = clock;
  }

  /** The cracking status from these entries (any order; older ones are ignored). */
  public CrackingStatus check(List<CheckIn> checkIns, List<SessionRecord> sessions) {
    ZoneId zone = clock.getZone();
    LocalDate today = LocalDate.now(clock);
    List<Instant> cracks = cracks(checkIns, sessions);
    int cracksToday = 0;
    Set<LocalDate> lastWeek = new HashSet<>();
    Set<LocalDate> lastFourWeeks = new HashSet<>();
    for (Instant crack : cracks) {
      LocalDate day = LocalDate.ofInstant(crack, zone);
      long daysAgo = ChronoUnit.DAYS.between(day, today);
      if (daysAgo == 0) {
        cracksToday++;
      }
      if (daysAgo >= 0 && daysAgo < 7) {
        lastWeek.add(day);
      }
      if (daysAgo >= 0 && daysAgo < 7 * TYPICAL_WEEKS) {
        lastFourWeeks.add(day);
      }
    }
    return new CrackingStatus(
        cracksToday,
        policy.dailySelfCrackSessions(),
        lastWeek.size(),
        policy.frequentCrackingDaysPerWeek(),
        typicalDaysPerWeek(lastFourWeeks.size(), weeksCovered(checkIns, sessions, today, zone)));
  }

  /** The moments of every crack: cracked check-ins, and sessions that used a self-crack. */
  static List<Instant> cracks(List<CheckIn> checkIns, List<SessionRecord> sessions) {
    return java.util.stream.Stream.concat(
            checkIns.stream().filter(CheckIn::cracked).map(CheckIn::at),
            sessions.stream().filter(SessionRecord::usedSelfCrack).map(SessionRecord::started))
        .toList();
  }

  // A journal younger than four weeks divides by the weeks it covers, not by four.
  private static int weeksCovered(
      List<CheckIn> checkIns, List<SessionRecord> sessions, LocalDate today, ZoneId zone) {
    Instant first =
        java.util.stream.Stream.concat(
                checkIns.stream().map(CheckIn::at), sessions.stream().map(SessionRecord::started))
            .min(Instant::compareTo)
            .orElse(null);
    if (first == null) {
      return 1;
    }
    long days = ChronoUnit.DAYS.between(LocalDate.ofInstant(first, zone), today) + 1;
    long weeks = (days + 6) / 7;
    return (int) Math.max(1, Math.min(TYPICAL_WEEKS, weeks));
  }

  // Rounded up: a person between two counts is treated as cracking on the more frequent one.
  private static int typicalDaysPerWeek(int crackingDays, int weeks) {
    return Math.min(7, (crackingDays + weeks - 1) / weeks);
  }
}

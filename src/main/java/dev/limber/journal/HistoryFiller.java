package dev.limber.journal;

import dev.limber.screening.HistoryFill;
import dev.limber.screening.Policy;
import dev.limber.screening.ProfessionalReview;
import dev.limber.session.SessionRecord;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * Reads the journal for the screening fields a person may leave out (spec/screening.md §2): cracks
 * today, cracking days per week, the previous pain score and how long the pain has lasted. The
 * screening uses each only when the answers do not give it. Thread-safe.
 */
public final class HistoryFiller {
  /** Readings further apart than this break a run of pain: the journal cannot vouch for the gap. */
  public static final Duration LONGEST_GAP = Duration.ofDays(7);

  private static final int MAX_CRACK_SESSIONS = 100;
  private static final BigDecimal MAX_WEEKS = BigDecimal.valueOf(5200);
  private static final BigDecimal SECONDS_PER_WEEK = BigDecimal.valueOf(7 * 24 * 3600);

  private final FrequencyGuard guard;
  private final PainFlags painFlags;
  private final Policy policy;
  private final Clock clock;

  public HistoryFiller(Policy policy, Clock clock) {
    this.guard = new FrequencyGuard(policy, clock);
    this.painFlags = new PainFlags(policy.clinicallyImportantPainRise(), clock.getZone());
    this.policy = policy;
    this.clock = clock;
  }

  /** What the journal knows; nothing when it is empty. */
  public HistoryFill fill(Journal journal) {
    return read(journal).fill();
  }

  /**
   * The fill, the open pain flags and the latest review. Flags never expire, so every session and
   * check-in is read (spec/screening.md §2.1).
   */
  public SafetyHistory read(Journal journal) {
    return read(
        journal.checkIns(Instant.MIN, Instant.MAX),
        journal.sessions(Instant.MIN, Instant.MAX),
        journal.reviews());
  }

  /** What these entries tell; nothing when there are none. */
  public SafetyHistory read(
      List<CheckIn> checkIns, List<SessionRecord> sessions, List<Review> reviews) {
    Instant now = clock.instant();
    Instant yearAgo = now.minus(Duration.ofDays(366));
    List<CheckIn> recentCheckIns =
        checkIns.stream().filter(entry -> entry.at().isAfter(yearAgo)).toList();
    List<SessionRecord> recentSessions =
        sessions.stream().filter(entry -> entry.started().isAfter(yearAgo)).toList();
    HistoryFill counts = fill(recentCheckIns, recentSessions);
    List<PainFlag> open = painFlags.open(sessions, checkIns, reviews);
    Optional<Review> latestReview =
        reviews.stream().max(java.util.Comparator.comparing(Review::recordedAt));
    LocalDate windowStart = LocalDate.now(clock).minusWeeks(policy.professionalReviewWeeks());
    Optional<ProfessionalReview> review =
        open.isEmpty()
                && reviews.stream()
                    .anyMatch(
                        entry ->
                            !entry.date().isBefore(windowStart)
                                && !entry.date().isAfter(LocalDate.now(clock)))
            ? Optional.of(ProfessionalReview.EXERCISE_ADVISED)
            : Optional.empty();
    HistoryFill fill =
        new HistoryFill(
            counts.crackSessionsToday(),
            counts.crackingDaysPerWeek(),
            counts.previousPainScore(),
            counts.painDurationWeeks(),
            open.stream().anyMatch(PainFlag::meansPainDuringCracking),
            open.stream().anyMatch(flag -> !flag.meansPainDuringCracking()),
            !open.isEmpty(),
            review);
    return new SafetyHistory(fill, open, latestReview);
  }

  /** The counts and readings these entries tell; nothing when there are none. */
  public HistoryFill fill(List<CheckIn> checkIns, List<SessionRecord> sessions) {
    if (checkIns.isEmpty() && sessions.isEmpty()) {
      return HistoryFill.NONE;
    }
    CrackingStatus cracking = guard.check(checkIns, sessions);
    List<PainReading> readings = PainReading.of(checkIns, sessions);
    Optional<Integer> previousPain =
        readings.isEmpty()
            ? Optional.empty()
            : Optional.of(readings.get(readings.size() - 1).pain());
    return HistoryFill.of(
        Optional.of(Math.min(MAX_CRACK_SESSIONS, cracking.cracksToday())),
        Optional.of(cracking.crackingDaysPerWeek()),
        previousPain,
        painDurationWeeks(readings, clock.instant()));
  }

  /**
   * How long the current run of pain has lasted, in weeks to one decimal (rounded down): from the
   * first of the latest unbroken run of readings above 0 until now. Empty when the latest reading
   * is pain-free or older than {@link #LONGEST_GAP}.
   */
  static Optional<BigDecimal> painDurationWeeks(List<PainReading> readings, Instant now) {
    if (readings.isEmpty()) {
      return Optional.empty();
    }
    PainReading latest = readings.get(readings.size() - 1);
    if (latest.pain() == 0 || Duration.between(latest.at(), now).compareTo(LONGEST_GAP) > 0) {
      return Optional.empty();
    }
    Instant runStart = latest.at();
    for (int index = readings.size() - 2; index >= 0; index--) {
      PainReading earlier = readings.get(index);
      if (earlier.pain() == 0
          || Duration.between(earlier.at(), runStart).compareTo(LONGEST_GAP) > 0) {
        break;
      }
      runStart = earlier.at();
    }
    long seconds = Math.max(0, Duration.between(runStart, now).getSeconds());
    BigDecimal weeks = BigDecimal.valueOf(seconds).divide(SECONDS_PER_WEEK, 1, RoundingMode.DOWN);
    return Optional.of(weeks.min(MAX_WEEKS));
  }
}

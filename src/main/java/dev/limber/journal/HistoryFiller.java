package dev.limber.journal;

import dev.limber.screening.HistoryFill;
import dev.limber.screening.PainNotes;
import dev.limber.screening.Policy;
import dev.limber.screening.ProfessionalReview;
import dev.limber.session.PainStop;
import dev.limber.session.SessionRecord;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;

/**
 * Reads the journal for a screening exactly as spec/screening.md §2.2 says: cracks today and
 * cracking days per week, the previous resting pain score, how long the current run of pain has
 * lasted, the open pain flags, the graded pain of rev. 3 (held techniques, a recent mild stop, an
 * open new-symptom flag, the follow-up of an open mild stop) and the latest review by date. The
 * screening uses the counts only when the answers do not give them. Thread-safe.
 */
public final class HistoryFiller {
  /** Readings further apart than this break a run of pain (§2.2). */
  public static final Duration LONGEST_GAP = Duration.ofDays(28);

  private static final int MAX_CRACK_SESSIONS = 100;
  private static final BigDecimal MAX_WEEKS = BigDecimal.valueOf(5200);
  private static final BigDecimal DAYS_PER_WEEK = BigDecimal.valueOf(7);
  // Enough places that days / 7 compares with any whole number of weeks as the exact fraction does.
  private static final int WEEKS_SCALE = 6;
  private static final DateTimeFormatter DAY =
      DateTimeFormatter.ofPattern("EEEE d MMMM", Locale.ENGLISH);

  private final FrequencyGuard guard;
  private final PainFlags painFlags;
  private final Policy policy;
  private final Clock clock;
  private final Function<String, String> techniqueNames;

  /** Names techniques by their id in the follow-up question. */
  public HistoryFiller(Policy policy, Clock clock, Function<String, String> techniqueNames) {
    this.guard = new FrequencyGuard(policy, clock);
    this.painFlags = painFlags(policy, clock.getZone());
    this.policy = policy;
    this.clock = clock;
    this.techniqueNames = techniqueNames;
  }

  public HistoryFiller(Policy policy, Clock clock) {
    this(policy, clock, Function.identity());
  }

  /** The pain flags as this policy grades them, in a zone. */
  public static PainFlags painFlags(Policy policy, ZoneId zone) {
    return new PainFlags(
        policy.clinicallyImportantPainRise(),
        policy.severePainMin(),
        policy.mildStopRepeatDays(),
        policy.painHoldDays(),
        zone);
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
        journal.screenings(Instant.MIN, Instant.MAX),
        journal.reviews());
  }

  /**
   * The pain flags these entries leave open, oldest first, as {@link #read} finds them without the
   * rest of its reading: entries dated after now are left out.
   */
  public List<PainFlag> openFlags(
      List<CheckIn> checkIns,
      List<SessionRecord> sessions,
      List<ScreeningRecord> screenings,
      List<Review> reviews) {
    Instant now = clock.instant();
    return painFlags.open(
        sessions.stream().filter(entry -> !entry.started().isAfter(now)).toList(),
        checkIns.stream().filter(entry -> !entry.at().isAfter(now)).toList(),
        screenings,
        reviews);
  }

  /** What these entries tell; nothing when there are none. */
  public SafetyHistory read(
      List<CheckIn> checkIns,
      List<SessionRecord> sessions,
      List<ScreeningRecord> screenings,
      List<Review> reviews) {
    Instant now = clock.instant();
    LocalDate today = LocalDate.now(clock);
    // Only what has happened counts: an entry dated after now (a clock set wrong) is left out.
    List<CheckIn> pastCheckIns =
        checkIns.stream().filter(entry -> !entry.at().isAfter(now)).toList();
    List<SessionRecord> pastSessions =
        sessions.stream().filter(entry -> !entry.started().isAfter(now)).toList();
    HistoryFill counts = fill(pastCheckIns, pastSessions);
    List<PainFlag> open = openFlags(pastCheckIns, pastSessions, screenings, reviews);
    List<Review> pastReviews =
        reviews.stream().filter(review -> !review.date().isAfter(today)).toList();
    Optional<Review> latestReview =
        pastReviews.stream()
            .max(Comparator.comparing(Review::date).thenComparing(Review::recordedAt));
    boolean blocked = open.stream().anyMatch(PainFlag::needsReview);
    long windowDays = 7L * policy.professionalReviewWeeks();
    Optional<ProfessionalReview> review =
        !blocked
                && latestReview
                    .filter(entry -> ChronoUnit.DAYS.between(entry.date(), today) < windowDays)
                    .isPresent()
            ? Optional.of(ProfessionalReview.EXERCISE_ADVISED)
            : Optional.empty();
    PainNotes notes =
        new PainNotes(
            open.stream().anyMatch(flag -> flag.kind() == PainFlagKind.NEW_SYMPTOM),
            painFlags.mildStopHeld(pastSessions, today),
            painFlags.heldTechniques(pastSessions, today),
            Optional.empty());
    Optional<String> followUp =
        open.stream()
            .filter(flag -> flag.kind() == PainFlagKind.PAIN_NOTED)
            .reduce((first, second) -> second)
            .map(this::followUpQuestion);
    HistoryFill fill =
        new HistoryFill(
            counts.crackSessionsToday(),
            counts.crackingDaysPerWeek(),
            counts.previousPainScore(),
            counts.painDurationWeeks(),
            open.stream().anyMatch(PainFlag::meansPainDuringCracking),
            open.stream().anyMatch(PainFlag::meansPainDuringStretching),
            blocked,
            review,
            notes,
            followUp);
    return new SafetyHistory(fill, open, latestReview);
  }

  /** The follow-up of a mild stop, in the person's words (§2.1). */
  public String followUpQuestion(PainFlag flag) {
    String technique =
        flag.techniqueId() == null
            ? "a stretch"
            : "\u201c" + techniqueNames.apply(flag.techniqueId()) + "\u201d";
    return "Your session on "
        + DAY.format(flag.openedAt().atZone(clock.getZone()))
        + " stopped because "
        + technique
        + " hurt. Is your back back to how it was before that session?";
  }

  /** The counts and readings these entries tell; nothing when there are none. */
  public HistoryFill fill(List<CheckIn> checkIns, List<SessionRecord> sessions) {
    if (checkIns.isEmpty() && sessions.isEmpty()) {
      return HistoryFill.NONE;
    }
    CrackingStatus cracking = guard.check(checkIns, sessions);
    return HistoryFill.of(
        Optional.of(Math.min(MAX_CRACK_SESSIONS, cracking.cracksToday())),
        Optional.of(cracking.crackingDaysPerWeek()),
        latestRestingReading(checkIns, sessions).map(PainReading::pain),
        painDurationWeeks(readings(checkIns, sessions), LocalDate.now(clock), clock.getZone()));
  }

  /**
   * Every reading (§2.2), oldest first: check-ins, and each session's starting score, the scores
   * asked at its stops and its closing score.
   */
  static List<PainReading> readings(List<CheckIn> checkIns, List<SessionRecord> sessions) {
    List<PainReading> readings = new ArrayList<>();
    for (CheckIn checkIn : checkIns) {
      readings.add(new PainReading(checkIn.at(), checkIn.pain()));
    }
    for (SessionRecord session : sessions) {
      if (session.painBefore() != null) {
        readings.add(new PainReading(session.started(), session.painBefore()));
      }
      for (PainStop stop : session.painStops()) {
        readings.add(new PainReading(session.stoppedAt(stop), stop.painScore()));
      }
      if (session.painAfter() != null) {
        readings.add(new PainReading(session.ended(), session.painAfter()));
      }
    }
    readings.sort(Comparator.comparing(PainReading::at));
    return readings;
  }

  /**
   * The latest resting reading (§2.2): a check-in outside every session, or a session's starting
   * score. Stop and closing scores show the exercise's effect, which WORSENING measures instead.
   */
  static Optional<PainReading> latestRestingReading(
      List<CheckIn> checkIns, List<SessionRecord> sessions) {
    List<PainReading> resting = new ArrayList<>();
    for (CheckIn checkIn : checkIns) {
      boolean during =
          sessions.stream()
              .anyMatch(
                  session ->
                      !checkIn.at().isBefore(session.started())
                          && checkIn.at().isBefore(session.ended()));
      if (!during) {
        resting.add(new PainReading(checkIn.at(), checkIn.pain()));
      }
    }
    for (SessionRecord session : sessions) {
      if (session.painBefore() != null) {
        resting.add(new PainReading(session.started(), session.painBefore()));
      }
    }
    return resting.stream().max(Comparator.comparing(PainReading::at));
  }

  /**
   * How long the current run of pain has lasted (§2.2): the readings of 1 or more going back from
   * the latest, ended by a reading of 0 or a gap of more than {@link #LONGEST_GAP}; the days from
   * the run's first reading to today, over 7. Empty when the latest reading is pain-free or older
   * than the gap.
   */
  static Optional<BigDecimal> painDurationWeeks(
      List<PainReading> readings, LocalDate today, ZoneId zone) {
    if (readings.isEmpty()) {
      return Optional.empty();
    }
    PainReading latest = readings.get(readings.size() - 1);
    long latestDaysAgo = ChronoUnit.DAYS.between(LocalDate.ofInstant(latest.at(), zone), today);
    if (latest.pain() == 0 || latestDaysAgo > LONGEST_GAP.toDays()) {
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
    long days = Math.max(0, ChronoUnit.DAYS.between(LocalDate.ofInstant(runStart, zone), today));
    BigDecimal weeks =
        BigDecimal.valueOf(days).divide(DAYS_PER_WEEK, WEEKS_SCALE, RoundingMode.DOWN);
    return Optional.of(weeks.min(MAX_WEEKS).stripTrailingZeros());
  }
}

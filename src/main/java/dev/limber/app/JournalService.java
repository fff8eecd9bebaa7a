package dev.limber.app;

import dev.limber.journal.CheckIn;
import dev.limber.journal.CrackingStatus;
import dev.limber.journal.FrequencyGuard;
import dev.limber.journal.HistoryFiller;
import dev.limber.journal.Insights;
import dev.limber.journal.Journal;
import dev.limber.journal.JournalContents;
import dev.limber.journal.JournalExport;
import dev.limber.journal.PainFlag;
import dev.limber.journal.PainFlags;
import dev.limber.journal.Review;
import dev.limber.journal.Reviewer;
import dev.limber.journal.SafetyHistory;
import dev.limber.json.FieldError;
import dev.limber.json.StoredText;
import dev.limber.screening.RuleBook;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The journal for every face: check-ins, professional reviews, the history of the last days,
 * insights, export, import and forgetting. Each method works on the person's own journal and
 * refuses bad input with {@link InvalidInput} before storing anything. Thread-safe.
 */
public final class JournalService {
  private final RuleBook rules;
  private final Clock clock;

  public JournalService(RuleBook rules, Clock clock) {
    this.rules = rules;
    this.clock = clock;
  }

  /** The journal read in the person's zone (spec/screening.md §2.2). */
  private HistoryFiller filler(Person person) {
    return new HistoryFiller(rules.policy(), person.clockIn(clock));
  }

  private PainFlags painFlags(Person person) {
    return HistoryFiller.painFlags(rules.policy(), person.clockIn(clock).getZone());
  }

  /**
   * What a check-in kept, and what the journal says after it: how often the person cracked lately
   * (only after a crack) and the pain flags open now.
   */
  public record CheckedIn(
      CheckIn checkIn, Optional<CrackingStatus> cracking, List<PainFlag> openFlags) {
    public CheckedIn {
      openFlags = List.copyOf(openFlags);
    }
  }

  /** Records pain now (0–10), whether the person cracked their back, and an optional note. */
  public CheckedIn checkIn(Person person, Integer pain, boolean cracked, String note) {
    List<FieldError> errors = new ArrayList<>();
    if (pain == null || pain < 0 || pain > 10) {
      errors.add(new FieldError("pain", "must be a whole number from 0 to 10, found " + pain));
    }
    requireNote(note, CheckIn.MAX_NOTE_LENGTH, errors);
    if (!errors.isEmpty()) {
      throw new InvalidInput(errors);
    }
    CheckIn checkIn = new CheckIn(clock.instant(), pain, cracked, note);
    Journal journal = person.requireJournal();
    journal.add(checkIn);
    Optional<CrackingStatus> cracking =
        cracked ? Optional.of(cracking(person, journal)) : Optional.empty();
    return new CheckedIn(checkIn, cracking, filler(person).read(journal).openFlags());
  }

  /** The frequency guard over the weeks it looks at (X6). */
  private CrackingStatus cracking(Person person, Journal journal) {
    Instant since = clock.instant().minus(Duration.ofDays(7L * FrequencyGuard.TYPICAL_WEEKS));
    return new FrequencyGuard(rules.policy(), person.clockIn(clock))
        .check(journal.checkIns(since, Instant.MAX), journal.sessions(since, Instant.MAX));
  }

  /** What recording a review did: the review, and the pain flags it closed. */
  public record Reviewed(Review review, List<PainFlag> closedFlags) {
    public Reviewed {
      closedFlags = List.copyOf(closedFlags);
    }
  }

  /**
   * Records a professional review (§2.1): {@code date} defaults to today and may not lie in the
   * future. It closes every flag open now.
   */
  public Reviewed review(Person person, Reviewer by, Optional<LocalDate> date, String note) {
    List<FieldError> errors = new ArrayList<>();
    LocalDate today = LocalDate.now(person.clockIn(clock));
    LocalDate seen = date.orElse(today);
    if (by == null) {
      errors.add(new FieldError("by", "is required: PHYSIOTHERAPIST, DOCTOR or OTHER"));
    }
    if (seen.isAfter(today)) {
      errors.add(new FieldError("date", "must not be in the future, found " + seen));
    }
    if (seen.isBefore(Review.EARLIEST)) {
      errors.add(
          new FieldError("date", "must not be before " + Review.EARLIEST + ", found " + seen));
    }
    requireNote(note, Review.MAX_NOTE_LENGTH, errors);
    if (!errors.isEmpty()) {
      throw new InvalidInput(errors);
    }
    Journal journal = person.requireJournal();
    List<PainFlag> open = filler(person).read(journal).openFlags();
    Review review = new Review(seen, by, note, clock.instant());
    journal.add(review);
    PainFlags flags = painFlags(person);
    return new Reviewed(review, open.stream().filter(flag -> flags.closes(review, flag)).toList());
  }

  public List<Review> reviews(Person person) {
    return person.requireJournal().reviews();
  }

  /** The last {@code days} days, today included (1–3650). */
  public HistoryView history(Person person, int days) {
    if (days < 1 || days > HistoryView.MAX_DAYS) {
      throw InvalidInput.of(
          "days", "must be a whole number from 1 to " + HistoryView.MAX_DAYS + ", found " + days);
    }
    Journal journal = person.requireJournal();
    Clock local = person.clockIn(clock);
    Instant from =
        LocalDate.now(local).minusDays(days - 1L).atStartOfDay(local.getZone()).toInstant();
    Instant to = Instant.MAX;
    List<Review> reviews =
        journal.reviews().stream().filter(review -> !review.recordedAt().isBefore(from)).toList();
    return new HistoryView(
        days,
        from,
        journal.checkIns(from, to),
        journal.sessions(from, to),
        journal.screenings(from, to),
        reviews,
        filler(person).read(journal).openFlags());
  }

  public JournalInsights insights(Person person) {
    return insights(person, Insights.TREND_DAYS);
  }

  /** As {@link #insights(Person)}, the pain trend and the weeks spanning the last {@code days}. */
  public JournalInsights insights(Person person, int days) {
    if (days < 1 || days > HistoryView.MAX_DAYS) {
      throw InvalidInput.of(
          "days", "must be a whole number from 1 to " + HistoryView.MAX_DAYS + ", found " + days);
    }
    Journal journal = person.requireJournal();
    SafetyHistory safety = filler(person).read(journal);
    return new JournalInsights(
        Insights.of(journal, rules, person.clockIn(clock), days),
        safety.openFlags(),
        safety.latestReview());
  }

  public SafetyHistory safetyHistory(Person person) {
    return filler(person).read(person.requireJournal());
  }

  public JournalExport export(Person person) {
    return new JournalExport(clock.instant(), person.requireJournal().contents());
  }

  /** What an import added, and how many of the file's entries the journal already held. */
  public record Imported(JournalContents added, int alreadyKept) {}

  /**
   * Validates a whole export first, then adds the entries the journal does not hold yet, in one go.
   */
  public Imported importExport(Person person, String text) {
    return importExport(person, new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)));
  }

  /** As {@link #importExport(Person, String)}, reading UTF-8 as it arrives, entry by entry. */
  public Imported importExport(Person person, InputStream utf8) {
    JournalExport.Reading reading = JournalExport.read(utf8, person.clockIn(clock));
    if (!reading.isValid()) {
      throw new InvalidInput(reading.errors());
    }
    Journal journal = person.requireJournal();
    JournalContents incoming = reading.export().orElseThrow().contents();
    JournalContents added = incoming.without(journal.contents());
    journal.addAll(added);
    return new Imported(added, incoming.size() - added.size());
  }

  public void forget(Person person) {
    person.requireJournal().forget();
  }

  /** The note must fit its column and hold no NUL, which PostgreSQL refuses. */
  private static void requireNote(String note, int maxLength, List<FieldError> errors) {
    String problem = note == null ? null : StoredText.problem(note, maxLength);
    if (problem != null) {
      errors.add(new FieldError("note", problem));
    }
  }
}

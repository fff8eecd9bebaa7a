package dev.limber.app;

import dev.limber.journal.HistoryFiller;
import dev.limber.journal.PainFlag;
import dev.limber.journal.SafetyHistory;
import dev.limber.journal.ScreeningRecord;
import dev.limber.json.Json;
import dev.limber.screening.AnswersReader;
import dev.limber.screening.AnswersReading;
import dev.limber.screening.HistoryFill;
import dev.limber.screening.InvalidAnswers;
import dev.limber.screening.ProfessionalReview;
import dev.limber.screening.Reason;
import dev.limber.screening.RuleBook;
import dev.limber.screening.Screener;
import dev.limber.screening.Screening;
import dev.limber.screening.ScreeningResult;
import dev.limber.screening.Verdict;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Screening for every face (spec/screening.md): fills the answers from the person's journal (the
 * more cautious value for safety facts), applies the open pain flags and the recorded review,
 * screens, says in each reason a flag caused where it came from, and keeps the screening in the
 * journal. Thread-safe.
 */
public final class ScreeningService {
  private final Screener screener;
  private final HistoryFiller filler;
  private final Clock clock;

  public ScreeningService(Screener screener, Clock clock) {
    this.screener = screener;
    this.filler = new HistoryFiller(screener.ruleBook().policy(), clock, screener::techniqueName);
    this.clock = clock;
  }

  public RuleBook rules() {
    return screener.ruleBook();
  }

  Clock clock() {
    return clock;
  }

  /**
   * The follow-up question of the person's open mild stop, in their words, when one is open: every
   * questionnaire asks it, and a screening without its answer is rejected naming {@code
   * history.lastPainStopSettled} (spec/screening.md §2.1).
   */
  public Optional<String> followUp(Person person) {
    return safetyHistory(person).fill().followUpAsked();
  }

  /**
   * What the questionnaire asks this person today: the follow-up of an open mild stop, and the
   * "since the professional saw you" wording while a recorded review counts (spec/screening.md §2).
   */
  public Questionnaire.Situation situation(Person person) {
    HistoryFill fill = safetyHistory(person).fill();
    return new Questionnaire.Situation(
        fill.followUpAsked(),
        fill.professionalReview().orElse(ProfessionalReview.NONE)
            == ProfessionalReview.EXERCISE_ADVISED);
  }

  /**
   * A fresh run through the questions for this person today: in the words of their {@link
   * #situation}, with the answers the data marks as remembered (their age, conditions, how often
   * they crack, what they can do) filled from their latest kept screening for them to look over.
   * Red flags and pain are never filled: they are asked afresh every time.
   */
  public Questionnaire.Run startQuestions(Person person) {
    Questionnaire.Run run = Questionnaire.bundled().start(situation(person));
    person
        .journal()
        .flatMap(journal -> journal.latestScreening())
        .ifPresent(latest -> run.recall(latest.answers()));
    return run;
  }

  /**
   * What the person's journal tells a screening now, its days read in the person's zone; nothing
   * for an anonymous person.
   */
  public SafetyHistory safetyHistory(Person person) {
    HistoryFiller reader =
        person.zone().isEmpty()
            ? filler
            : new HistoryFiller(
                screener.ruleBook().policy(), person.clockIn(clock), screener::techniqueName);
    return person.journal().map(reader::read).orElse(SafetyHistory.NONE);
  }

  /** Screens answers given as UTF-8 JSON bytes; never throws for any input. */
  public ScreeningOutcome screen(Person person, byte[] document, Set<String> enabled) {
    SafetyHistory history = safetyHistory(person);
    return screen(person, AnswersReader.parse(document, history.fill()), history, enabled);
  }

  /**
   * Screens an answers document (a tree as {@link Json#parse} gives it) and keeps it, exactly as
   * given, in the person's journal.
   */
  public ScreeningOutcome screen(Person person, Object document, Set<String> enabled) {
    SafetyHistory history = safetyHistory(person);
    return screen(person, AnswersReader.read(document, history.fill()), history, enabled);
  }

  private ScreeningOutcome screen(
      Person person, AnswersReading reading, SafetyHistory history, Set<String> enabled) {
    return screen(person, reading, history, enabled, Optional.empty());
  }

  private ScreeningOutcome screen(
      Person person,
      AnswersReading reading,
      SafetyHistory history,
      Set<String> enabled,
      Optional<ScreeningRecord> keptToday) {
    if (!reading.isValid()) {
      return ScreeningOutcome.rejected(reading.rejection().orElseThrow());
    }
    Screening screening =
        screener.assess(reading.requireAnswers(), enabled, person.joinedToClinician());
    Screened screened = explain(screening, screening.result(), history, person);
    Object document = reading.document().orElseThrow();
    boolean alreadyKept =
        keptToday.isPresent()
            && keptToday.get().answers().equals(Json.parse(Json.write(document)))
            && keptToday.get().verdict() == screened.result().verdict()
            && keptToday.get().ruleIds().equals(screened.result().ruleIds());
    if (!alreadyKept) {
      keep(person, document, screened.result());
    }
    return ScreeningOutcome.of(screened);
  }

  /**
   * As {@link #screen(Person, Object, Set)}, but keeps no second record when today's latest kept
   * screening had the same answers and came to the same result (a plan page's answers sent on to
   * the player); a changed journal that changes the result is kept as usual.
   */
  public ScreeningOutcome screenOnceToday(Person person, Object document, Set<String> enabled) {
    SafetyHistory history = safetyHistory(person);
    return screen(
        person,
        AnswersReader.read(document, history.fill()),
        history,
        enabled,
        reusableToday(person));
  }

  /**
   * Why these answers would be rejected, if they would: for a face that reports every problem of a
   * request at once before it screens anything.
   */
  public Optional<InvalidAnswers> rejection(Person person, Object document) {
    return AnswersReader.read(document, safetyHistory(person).fill()).rejection();
  }

  /**
   * A questionnaire stopped early on a red flag answered yes: URGENT at once, kept in the journal
   * with the answers given so far (spec/screening.md §7, rev. 2).
   */
  public Screened stopEarly(Person person, Map<String, Object> answersSoFar, String urgentRule) {
    ScreeningResult result = screener.urgentStop(List.of(urgentRule));
    keep(person, answersSoFar, result);
    return new Screened(new Screening(null, result, List.of()), result, List.of());
  }

  /** Every screening kept in the person's journal, oldest first; throws for an anonymous person. */
  public List<ScreeningRecord> kept(Person person) {
    return person.requireJournal().screenings(Instant.MIN, Instant.MAX);
  }

  /**
   * Today's latest kept screening, when plan or go may reuse it after the person confirms nothing
   * has changed; never after a new-symptom flag, which voids every earlier screening, nor while a
   * mild stop's follow-up is unanswered (§2.1).
   */
  public Optional<ScreeningRecord> reusableToday(Person person) {
    Optional<ScreeningRecord> latest =
        person.journal().flatMap(journal -> journal.latestScreening());
    Clock local = person.clockIn(clock);
    Instant startOfToday = LocalDate.now(local).atStartOfDay(local.getZone()).toInstant();
    if (latest.isEmpty() || latest.get().at().isBefore(startOfToday)) {
      return Optional.empty();
    }
    SafetyHistory history = safetyHistory(person);
    if (history.hasNewSymptomFlag()) {
      return Optional.empty();
    }
    // A mild stop since then asks its follow-up (§2.1): the kept answers cannot answer it.
    if (history.fill().followUpRequired()
        && dev.limber.journal.PainFlags.settledAnswer(latest.get().answers()).isEmpty()) {
      return Optional.empty();
    }
    return latest;
  }

  /** The URGENT rules a kept record names: what an early stop's verdict stands on. */
  private List<String> urgentRuleIds(ScreeningRecord kept) {
    return kept.ruleIds().stream()
        .filter(
            id ->
                screener.ruleBook().rules().stream()
                    .anyMatch(rule -> rule.id().equals(id) && rule.verdict() == Verdict.URGENT))
        .toList();
  }

  /**
   * Screens today's kept answers again against the journal as it is now, and keeps the result. An
   * early-stopped questionnaire's answers are incomplete: its URGENT verdict stands as it was.
   */
  public ScreeningOutcome reuse(Person person, ScreeningRecord kept, Set<String> enabled) {
    if (kept.verdict() == Verdict.URGENT) {
      List<String> urgentRules = urgentRuleIds(kept);
      if (urgentRules.isEmpty()) {
        // An URGENT record naming no URGENT rule (an edited import) is never turned into a milder
        // one.
        return ScreeningOutcome.rejected(
            new InvalidAnswers(
                List.of(
                    new dev.limber.json.FieldError(
                        "(screening)",
                        "today's kept screening cannot be reused; answer the questions again"))));
      }
      ScreeningResult result = screener.urgentStop(urgentRules);
      keep(person, kept.answers(), result);
      return ScreeningOutcome.of(
          new Screened(new Screening(null, result, List.of()), result, List.of()));
    }
    return screen(person, kept.answers(), enabled);
  }

  /**
   * The person's latest kept screening, of whatever day, assessed again against the journal as it
   * is now and kept nowhere: what a clinician's view and printout show (with rule P1 for a joined
   * person). An early stop's URGENT verdict stands as it was. Empty when there is no screening, or
   * its record no longer reads (then a face asks for a new screening, never assumes all clear).
   */
  Optional<Screened> latestAssessment(Person person) {
    return person
        .journal()
        .flatMap(journal -> journal.latestScreening())
        .flatMap(latest -> reassess(person, latest));
  }

  /**
   * Today's latest kept screening assessed again against the journal as it is now, keeping nothing
   * (with rule P1 for a joined person): for a reminder feed or a program page, which read whenever
   * asked and never write. Empty when there is no screening today, or when it cannot be reused (a
   * new-symptom flag, an unreadable record).
   */
  public Optional<Screened> reassessToday(Person person) {
    return reusableToday(person).flatMap(kept -> reassess(person, kept));
  }

  /**
   * A kept screening assessed again against the journal as it is now, kept nowhere. An early stop's
   * URGENT verdict stands as it was. Empty when the record no longer reads: then a face asks for a
   * new screening, never assumes all clear.
   */
  Optional<Screened> reassess(Person person, ScreeningRecord kept) {
    if (kept.verdict() == Verdict.URGENT) {
      List<String> urgentRules = urgentRuleIds(kept);
      if (urgentRules.isEmpty()) {
        return Optional.empty();
      }
      ScreeningResult result = screener.urgentStop(urgentRules);
      return Optional.of(new Screened(new Screening(null, result, List.of()), result, List.of()));
    }
    SafetyHistory history = safetyHistory(person);
    AnswersReading reading = AnswersReader.read(kept.answers(), history.fill());
    if (!reading.isValid()) {
      return Optional.empty();
    }
    Screening screening =
        screener.assess(reading.requireAnswers(), Set.of(), person.joinedToClinician());
    return Optional.of(explain(screening, screening.result(), history, person));
  }

  /** Adds to each reason a pain flag caused which session opened it, when, and how to close it. */
  private Screened explain(
      Screening screening, ScreeningResult result, SafetyHistory history, Person person) {
    List<PainFlag> flags = history.openFlags();
    if (flags.isEmpty()) {
      return new Screened(screening, result, flags);
    }
    Optional<PainFlag> cracking =
        latest(flags.stream().filter(PainFlag::meansPainDuringCracking).toList());
    Optional<PainFlag> stretching =
        latest(flags.stream().filter(PainFlag::meansPainDuringStretching).toList());
    Optional<PainFlag> symptom =
        latest(
            flags.stream()
                .filter(flag -> flag.kind() == dev.limber.journal.PainFlagKind.NEW_SYMPTOM)
                .toList());
    boolean notSettled =
        screening.answers() != null
            && screening
                .answers()
                .history()
                .painNotes()
                .lastPainStopSettled()
                .equals(Optional.of(false));
    Optional<PainFlag> mildStop =
        latest(
            flags.stream()
                .filter(flag -> flag.kind() == dev.limber.journal.PainFlagKind.PAIN_NOTED)
                .toList());
    java.time.ZoneId zone = person.clockIn(clock).getZone();
    List<Reason> reasons = new ArrayList<>();
    for (Reason reason : result.reasons()) {
      if (reason.rule().equals("S6")
          && stretching.isEmpty()
          && notSettled
          && mildStop.isPresent()) {
        // The answer given just now made the mild stop a flag; say so rather than a bare S6.
        reasons.add(
            new Reason(
                reason.rule(),
                reason.message() + " " + mildStop.get().notSettledExplanation(zone),
                reason.sources()));
        continue;
      }
      Optional<PainFlag> cause =
          switch (reason.rule()) {
            case "S5" -> cracking;
            case "S6" -> stretching;
            case "S15" -> symptom;
            default -> Optional.empty();
          };
      reasons.add(
          cause
              .map(
                  flag ->
                      new Reason(
                          reason.rule(),
                          reason.message() + " " + flag.explanation(zone),
                          reason.sources()))
              .orElse(reason));
    }
    return new Screened(screening, result.withReasons(reasons), flags);
  }

  private static Optional<PainFlag> latest(List<PainFlag> flags) {
    return flags.isEmpty() ? Optional.empty() : Optional.of(flags.get(flags.size() - 1));
  }

  private void keep(Person person, Object answers, ScreeningResult result) {
    // The answers exactly as given: the audit trail shows what the person said, not the fill.
    person
        .journal()
        .ifPresent(
            journal ->
                journal.add(
                    new ScreeningRecord(
                        clock.instant(), answers, result.verdict(), result.ruleIds())));
  }
}

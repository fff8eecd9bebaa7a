package dev.limber.journal;

import static dev.limber.journal.JournalFixtures.CLOCK;
import static dev.limber.journal.JournalFixtures.NOW;
import static dev.limber.journal.JournalFixtures.checkIn;
import static dev.limber.journal.JournalFixtures.daysAgo;
import static dev.limber.journal.JournalFixtures.session;
import static org.assertj.core.api.Assertions.assertThat;

import dev.limber.json.Json;
import dev.limber.screening.HistoryFill;
import dev.limber.screening.RuleBook;
import dev.limber.screening.Verdict;
import dev.limber.session.Ending;
import dev.limber.session.Outcome;
import dev.limber.session.PainStop;
import dev.limber.session.SegmentKind;
import dev.limber.session.SegmentRecord;
import dev.limber.session.SessionRecord;
import dev.limber.session.StepDose;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Graded pain (spec/screening.md rev. 3): mild stops, their follow-up, holds, and §2.2 exactly. */
class GradedPainTest {
  private final HistoryFiller filler =
      new HistoryFiller(RuleBook.bundled().policy(), CLOCK, id -> "the " + id);

  /** A session stopped at the first of two stretches, with the answers asked at the stop. */
  static SessionRecord stopped(
      Instant started, int before, int stopPain, boolean easing, boolean sharp) {
    return new SessionRecord(
        started,
        started.plusSeconds(60),
        List.of(new StepDose("wall-slide", 20, 1, 1), new StepDose("seated-twist", 20, 1, 1)),
        List.of(
            new SegmentRecord(SegmentKind.HOLD, "wall-slide", null, 1, 20, Outcome.SKIPPED),
            new SegmentRecord(SegmentKind.HOLD, "seated-twist", null, 1, 20, Outcome.NOT_REACHED)),
        before,
        stopPain,
        List.of(new PainStop(0, "wall-slide", stopPain, false, easing, sharp)),
        0,
        Ending.STOPPED_FOR_PAIN);
  }

  /** A session that went on after a mild stop at its first stretch and finished. */
  static SessionRecord wentOn(Instant started, int before, int stopPain, int after) {
    return new SessionRecord(
        started,
        started.plusSeconds(60),
        List.of(new StepDose("wall-slide", 20, 1, 1), new StepDose("seated-twist", 20, 1, 1)),
        List.of(
            new SegmentRecord(SegmentKind.HOLD, "wall-slide", null, 1, 20, Outcome.SKIPPED),
            new SegmentRecord(SegmentKind.HOLD, "seated-twist", null, 1, 20, Outcome.DONE)),
        before,
        after,
        List.of(new PainStop(0, "wall-slide", stopPain, false, true, false)),
        0,
        Ending.FINISHED);
  }

  private static ScreeningRecord answered(Instant at, boolean settled) {
    Object answers =
        Json.parse("{\"history\":{\"" + PainFlags.FOLLOW_UP_FIELD + "\":" + settled + "}}");
    return new ScreeningRecord(at, answers, Verdict.STRETCH_ONLY, List.of("X10"));
  }

  private SafetyHistory read(Journal journal) {
    return filler.read(journal);
  }

  private static List<PainFlagKind> kinds(SafetyHistory history) {
    return history.openFlags().stream().map(PainFlag::kind).toList();
  }

  @Test
  void aMildStopOpensPainNotedHoldsTheTechniqueAndAsksTheFollowUp() {
    Journal journal = new InMemoryJournal();
    journal.add(stopped(daysAgo(2), 3, 4, true, false));

    SafetyHistory history = read(journal);

    assertThat(kinds(history)).containsExactly(PainFlagKind.PAIN_NOTED);
    assertThat(history.fill().painDuringStretching()).isFalse();
    assertThat(history.fill().reviewBlocked()).isFalse();
    assertThat(history.fill().painNotes().recentMildStop()).isTrue();
    assertThat(history.fill().painNotes().heldTechniques())
        .isEqualTo(Map.of("wall-slide", LocalDate.of(2026, 3, 18)));
    assertThat(history.fill().followUpAsked())
        .contains(
            "Your session on Wednesday 11 March stopped because \u201cthe wall-slide\u201d hurt."
                + " Is your back back to how it was before that session?");
  }

  @Test
  void aStopThatIsNotEasingOrIsSharpOrRisesTwoPointsOrIsSevereIsNotMild() {
    List<SessionRecord> notMild =
        List.of(
            stopped(daysAgo(2), 3, 4, false, false),
            stopped(daysAgo(2), 3, 4, true, true),
            stopped(daysAgo(2), 3, 5, true, false),
            stopped(daysAgo(2), 6, 7, true, false));

    for (SessionRecord session : notMild) {
      Journal journal = new InMemoryJournal();
      journal.add(session);

      assertThat(kinds(read(journal))).contains(PainFlagKind.DURING_STRETCHING);
      assertThat(read(journal).fill().followUpAsked()).isEmpty();
    }
  }

  @Test
  void aStopWithoutAStartingScoreIsNotMild() {
    Journal journal = new InMemoryJournal();
    journal.add(
        new SessionRecord(
            daysAgo(1),
            daysAgo(1).plusSeconds(30),
            List.of(new StepDose("wall-slide", 20, 1, 1)),
            List.of(
                new SegmentRecord(SegmentKind.HOLD, "wall-slide", null, 1, 20, Outcome.SKIPPED)),
            null,
            2,
            List.of(new PainStop(0, "wall-slide", 2, false, true, false)),
            0,
            Ending.STOPPED_FOR_PAIN));

    assertThat(kinds(read(journal))).containsExactly(PainFlagKind.DURING_STRETCHING);
  }

  @Test
  void settledClosesTheFlagButTheHoldAndX10RunTheirSevenDays() {
    Journal journal = new InMemoryJournal();
    journal.add(stopped(daysAgo(2), 3, 4, true, false));
    journal.add(answered(daysAgo(1), true));

    SafetyHistory history = read(journal);

    assertThat(history.openFlags()).isEmpty();
    assertThat(history.fill().followUpAsked()).isEmpty();
    assertThat(history.fill().painNotes().recentMildStop()).isTrue();
    assertThat(history.fill().painNotes().heldTechniques()).containsKey("wall-slide");
  }

  @Test
  void notSettledTurnsTheStopIntoAFlagOnlyAReviewCloses() {
    Journal journal = new InMemoryJournal();
    journal.add(stopped(daysAgo(2), 3, 4, true, false));
    journal.add(answered(daysAgo(1), false));

    SafetyHistory history = read(journal);

    assertThat(kinds(history)).containsExactly(PainFlagKind.DURING_STRETCHING);
    assertThat(history.fill().painDuringStretching()).isTrue();
    assertThat(history.fill().reviewBlocked()).isTrue();
  }

  @Test
  void aSecondMildStopWithinFourteenDaysIsNotMildButOneFifteenDaysLaterIs() {
    Journal fiveDays = new InMemoryJournal();
    fiveDays.add(stopped(daysAgo(6), 3, 4, true, false));
    fiveDays.add(answered(daysAgo(5), true));
    fiveDays.add(stopped(daysAgo(1), 3, 4, true, false));
    Journal fifteenDays = new InMemoryJournal();
    fifteenDays.add(stopped(daysAgo(16), 3, 4, true, false));
    fifteenDays.add(answered(daysAgo(15), true));
    fifteenDays.add(stopped(daysAgo(1), 3, 4, true, false));

    assertThat(kinds(read(fiveDays))).containsExactly(PainFlagKind.DURING_STRETCHING);
    assertThat(kinds(read(fifteenDays))).containsExactly(PainFlagKind.PAIN_NOTED);
  }

  @Test
  void aMildStopEightDaysAgoHoldsNothingAnyMore() {
    Journal journal = new InMemoryJournal();
    journal.add(stopped(daysAgo(8), 3, 4, true, false));
    journal.add(answered(daysAgo(7), true));

    HistoryFill fill = read(journal).fill();

    assertThat(fill.painNotes().recentMildStop()).isFalse();
    assertThat(fill.painNotes().heldTechniques()).isEmpty();
  }

  @Test
  void aSessionThatWentOnAfterAMildStopKeepsTheStopAndItsHold() {
    Journal journal = new InMemoryJournal();
    journal.add(wentOn(daysAgo(1), 3, 3, 2));

    SafetyHistory history = read(journal);

    assertThat(kinds(history)).containsExactly(PainFlagKind.PAIN_NOTED);
    assertThat(history.fill().painNotes().heldTechniques()).containsKey("wall-slide");
  }

  @Test
  void aCheckInDuringASessionIsMeasuredAgainstItsStart() {
    Journal journal = new InMemoryJournal();
    Instant started = daysAgo(1);
    journal.add(session(started, 1, 1, false, "wall-slide"));
    journal.add(new CheckIn(started.plusSeconds(15), 3, false, null));

    SafetyHistory history = read(journal);

    assertThat(kinds(history)).containsExactly(PainFlagKind.WORSENING);
    assertThat(history.fill().painDuringStretching()).isTrue();
  }

  @Test
  void aReadingOfSevenOrMoreIsWorseningEvenWithinTwoPointsOfTheStart() {
    Journal journal = new InMemoryJournal();
    journal.add(session(daysAgo(1), 6, 7, false, "wall-slide"));

    assertThat(kinds(read(journal))).containsExactly(PainFlagKind.WORSENING);
  }

  @Test
  void aNewSymptomFlagFillsS15NotPainDuringStretching() {
    Journal journal = new InMemoryJournal();
    journal.add(
        new SessionRecord(
            daysAgo(1),
            daysAgo(1).plusSeconds(30),
            List.of(new StepDose("wall-slide", 20, 1, 1)),
            List.of(
                new SegmentRecord(SegmentKind.HOLD, "wall-slide", null, 1, 20, Outcome.SKIPPED)),
            2,
            null,
            List.of(),
            0,
            Ending.ENDED_FOR_SYMPTOMS));

    HistoryFill fill = read(journal).fill();

    assertThat(fill.painNotes().newSymptomFlag()).isTrue();
    assertThat(fill.painDuringStretching()).isFalse();
    assertThat(fill.reviewBlocked()).isTrue();
  }

  @Test
  void thePreviousPainScoreIsTheLatestRestingReadingNotAClosingScore() {
    Journal journal = new InMemoryJournal();
    journal.add(checkIn(3, 4));
    journal.add(session(daysAgo(1), 3, 1, false, "wall-slide"));
    journal.add(new CheckIn(daysAgo(1).plusSeconds(10), 5, false, null));

    assertThat(read(journal).fill().previousPainScore()).contains(3);
  }

  @Test
  void painLoggedEveryEightDaysForSixWeeksIsOneRunOfSixWeeks() {
    Journal journal = new InMemoryJournal();
    for (int days = 42; days >= 0; days -= 8) {
      journal.add(checkIn(days + 0, 2));
    }
    journal.add(checkIn(0, 2));

    assertThat(read(journal).fill().painDurationWeeks()).contains(new BigDecimal("6"));
  }

  @Test
  void aGapOfMoreThanTwentyEightDaysBreaksTheRunAndTheDurationIsExactDaysOverSeven() {
    Journal journal = new InMemoryJournal();
    journal.add(checkIn(55, 3));
    journal.add(checkIn(30, 3));
    journal.add(checkIn(2, 3));

    assertThat(read(journal).fill().painDurationWeeks()).contains(new BigDecimal("7.857142"));

    Journal broken = new InMemoryJournal();
    broken.add(checkIn(40, 3));
    broken.add(checkIn(10, 3));

    assertThat(read(broken).fill().painDurationWeeks()).contains(new BigDecimal("1.428571"));
  }

  @Test
  void aLatestReadingMoreThanTwentyEightDaysOldGivesNoDuration() {
    Journal journal = new InMemoryJournal();
    journal.add(checkIn(29, 3));

    assertThat(read(journal).fill().painDurationWeeks()).isEmpty();
  }

  @Test
  void aReviewCountsOnDaysDToDPlus83AndNotOnDPlus84() {
    LocalDate today = LocalDate.ofInstant(NOW, CLOCK.getZone());
    Journal day83 = new InMemoryJournal();
    day83.add(new Review(today.minusDays(83), Reviewer.PHYSIOTHERAPIST, null, NOW));
    Journal day84 = new InMemoryJournal();
    day84.add(new Review(today.minusDays(84), Reviewer.PHYSIOTHERAPIST, null, NOW));

    assertThat(read(day83).fill().professionalReview()).isPresent();
    assertThat(read(day84).fill().professionalReview()).isEmpty();
  }

  @Test
  void theLatestReviewIsTheOneWithTheLatestDateAndAFutureDatedOneCountsForNothing() {
    LocalDate today = LocalDate.ofInstant(NOW, CLOCK.getZone());
    Journal journal = new InMemoryJournal();
    journal.add(new Review(today.minusDays(10), Reviewer.DOCTOR, null, daysAgo(1)));
    journal.add(new Review(today.minusDays(90), Reviewer.PHYSIOTHERAPIST, null, NOW));
    journal.add(new Review(today.plusDays(30), Reviewer.OTHER, null, NOW));

    SafetyHistory history = read(journal);

    assertThat(history.latestReview().map(Review::date)).contains(today.minusDays(10));
    assertThat(history.fill().professionalReview()).isPresent();
  }
}

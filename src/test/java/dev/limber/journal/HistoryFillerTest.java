package dev.limber.journal;

import static dev.limber.journal.JournalFixtures.CLOCK;
import static dev.limber.journal.JournalFixtures.NOW;
import static dev.limber.journal.JournalFixtures.checkIn;
import static dev.limber.journal.JournalFixtures.crack;
import static dev.limber.journal.JournalFixtures.daysAgo;
import static dev.limber.journal.JournalFixtures.session;
import static org.assertj.core.api.Assertions.assertThat;

import dev.limber.json.Json;
import dev.limber.screening.Answers;
import dev.limber.screening.AnswersReader;
import dev.limber.screening.HistoryFill;
import dev.limber.screening.RuleBook;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class HistoryFillerTest {
  private static final String RED_FLAGS =
      "\"numbness\": [], \"weakness\": [], \"bladderOrBowelChange\": false,"
          + " \"chestPain\": false, \"fever\": false, \"unexplainedWeightLoss\": false,"
          + " \"swelling\": false, \"nightPainOrUnrelievedByRest\": false,"
          + " \"painWorseWithCoughSneeze\": false";

  private final HistoryFiller filler = new HistoryFiller(RuleBook.bundled().policy(), CLOCK);

  @Test
  void anEmptyJournalFillsNothing() {
    assertThat(filler.fill(new InMemoryJournal())).isEqualTo(HistoryFill.NONE);
  }

  @Test
  void fillsCracksTodayAndTypicalCrackingDaysFromCheckInsAndSessions() {
    Journal journal = new InMemoryJournal();
    journal.add(crack(0, 3));
    journal.add(session(daysAgo(0).minusSeconds(600), 3, 2, true, "doorway-chest-stretch"));
    journal.add(crack(1, 3));
    journal.add(crack(2, 3));

    HistoryFill fill = filler.fill(journal);

    assertThat(fill.crackSessionsToday()).contains(2);
    assertThat(fill.crackingDaysPerWeek()).contains(3);
  }

  @Test
  void thePreviousPainScoreIsTheLatestRestingReadingACheckInOrASessionsStart() {
    Journal journal = new InMemoryJournal();
    journal.add(checkIn(2, 6));
    journal.add(session(daysAgo(1), 5, 3, false, "doorway-chest-stretch"));

    HistoryFill fill = filler.fill(journal);

    // Rev. 3 (§2.2): the closing score shows the session's effect, not the resting pain.
    assertThat(fill.previousPainScore()).contains(5);
  }

  @Test
  void painDurationRunsFromTheFirstOfTheLatestUnbrokenRunOfPain() {
    Journal journal = new InMemoryJournal();
    journal.add(checkIn(40, 4));
    journal.add(checkIn(30, 0));
    journal.add(checkIn(29, 3));
    journal.add(checkIn(23, 2));
    journal.add(checkIn(16, 5));
    journal.add(checkIn(10, 4));
    journal.add(checkIn(3, 4));

    HistoryFill fill = filler.fill(journal);

    // 29 days of pain: 29 / 7 weeks, to six places, so it compares as the exact fraction does.
    assertThat(fill.painDurationWeeks()).contains(new BigDecimal("4.142857"));
  }

  @Test
  void aGapOfMoreThanTwentyEightDaysBreaksTheRunOfPain() {
    List<PainReading> readings =
        List.of(
            new PainReading(daysAgo(50), 5),
            new PainReading(daysAgo(21), 5),
            new PainReading(daysAgo(5), 5),
            new PainReading(daysAgo(0), 5));

    Optional<BigDecimal> weeks = durationWeeks(readings, NOW);

    // 29 days between the first two: the run starts 21 days ago, 3 weeks.
    assertThat(weeks).contains(new BigDecimal("3"));
  }

  @Test
  void noDurationWhenTheLatestReadingIsPainFreeOrStale() {
    assertThat(
            durationWeeks(
                List.of(new PainReading(daysAgo(20), 5), new PainReading(daysAgo(1), 0)), NOW))
        .isEmpty();
    assertThat(durationWeeks(List.of(new PainReading(daysAgo(29), 5)), NOW)).isEmpty();
    assertThat(durationWeeks(List.of(new PainReading(daysAgo(28), 5)), NOW))
        .contains(new BigDecimal("4"));
  }

  @Test
  void safetyFactsTakeTheMoreCautiousValueAndThePreviousScoreIsTheCallers() {
    Journal journal = new InMemoryJournal();
    journal.add(crack(0, 6));
    journal.add(checkIn(35, 6));
    for (int day = 28; day >= 1; day -= 7) {
      journal.add(checkIn(day, 6));
    }
    HistoryFill fill = filler.fill(journal);
    Object given =
        Json.parse(
            "{\"conditions\": [], \"symptoms\": {\"painScore\": 6, \"painDurationWeeks\": 1,"
                + RED_FLAGS
                + "}, \"history\": {\"ageYears\": 40, \"recentTrauma\": \"NONE\","
                + " \"firstEpisode\": false, \"crackSessionsToday\": 0,"
                + " \"previousPainScore\": 5}}");
    Object silent =
        Json.parse(
            "{\"conditions\": [], \"symptoms\": {\"painScore\": 6, "
                + RED_FLAGS
                + "}, \"history\": {\"ageYears\": 40, \"recentTrauma\": \"NONE\","
                + " \"firstEpisode\": false}}");

    Answers caller = AnswersReader.read(given, fill).requireAnswers();
    Answers filled = AnswersReader.read(silent, fill).requireAnswers();

    assertThat(caller.history().crackSessionsToday()).isEqualTo(1);
    assertThat(caller.history().previousPainScore()).contains(5);
    assertThat(caller.symptoms().painDurationWeeks()).contains(new BigDecimal("5"));
    assertThat(filled.history().crackSessionsToday()).isEqualTo(1);
    assertThat(filled.history().previousPainScore()).contains(6);
    assertThat(filled.symptoms().painDurationWeeks()).contains(new BigDecimal("5"));
  }

  /** The duration on the fixed clock's day, in UTC. */
  private static Optional<BigDecimal> durationWeeks(List<PainReading> readings, Instant now) {
    return HistoryFiller.painDurationWeeks(
        readings,
        java.time.LocalDate.ofInstant(now, java.time.ZoneOffset.UTC),
        java.time.ZoneOffset.UTC);
  }
}

package dev.limber.journal;

import static dev.limber.journal.JournalFixtures.CLOCK;
import static dev.limber.journal.JournalFixtures.checkIn;
import static dev.limber.journal.JournalFixtures.crack;
import static dev.limber.journal.JournalFixtures.daysAgo;
import static dev.limber.journal.JournalFixtures.session;
import static org.assertj.core.api.Assertions.assertThat;

import dev.limber.screening.RuleBook;
import java.util.List;
import org.junit.jupiter.api.Test;

class FrequencyGuardTest {
  private final FrequencyGuard guard = new FrequencyGuard(RuleBook.bundled().policy(), CLOCK);

  @Test
  void anEmptyJournalAllowsCrackingToday() {
    CrackingStatus status = guard.check(List.of(), List.of());

    assertThat(status.cracksToday()).isZero();
    assertThat(status.crackingAllowedToday()).isTrue();
  }

  @Test
  void aCrackInACheckInUsesTodaysOneSelfCrackSession() {
    CrackingStatus status = guard.check(List.of(crack(0, 2)), List.of());

    assertThat(status.cracksToday()).isEqualTo(1);
    assertThat(status.dailyLimit()).isEqualTo(1);
    assertThat(status.dailyLimitReached()).isTrue();
    assertThat(status.crackingAllowedToday()).isFalse();
  }

  @Test
  void aSessionWithACrackAttemptCountsAndOneWithoutDoesNot() {
    CrackingStatus status =
        guard.check(
            List.of(),
            List.of(
                session(daysAgo(0), 2, 1, false, "doorway-chest-stretch"),
                session(daysAgo(0).minusSeconds(3600), 2, 1, true, "doorway-chest-stretch")));

    assertThat(status.cracksToday()).isEqualTo(1);
  }

  @Test
  void yesterdaysCrackLeavesTodayFree() {
    CrackingStatus status = guard.check(List.of(crack(1, 2), checkIn(0, 2)), List.of());

    assertThat(status.cracksToday()).isZero();
    assertThat(status.crackingDaysLastWeek()).isEqualTo(1);
    assertThat(status.crackingAllowedToday()).isTrue();
  }

  @Test
  void crackingOnFourOfTheLastSevenDaysReachesTheWeeklyLimitAndThreeDoesNot() {
    List<CheckIn> threeDays = List.of(crack(1, 0), crack(3, 0), crack(6, 0), crack(7, 0));
    List<CheckIn> fourDays = List.of(crack(1, 0), crack(2, 0), crack(3, 0), crack(6, 0));

    CrackingStatus three = guard.check(threeDays, List.of());
    CrackingStatus four = guard.check(fourDays, List.of());

    assertThat(three.crackingDaysLastWeek()).isEqualTo(3);
    assertThat(three.weeklyLimitReached()).isFalse();
    assertThat(four.crackingDaysLastWeek()).isEqualTo(4);
    assertThat(four.weeklyLimitReached()).isTrue();
  }

  @Test
  void typicalDaysPerWeekAveragesTheLastFourWeeksRoundingUp() {
    // Nine cracking days over four weeks: 2.25 a week, rounded up to 3.
    List<CheckIn> checkIns =
        List.of(
            crack(1, 0),
            crack(3, 0),
            crack(5, 0),
            crack(9, 0),
            crack(12, 0),
            crack(15, 0),
            crack(19, 0),
            crack(22, 0),
            crack(27, 0),
            crack(28, 0),
            crack(40, 0));

    CrackingStatus status = guard.check(checkIns, List.of());

    assertThat(status.crackingDaysPerWeek()).isEqualTo(3);
  }

  @Test
  void aJournalYoungerThanFourWeeksDividesByTheWeeksItCovers() {
    List<CheckIn> checkIns = List.of(crack(0, 0), crack(1, 0), crack(2, 0), crack(4, 0));

    CrackingStatus status = guard.check(checkIns, List.of());

    assertThat(status.crackingDaysPerWeek()).isEqualTo(4);
  }
}

package dev.limber.journal;

import static dev.limber.journal.JournalFixtures.CLOCK;
import static dev.limber.journal.JournalFixtures.checkIn;
import static dev.limber.journal.JournalFixtures.crack;
import static dev.limber.journal.JournalFixtures.daysAgo;
import static dev.limber.journal.JournalFixtures.session;
import static dev.limber.journal.JournalFixtures.skippedSession;
import static dev.limber.journal.JournalFixtures.stoppedForPain;
import static org.assertj.core.api.Assertions.assertThat;

import dev.limber.json.Json;
import dev.limber.screening.RuleBook;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class InsightsTest {
  private static final RuleBook RULES = RuleBook.bundled();

  private static Insights insightsOf(Journal journal) {
    return Insights.of(journal, RULES, CLOCK);
  }

  @Test
  void anEmptyJournalHasNoTrendNoReliefTwelveEmptyWeeksAndNoEscalation() {
    Insights insights = insightsOf(new InMemoryJournal());

    assertThat(insights.painTrend()).isEmpty();
    assertThat(insights.relief()).isEmpty();
    assertThat(insights.sessionsPerWeek()).hasSize(12).allMatch(week -> week.sessions() == 0);
    assertThat(insights.escalations()).isEmpty();
  }

  @Test
  void thePainTrendIsTheDailyMeanOfEveryReadingOldestFirst() {
    Journal journal = new InMemoryJournal();
    journal.add(checkIn(2, 4));
    journal.add(new CheckIn(daysAgo(2).plusSeconds(60), 5, false, null));
    journal.add(checkIn(0, 3));
    journal.add(checkIn(120, 9));

    List<Insights.PainPoint> trend = insightsOf(journal).painTrend();

    assertThat(trend)
        .containsExactly(
            new Insights.PainPoint(LocalDate.parse("2026-03-11"), new BigDecimal("4.5"), 2),
            new Insights.PainPoint(LocalDate.parse("2026-03-13"), new BigDecimal("3.0"), 1));
  }

  @Test
  void reliefIsTheMeanPainChangePerTechniqueDoneWithItsCountMostReliefFirst() {
    Journal journal = new InMemoryJournal();
    journal.add(session(daysAgo(3), 5, 2, false, "doorway-chest-stretch", "thread-the-needle"));
    journal.add(session(daysAgo(2), 4, 3, false, "doorway-chest-stretch"));
    journal.add(stoppedForPain(daysAgo(1), 3, 6, "thread-the-needle"));
    journal.add(skippedSession(daysAgo(1).plusSeconds(3600), 6, 1, "cat-cow"));
    journal.add(session(daysAgo(0), null, 2, false, "cat-cow"));

    List<Insights.TechniqueRelief> relief = insightsOf(journal).relief();

    // doorway: -3 and -1; thread-the-needle: -3 and +3 (the pain stop's score counts as after).
    assertThat(relief)
        .containsExactly(
            new Insights.TechniqueRelief("doorway-chest-stretch", 2, new BigDecimal("-2.0")),
            new Insights.TechniqueRelief("thread-the-needle", 2, new BigDecimal("0.0")));
  }

  @Test
  void sessionsPerWeekCountsTheLastTwelveWeeksFromMonday() {
    Journal journal = new InMemoryJournal();
    journal.add(session(daysAgo(0), 2, 1, false, "cat-cow"));
    journal.add(session(daysAgo(4), 2, 1, false, "cat-cow"));
    journal.add(session(daysAgo(5), 2, 1, false, "cat-cow"));
    journal.add(session(daysAgo(200), 2, 1, false, "cat-cow"));

    List<Insights.WeekCount> weeks = insightsOf(journal).sessionsPerWeek();

    assertThat(weeks.get(11)).isEqualTo(new Insights.WeekCount(LocalDate.parse("2026-03-09"), 2));
    assertThat(weeks.get(10)).isEqualTo(new Insights.WeekCount(LocalDate.parse("2026-03-02"), 1));
    assertThat(weeks.get(0).weekStart()).isEqualTo(LocalDate.parse("2025-12-22"));
    assertThat(weeks.stream().mapToInt(Insights.WeekCount::sessions).sum()).isEqualTo(3);
  }

  @Test
  void painOnEveryReadingForFourWeeksEscalatesWithS4AndItsSources() {
    Journal journal = new InMemoryJournal();
    for (int day = 28; day >= 0; day -= 4) {
      journal.add(checkIn(day, 3));
    }

    List<Escalation> escalations = insightsOf(journal).escalations();

    assertThat(escalations).extracting(Escalation::rule).containsExactly("S4");
    assertThat(escalations.get(0).sources()).isEqualTo(RULES.requireRule("S4").sources());
    assertThat(escalations.get(0).message()).isEqualTo(RULES.requireRule("S4").message());
    assertThat(escalations.get(0).evidence()).contains("for 4 weeks");
  }

  @Test
  void painForTwentySevenDaysDoesNotEscalate() {
    Journal journal = new InMemoryJournal();
    journal.add(new CheckIn(daysAgo(27), 3, false, null));
    journal.add(checkIn(21, 3));
    journal.add(checkIn(14, 3));
    journal.add(checkIn(7, 3));
    journal.add(checkIn(0, 3));

    assertThat(insightsOf(journal).escalations()).isEmpty();
  }

  @Test
  void crackingWhileInPainOnFourOfTheLastSevenDaysEscalatesWithS8AndThreeDoesNot() {
    Journal often = new InMemoryJournal();
    Journal less = new InMemoryJournal();
    for (int day : new int[] {1, 2, 4, 6}) {
      often.add(crack(day, 3));
    }
    for (int day : new int[] {1, 2, 4}) {
      less.add(crack(day, 3));
    }
    less.add(crack(5, 0));

    assertThat(insightsOf(often).escalations()).extracting(Escalation::rule).containsExactly("S8");
    assertThat(insightsOf(less).escalations()).isEmpty();
  }

  @Test
  void twoPainfulCracksTodayEscalateWithS8() {
    Journal journal = new InMemoryJournal();
    journal.add(crack(0, 4));
    journal.add(session(daysAgo(0).minusSeconds(7200), 4, 4, true, "cat-cow"));

    List<Escalation> escalations = insightsOf(journal).escalations();

    assertThat(escalations).extracting(Escalation::rule).containsExactly("S8");
    assertThat(escalations.get(0).evidence()).contains("2 times today");
  }

  @Test
  void aRiseOfTwoPointsSinceTheLastReadingEscalatesWithS11AndOnePointDoesNot() {
    Journal worse = new InMemoryJournal();
    worse.add(checkIn(1, 3));
    worse.add(checkIn(0, 5));
    Journal slightly = new InMemoryJournal();
    slightly.add(checkIn(1, 3));
    slightly.add(checkIn(0, 4));

    List<Escalation> escalations = insightsOf(worse).escalations();

    assertThat(escalations).extracting(Escalation::rule).containsExactly("S11");
    assertThat(escalations.get(0).sources()).isEqualTo(RULES.requireRule("S11").sources());
    assertThat(insightsOf(slightly).escalations()).isEmpty();
  }

  @Test
  void theJsonCarriesEverySection() {
    Journal journal = new InMemoryJournal();
    journal.add(checkIn(1, 3));
    journal.add(checkIn(0, 5));

    @SuppressWarnings("unchecked")
    Map<String, Object> json = (Map<String, Object>) Json.parse(Json.write(insightsOf(journal)));

    assertThat(json)
        .containsOnlyKeys("painTrend", "relief", "sessionsPerWeek", "cracking", "escalations");
    assertThat(Json.write(json.get("escalations"))).contains("\"rule\":\"S11\"");
  }
}

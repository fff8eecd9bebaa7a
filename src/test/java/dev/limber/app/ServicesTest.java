package dev.limber.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.limber.catalog.Catalog;
import dev.limber.journal.InMemoryJournal;
import dev.limber.journal.PainFlagKind;
import dev.limber.journal.Reviewer;
import dev.limber.journal.ScreeningRecord;
import dev.limber.json.FieldError;
import dev.limber.json.Json;
import dev.limber.screening.RuleBook;
import dev.limber.screening.Verdict;
import dev.limber.session.Ending;
import dev.limber.session.Outcome;
import dev.limber.session.PainStop;
import dev.limber.session.SegmentKind;
import dev.limber.session.SegmentRecord;
import dev.limber.session.SessionRecord;
import dev.limber.session.StepDose;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The application services on an in-memory journal at a fixed moment. */
class ServicesTest {
  private static final Instant NOW = Instant.parse("2026-11-29T12:00:00Z");
  private static final Services SERVICES =
      Services.of(Catalog.bundled(), RuleBook.bundled(), Clock.fixed(NOW, ZoneOffset.UTC));
  private static final String CLEAR =
      "{\"conditions\": [], \"symptoms\": {\"painScore\": 2, \"painDurationWeeks\": 1,"
          + " \"numbness\": [], \"weakness\": [], \"bladderOrBowelChange\": false,"
          + " \"chestPain\": false, \"fever\": false, \"unexplainedWeightLoss\": false,"
          + " \"swelling\": false, \"nightPainOrUnrelievedByRest\": false,"
          + " \"painWorseWithCoughSneeze\": false}, \"history\": {\"ageYears\": 40,"
          + " \"recentTrauma\": \"NONE\", \"firstEpisode\": false}}";

  private final InMemoryJournal journal = new InMemoryJournal();
  private final Person person = Person.withJournal(journal);

  private Screened screen() {
    return SERVICES
        .screening()
        .screen(person, Json.parse(CLEAR), Set.of())
        .screened()
        .orElseThrow();
  }

  private static SessionRecord stoppedForPain(Instant started) {
    return new SessionRecord(
        started,
        started.plusSeconds(30),
        List.of(new StepDose("wall-slide", 10, 1, 1)),
        List.of(new SegmentRecord(SegmentKind.HOLD, "wall-slide", null, 1, 10, Outcome.SKIPPED)),
        2,
        3,
        new PainStop(0, "wall-slide", 3, false),
        0,
        Ending.STOPPED_FOR_PAIN);
  }

  @Test
  void aFlagReasonSaysWhichSessionWhenAndHowToCloseIt() {
    SERVICES.sessions().record(person, stoppedForPain(NOW.minusSeconds(7200)));

    Screened screened = screen();

    assertThat(screened.result().verdict()).isEqualTo(Verdict.SEE_PROFESSIONAL);
    assertThat(screened.openFlags())
        .extracting(flag -> flag.kind())
        .containsExactly(PainFlagKind.DURING_STRETCHING);
    assertThat(screened.result().reasons().get(0).message())
        .contains("stopped because a stretch hurt")
        .contains("Sunday 29 November 2026 at 10:00")
        .contains("record in Limber that a physiotherapist or doctor has seen you");
    assertThat(Json.write(screened)).contains("\"painFlags\"");
  }

  @Test
  void aReviewClosesTheFlagAndStretchesOnlyFollow() {
    SERVICES.sessions().record(person, stoppedForPain(NOW.minusSeconds(86_400 * 3)));

    JournalService.Reviewed reviewed =
        SERVICES.journal().review(person, Reviewer.PHYSIOTHERAPIST, Optional.empty(), "walk more");

    assertThat(reviewed.closedFlags()).hasSize(1);
    assertThat(screen().result().verdict()).isEqualTo(Verdict.STRETCH_ONLY);
    assertThat(screen().result().ruleIds()).containsExactly("X9");
  }

  @Test
  void aReviewInTheFutureOrWithoutWhoIsRefusedAndNothingIsKept() {
    assertThatThrownBy(
            () ->
                SERVICES
                    .journal()
                    .review(person, null, Optional.of(LocalDate.of(2026, 12, 1)), null))
        .isInstanceOf(InvalidInput.class)
        .satisfies(
            failure ->
                assertThat(((InvalidInput) failure).errors())
                    .extracting(FieldError::field)
                    .containsExactly("by", "date"));
    assertThat(journal.reviews()).isEmpty();
  }

  @Test
  void aSessionPlayedFasterThanRealTimeIsNeverKept() {
    SessionRecord fast =
        new SessionRecord(
            NOW.minusSeconds(5),
            NOW.minusSeconds(4),
            List.of(new StepDose("wall-slide", 10, 3, 1)),
            List.of(
                new SegmentRecord(SegmentKind.HOLD, "wall-slide", null, 1, 30, Outcome.DONE),
                new SegmentRecord(SegmentKind.HOLD, "wall-slide", null, 2, 30, Outcome.DONE)),
            2,
            6,
            List.of(),
            0,
            Ending.FINISHED);
    SessionRecord future =
        new SessionRecord(
            NOW.plusSeconds(3600),
            NOW.plusSeconds(3700),
            List.of(),
            List.of(),
            null,
            null,
            List.of(),
            0,
            Ending.QUIT);

    assertThatThrownBy(() -> SERVICES.sessions().record(person, fast))
        .isInstanceOf(InvalidInput.class)
        .hasMessageContaining("segments");
    assertThatThrownBy(() -> SERVICES.sessions().record(person, future))
        .isInstanceOf(InvalidInput.class)
        .hasMessageContaining("ended");
    assertThat(journal.sessions(Instant.MIN, Instant.MAX)).isEmpty();
    assertThat(screen().result().verdict()).isEqualTo(Verdict.CLEAR);
  }

  @Test
  void anEarlyStopIsKeptAndReusedAsUrgent() {
    Screened stopped =
        SERVICES.screening().stopEarly(person, Map.of("symptoms", Map.of("fever", true)), "U8");

    Optional<ScreeningRecord> today = SERVICES.screening().reusableToday(person);

    assertThat(stopped.result().verdict()).isEqualTo(Verdict.URGENT);
    assertThat(journal.screenings(Instant.MIN, Instant.MAX)).hasSize(1);
    assertThat(today).isPresent();
    assertThat(
            SERVICES
                .screening()
                .reuse(person, today.get(), Set.of())
                .screened()
                .orElseThrow()
                .result()
                .verdict())
        .isEqualTo(Verdict.URGENT);
  }

  @Test
  void anUrgentRecordNamingNoUrgentRuleIsNeverReusedAsSomethingMilder() {
    ScreeningRecord edited =
        new ScreeningRecord(
            NOW.minusSeconds(60), Json.parse(CLEAR), Verdict.URGENT, List.of("U99", "X1"));

    ScreeningOutcome outcome = SERVICES.screening().reuse(person, edited, Set.of());

    assertThat(outcome.isRejected()).isTrue();
    assertThat(outcome.rejection().orElseThrow().errors())
        .extracting(FieldError::field)
        .containsExactly("(screening)");
  }

  @Test
  void aNewSymptomFlagVoidsTodaysEarlierScreenings() {
    screen();
    SERVICES
        .sessions()
        .record(
            person,
            new SessionRecord(
                NOW.minusSeconds(600),
                NOW.minusSeconds(590),
                List.of(),
                List.of(),
                null,
                null,
                List.of(),
                0,
                Ending.ENDED_FOR_SYMPTOMS));

    assertThat(SERVICES.screening().reusableToday(person)).isEmpty();
  }

  @Test
  void aMildStopAfterTodaysScreeningAsksItsFollowUpBeforeThatScreeningIsReusedAndOpensNoFlag() {
    screen();
    SessionService.Kept kept =
        SERVICES
            .sessions()
            .record(
                person,
                new SessionRecord(
                    NOW.minusSeconds(300),
                    NOW.minusSeconds(240),
                    List.of(new StepDose("wall-slide", 10, 1, 1)),
                    List.of(
                        new SegmentRecord(
                            SegmentKind.HOLD, "wall-slide", null, 1, 10, Outcome.SKIPPED)),
                    2,
                    3,
                    List.of(new PainStop(0, "wall-slide", 3, false, true, false)),
                    0,
                    Ending.STOPPED_FOR_PAIN));

    assertThat(kept.openedFlags())
        .extracting(flag -> flag.kind())
        .containsExactly(PainFlagKind.PAIN_NOTED);
    assertThat(SERVICES.screening().reusableToday(person)).isEmpty();
    assertThat(SERVICES.screening().followUp(person)).isPresent();
    assertThat(SERVICES.sessions().mildStopRecently(person)).isTrue();

    @SuppressWarnings("unchecked")
    Map<String, Object> answered = (Map<String, Object>) Json.parse(CLEAR);
    @SuppressWarnings("unchecked")
    Map<String, Object> history = (Map<String, Object>) answered.get("history");
    history.put("lastPainStopSettled", true);
    Screened settled =
        SERVICES.screening().screen(person, answered, Set.of()).screened().orElseThrow();

    assertThat(settled.result().verdict()).isEqualTo(Verdict.STRETCH_ONLY);
    assertThat(settled.result().ruleIds()).containsExactly("X10");
    assertThat(settled.result().techniques()).noneMatch(t -> t.id().equals("wall-slide"));
    assertThat(SERVICES.screening().followUp(person)).isEmpty();
    assertThat(SERVICES.screening().reusableToday(person)).isPresent();
  }

  @Test
  void aNotSettledAnswerSaysInItsReasonWhichSessionItWasAbout() {
    SERVICES
        .sessions()
        .record(
            person,
            new SessionRecord(
                NOW.minusSeconds(300),
                NOW.minusSeconds(240),
                List.of(new StepDose("wall-slide", 10, 1, 1)),
                List.of(
                    new SegmentRecord(
                        SegmentKind.HOLD, "wall-slide", null, 1, 10, Outcome.SKIPPED)),
                2,
                3,
                List.of(new PainStop(0, "wall-slide", 3, false, true, false)),
                0,
                Ending.STOPPED_FOR_PAIN));
    @SuppressWarnings("unchecked")
    Map<String, Object> answered = (Map<String, Object>) Json.parse(CLEAR);
    @SuppressWarnings("unchecked")
    Map<String, Object> history = (Map<String, Object>) answered.get("history");
    history.put("lastPainStopSettled", false);

    Screened screened =
        SERVICES.screening().screen(person, answered, Set.of()).screened().orElseThrow();

    assertThat(screened.result().verdict()).isEqualTo(Verdict.SEE_PROFESSIONAL);
    assertThat(screened.result().reasons())
        .filteredOn(reason -> reason.rule().equals("S6"))
        .singleElement()
        .satisfies(
            reason ->
                assertThat(reason.message())
                    .contains("You said your back is not back to how it was"));
  }

  @Test
  void aCheckInTwoPointsAboveASessionsStartOpensAWorseningFlag() {
    SERVICES
        .sessions()
        .record(
            person,
            new SessionRecord(
                NOW.minusSeconds(3600),
                NOW.minusSeconds(3500),
                List.of(),
                List.of(),
                2,
                2,
                List.of(),
                0,
                Ending.FINISHED));

    SERVICES.journal().checkIn(person, 4, false, null);

    assertThat(SERVICES.journal().safetyHistory(person).openFlags())
        .extracting(flag -> flag.kind())
        .containsExactly(PainFlagKind.WORSENING);
  }

  @Test
  void historyCountsTodayAsTheFirstOfTheLastNDays() {
    SERVICES.journal().checkIn(person, 3, false, null);

    HistoryView history = SERVICES.journal().history(person, 1);

    assertThat(history.from()).isEqualTo(Instant.parse("2026-11-29T00:00:00Z"));
    assertThat(history.checkIns()).hasSize(1);
    assertThatThrownBy(() -> SERVICES.journal().history(person, 0))
        .isInstanceOf(InvalidInput.class)
        .hasMessageContaining("days");
  }
}

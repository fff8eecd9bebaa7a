package dev.limber.session;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.limber.json.FieldError;
import dev.limber.json.Fields;
import dev.limber.json.Json;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SessionRecordTest {
  private static final Instant START = Instant.parse("2026-03-02T08:00:00Z");

  static SessionRecord finished(Integer painBefore, Integer painAfter) {
    return new SessionRecord(
        START,
        START.plusSeconds(95),
        List.of(
            new StepDose("upward-stretch", 10, 2, 1),
            new StepDose("chair-back-extension", 15, 1, 1)),
        List.of(
            new SegmentRecord(SegmentKind.PAIN_CHECK, null, null, null, 5, Outcome.DONE),
            new SegmentRecord(SegmentKind.GET_READY, "upward-stretch", null, null, 5, Outcome.DONE),
            new SegmentRecord(SegmentKind.HOLD, "upward-stretch", null, 1, 10, Outcome.DONE),
            new SegmentRecord(SegmentKind.REST, "upward-stretch", null, null, 5, Outcome.DONE),
            new SegmentRecord(SegmentKind.HOLD, "upward-stretch", null, 2, 10, Outcome.SKIPPED),
            new SegmentRecord(
                SegmentKind.GET_READY, "chair-back-extension", null, null, 5, Outcome.DONE),
            new SegmentRecord(
                SegmentKind.CRACK_ATTEMPT, "chair-back-extension", null, null, 15, Outcome.DONE),
            new SegmentRecord(SegmentKind.PAIN_CHECK, null, null, null, 5, Outcome.DONE)),
        painBefore,
        painAfter,
        List.of(),
        1,
        Ending.FINISHED);
  }

  @Test
  void aSessionEndedEarlyListsOnlyTheTechniquesItReached() {
    SessionRecord record =
        new SessionRecord(
            START,
            START.plusSeconds(4),
            List.of(
                new StepDose("upward-stretch", 10, 1, 1),
                new StepDose("chair-back-extension", 15, 1, 1),
                new StepDose("open-book", 10, 1, 2)),
            List.of(
                new SegmentRecord(SegmentKind.PAIN_CHECK, null, null, null, 5, Outcome.DONE),
                new SegmentRecord(
                    SegmentKind.GET_READY, "upward-stretch", null, null, 5, Outcome.SKIPPED),
                new SegmentRecord(
                    SegmentKind.HOLD, "upward-stretch", null, 1, 10, Outcome.NOT_REACHED),
                new SegmentRecord(
                    SegmentKind.HOLD, "chair-back-extension", null, 1, 15, Outcome.NOT_REACHED),
                new SegmentRecord(SegmentKind.HOLD, "open-book", null, 1, 10, Outcome.NOT_REACHED)),
            2,
            null,
            List.of(),
            0,
            Ending.QUIT);

    assertThat(record.techniquesReached()).containsExactly("upward-stretch");
    assertThat(record.techniqueIds()).hasSize(3);
  }

  @Test
  void aFinishedSessionReachedEveryTechniqueInRoutineOrder() {
    assertThat(finished(3, 2).techniquesReached())
        .containsExactly("upward-stretch", "chair-back-extension");
  }

  @Test
  void writesEveryFieldAsJson() {
    SessionRecord record = finished(3, 2);

    String json = Json.write(record);

    assertThat(json)
        .startsWith(
            "{\"started\":\"2026-03-02T08:00:00Z\",\"ended\":\"2026-03-02T08:01:35Z\",\"routine\":"
                + "[{\"techniqueId\":\"upward-stretch\",\"holdSeconds\":10,\"reps\":2,\"sides\":1},")
        .contains(
            "{\"kind\":\"HOLD\",\"techniqueId\":\"upward-stretch\",\"side\":null,\"rep\":2,"
                + "\"seconds\":10,\"outcome\":\"SKIPPED\"}")
        .endsWith(
            "\"painBefore\":3,\"painAfter\":2,\"painStops\":[],\"pops\":1,\"ending\":\"FINISHED\"}");
  }

  @Test
  void readsBackWhatItWrites() {
    SessionRecord record = stoppedForPain();
    List<FieldError> errors = new ArrayList<>();

    var read = SessionRecord.read(Fields.root(Json.parse(Json.write(record)), "session", errors));

    assertThat(errors).isEmpty();
    assertThat(read).contains(record);
  }

  @Test
  void readingReportsEveryBadFieldWithItsPath() {
    String text =
        Json.write(finished(3, 2))
            .replace("\"painBefore\":3", "\"painBefore\":11")
            .replace("\"ending\":\"FINISHED\"", "\"ending\":\"DONE\"")
            .replace("\"pops\":1", "\"pops\":1,\"note\":\"x\"");
    List<FieldError> errors = new ArrayList<>();

    var read = SessionRecord.read(Fields.root(Json.parse(text), "session", errors));

    assertThat(read).isEmpty();
    assertThat(errors).extracting(FieldError::field).contains("painBefore", "ending", "note");
  }

  @Test
  void aStopThatIsNotMildNeedsTheStoppedForPainEnding() {
    assertThatThrownBy(
            () ->
                new SessionRecord(
                    START,
                    START,
                    List.of(),
                    List.of(
                        new SegmentRecord(
                            SegmentKind.PAIN_CHECK, null, null, null, 5, Outcome.SKIPPED)),
                    null,
                    null,
                    new PainStop(0, null, 5, false),
                    0,
                    Ending.QUIT))
        .hasMessageContaining("not mild");
  }

  @Test
  void aSessionMayGoOnAfterAMildStopAndKeepsItInItsList() {
    SessionRecord record =
        new SessionRecord(
            START,
            START.plusSeconds(30),
            List.of(
                new StepDose("armchair-twist", 10, 1, 1), new StepDose("upward-stretch", 10, 1, 1)),
            List.of(
                new SegmentRecord(SegmentKind.HOLD, "armchair-twist", null, 1, 10, Outcome.SKIPPED),
                new SegmentRecord(SegmentKind.HOLD, "upward-stretch", null, 1, 10, Outcome.DONE)),
            3,
            2,
            List.of(new PainStop(0, "armchair-twist", 4, false, true, false)),
            0,
            Ending.FINISHED);

    assertThat(record.mildStops()).hasSize(1);
    assertThat(record.painDuringStretching()).isFalse();
    assertThat(record.advice()).containsExactly(SessionAdvice.MILD_STOP);
    assertThat(record.stoppedForPain()).isEmpty();
  }

  @Test
  void anOlderRecordsSinglePainStopReadsAsAStopThatWasNotMild() {
    String older =
        "{\"started\":\"2026-03-02T08:00:00Z\",\"ended\":\"2026-03-02T08:00:20Z\","
            + "\"routine\":[{\"techniqueId\":\"armchair-twist\",\"holdSeconds\":10,\"reps\":1,"
            + "\"sides\":1}],\"segments\":[{\"kind\":\"HOLD\",\"techniqueId\":\"armchair-twist\","
            + "\"side\":null,\"rep\":1,\"seconds\":10,\"outcome\":\"SKIPPED\"}],\"painBefore\":3,"
            + "\"painAfter\":4,\"painStop\":{\"segmentIndex\":0,\"techniqueId\":\"armchair-twist\","
            + "\"painScore\":4,\"duringSelfCrack\":false},\"pops\":0,\"ending\":\"STOPPED_FOR_PAIN\"}";
    List<FieldError> errors = new ArrayList<>();

    SessionRecord record =
        SessionRecord.read(Fields.root(Json.parse(older), "session", errors)).orElseThrow();

    assertThat(record.painStops())
        .containsExactly(new PainStop(0, "armchair-twist", 4, false, false, false));
    assertThat(record.painDuringStretching()).isTrue();
  }

  @Test
  void aStopWithoutItsEasingAnswerIsRefusedNamingTheField() {
    String stop =
        "{\"started\":\"2026-03-02T08:00:00Z\",\"ended\":\"2026-03-02T08:00:20Z\","
            + "\"routine\":[],\"segments\":[{\"kind\":\"HOLD\",\"techniqueId\":\"armchair-twist\","
            + "\"side\":null,\"rep\":1,\"seconds\":10,\"outcome\":\"SKIPPED\"}],\"painBefore\":3,"
            + "\"painAfter\":4,\"painStops\":[{\"segmentIndex\":0,\"techniqueId\":\"armchair-twist\","
            + "\"painScore\":4,\"duringSelfCrack\":false,\"sharpOrSpreading\":false}],\"pops\":0,"
            + "\"ending\":\"STOPPED_FOR_PAIN\"}";
    List<FieldError> errors = new ArrayList<>();

    var read = SessionRecord.read(Fields.root(Json.parse(stop), "session", errors));

    assertThat(read).isEmpty();
    assertThat(errors).extracting(FieldError::field).contains("painStops[0].easing");
  }

  @Test
  void rejectsPainScoreAboveTen() {
    assertThatThrownBy(() -> finished(11, 2)).hasMessageContaining("painBefore outside 0–10: 11");
  }

  @Test
  void onlyAQuitSessionWithoutASelfCrackOrAdviceMayBeLeftOutOfTheJournal() {
    SessionRecord quitEarly = ended(Ending.QUIT, 0, Outcome.SKIPPED);
    SessionRecord quitAfterACrack = ended(Ending.QUIT, 0, Outcome.DONE);
    SessionRecord quitAfterAPop = ended(Ending.QUIT, 1, Outcome.SKIPPED);

    assertThat(quitEarly.mayBeLeftOut()).isTrue();
    assertThat(quitAfterACrack.mayBeLeftOut()).isFalse();
    assertThat(quitAfterAPop.mayBeLeftOut()).isFalse();
    assertThat(finished(3, 2).mayBeLeftOut()).isFalse();
    assertThat(stoppedForPain().mayBeLeftOut()).isFalse();
  }

  private static SessionRecord ended(Ending ending, int pops, Outcome crack) {
    return new SessionRecord(
        START,
        START.plusSeconds(30),
        List.of(new StepDose("chair-back-extension", 15, 1, 1)),
        List.of(
            new SegmentRecord(SegmentKind.PAIN_CHECK, null, null, null, 5, Outcome.DONE),
            new SegmentRecord(
                SegmentKind.GET_READY, "chair-back-extension", null, null, 5, Outcome.DONE),
            new SegmentRecord(
                SegmentKind.CRACK_ATTEMPT, "chair-back-extension", null, null, 15, crack),
            new SegmentRecord(SegmentKind.PAIN_CHECK, null, null, null, 5, Outcome.NOT_REACHED)),
        3,
        null,
        List.of(),
        pops,
        ending);
  }

  @Test
  void theSummarySaysHowItEndedHowLongWhatWasBegunThePainAndAnyRelease() {
    assertThat(finished(3, 2).summary())
        .isEqualTo(
            "Session finished in 1:35: 2 of 2 techniques begun, 1 hold skipped, pain 3 → 2,"
                + " a release felt.");
    assertThat(finished(null, null).summary()).contains("pain not rated");
    assertThat(ended(Ending.QUIT, 2, Outcome.SKIPPED).summary())
        .isEqualTo(
            "Session ended early in 0:30: 1 of 1 technique begun, 1 hold skipped,"
                + " pain 3 → not rated, 2 releases felt.");
  }

  @Test
  void theSummaryLeavesOutHoldsSkippedAndReleasesWhenThereWereNone() {
    String summary = ended(Ending.FINISHED, 0, Outcome.DONE).summary();

    assertThat(summary)
        .isEqualTo("Session finished in 0:30: 1 of 1 technique begun, pain 3 → not rated.")
        .doesNotContain("segment")
        .doesNotContain("pop");
  }

  @Test
  void aPlayedCrackAttemptUsesTodaysSelfCrackSession() {
    assertThat(finished(3, 2).usedSelfCrack()).isTrue();
  }

  @Test
  void painDuringAStretchMarksStretchingNotCracking() {
    SessionRecord record = stoppedForPain();

    assertThat(record.painDuringStretching()).isTrue();
    assertThat(record.painDuringCracking()).isFalse();
    assertThat(record.painRose()).isTrue();
  }

  @Test
  void aRiseOfOnePointIsNotAPainRise() {
    assertThat(finished(3, 4).painRose()).isFalse();
    assertThat(finished(3, 5).painRose()).isTrue();
  }

  @Test
  void jsonTreeHasTheNamedFieldsInOrder() {
    @SuppressWarnings("unchecked")
    Map<String, Object> json = (Map<String, Object>) finished(null, null).toJson();

    assertThat(json.keySet())
        .containsExactly(
            "started",
            "ended",
            "routine",
            "segments",
            "painBefore",
            "painAfter",
            "painStops",
            "pops",
            "ending");
  }

  static SessionRecord stoppedForPain() {
    return new SessionRecord(
        START,
        START.plusSeconds(20),
        List.of(new StepDose("armchair-twist", 10, 2, 2)),
        List.of(
            new SegmentRecord(SegmentKind.PAIN_CHECK, null, null, null, 5, Outcome.DONE),
            new SegmentRecord(SegmentKind.GET_READY, "armchair-twist", null, null, 5, Outcome.DONE),
            new SegmentRecord(
                SegmentKind.HOLD, "armchair-twist", Side.LEFT, 1, 10, Outcome.SKIPPED),
            new SegmentRecord(
                SegmentKind.HOLD, "armchair-twist", Side.RIGHT, 1, 10, Outcome.NOT_REACHED)),
        2,
        null,
        new PainStop(2, "armchair-twist", 5, false),
        0,
        Ending.STOPPED_FOR_PAIN);
  }
}

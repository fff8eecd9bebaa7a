package dev.limber.screening;

import static org.assertj.core.api.Assertions.assertThat;

import dev.limber.json.FieldError;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The rev. 3 rules that only the journal can fire: S15, X10, F10 and the mild stop's follow-up. */
class GradedPainRulesTest {
  /** Rules no answers document fires on its own: they read the journal's graded pain. */
  static final Set<String> JOURNAL_ONLY = Set.of("S15", "X10");

  private static final Screener SCREENER = Screener.bundled();

  private static HistoryFill fill(PainNotes notes, Optional<String> followUp) {
    return new HistoryFill(
        Optional.empty(),
        Optional.empty(),
        Optional.empty(),
        Optional.empty(),
        false,
        false,
        notes.newSymptomFlag(),
        Optional.empty(),
        notes,
        followUp);
  }

  private static AnswersReading read(Documents document, PainNotes notes, Optional<String> ask) {
    return AnswersReader.read(document.tree(), fill(notes, ask));
  }

  private static ScreeningResult screen(Documents document, PainNotes notes) {
    return SCREENER.screen(read(document, notes, Optional.empty()).requireAnswers());
  }

  @Test
  void anOpenNewSymptomFlagFiresS15AndNothingElseDoes() {
    PainNotes flagged = new PainNotes(true, false, Map.of(), Optional.empty());

    ScreeningResult fired = screen(Documents.clear(), flagged);
    ScreeningResult silent = screen(Documents.clear(), PainNotes.NONE);

    assertThat(fired.verdict()).isEqualTo(Verdict.SEE_PROFESSIONAL);
    assertThat(fired.ruleIds()).containsExactly("S15");
    assertThat(silent.ruleIds()).doesNotContain("S15");
  }

  @Test
  void aRecentMildStopFiresX10AndLeavesTheVerdictStretchOnly() {
    PainNotes mild = new PainNotes(false, true, Map.of(), Optional.empty());

    ScreeningResult fired = screen(Documents.clear(), mild);

    assertThat(fired.verdict()).isEqualTo(Verdict.STRETCH_ONLY);
    assertThat(fired.ruleIds()).containsExactly("X10");
  }

  @Test
  void aHeldTechniqueIsLeftOutByF10WithTheDayItComesBack() {
    Screening unheld =
        SCREENER.assess(read(Documents.clear(), PainNotes.NONE, Optional.empty()).requireAnswers());
    String techniqueId = unheld.result().techniques().get(0).id();
    PainNotes held =
        new PainNotes(false, true, Map.of(techniqueId, LocalDate.of(2026, 6, 1)), Optional.empty());

    Screening screening =
        SCREENER.assess(read(Documents.clear(), held, Optional.empty()).requireAnswers());

    assertThat(screening.result().techniques()).noneMatch(t -> t.id().equals(techniqueId));
    TechniqueDecision decision =
        screening.decisions().stream()
            .filter(d -> d.technique().id().equals(techniqueId))
            .findFirst()
            .orElseThrow();
    assertThat(decision.exclusions())
        .anySatisfy(
            exclusion -> {
              assertThat(exclusion.rule()).isEqualTo("F10");
              assertThat(exclusion.reason()).contains("Monday 1 June").doesNotContain("{");
            });
  }

  @Test
  void whileAMildStopIsOpenAScreeningWithoutTheFollowUpIsRejectedNamingIt() {
    AnswersReading reading =
        read(Documents.clear(), PainNotes.NONE, Optional.of("Is your back back to how it was?"));

    assertThat(reading.isValid()).isFalse();
    assertThat(reading.rejection().orElseThrow().errors())
        .extracting(FieldError::field)
        .containsExactly("history.lastPainStopSettled");
    assertThat(reading.rejection().orElseThrow().errors().get(0).message())
        .contains("Is your back back to how it was?");
  }

  @Test
  void notSettledIsPainThatPersistedAfterStretchingAndSettledIsNot() {
    Optional<String> ask = Optional.of("Is your back back to how it was?");

    ScreeningResult notSettled =
        SCREENER.screen(
            read(Documents.clear().with("history.lastPainStopSettled", false), PainNotes.NONE, ask)
                .requireAnswers());
    ScreeningResult settled =
        SCREENER.screen(
            read(Documents.clear().with("history.lastPainStopSettled", true), PainNotes.NONE, ask)
                .requireAnswers());

    assertThat(notSettled.ruleIds()).containsExactly("S6");
    assertThat(settled.verdict()).isEqualTo(Verdict.CLEAR);
  }

  @Test
  void theFollowUpIsIgnoredWhenNoMildStopIsOpenButStillValidated() {
    AnswersReading ignored =
        read(
            Documents.clear().with("history.lastPainStopSettled", false),
            PainNotes.NONE,
            Optional.empty());
    AnswersReading wrongType =
        read(
            Documents.clear().with("history.lastPainStopSettled", "no"),
            PainNotes.NONE,
            Optional.empty());

    assertThat(SCREENER.screen(ignored.requireAnswers()).verdict()).isEqualTo(Verdict.CLEAR);
    assertThat(wrongType.isValid()).isFalse();
  }

  @Test
  void theJournalsExactDurationOfFourWeeksFiresS4() {
    HistoryFill fourWeeks =
        HistoryFill.of(
            Optional.empty(), Optional.empty(), Optional.empty(), Optional.of(new BigDecimal("4")));

    ScreeningResult result =
        SCREENER.screen(
            AnswersReader.read(
                    Documents.clear()
                        .with("symptoms.painScore", 2)
                        .without("symptoms.painDurationWeeks")
                        .tree(),
                    fourWeeks)
                .requireAnswers());

    assertThat(result.ruleIds()).contains("S4");
  }
}

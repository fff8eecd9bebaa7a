package dev.limber.screening;

import static org.assertj.core.api.Assertions.assertThat;

import dev.limber.json.FieldError;
import dev.limber.json.Json;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class AnswersReaderTest {

  @Test
  void readsTheSpecExampleDocument() {
    String document =
        """
        {
          "conditions": ["OSTEOARTHRITIS"],
          "symptoms": {
            "painScore": 2, "painDurationWeeks": 1,
            "numbness": [], "weakness": [],
            "bladderOrBowelChange": false, "chestPain": false, "fever": false,
            "unexplainedWeightLoss": false, "swelling": false,
            "nightPainOrUnrelievedByRest": false, "painWorseWithCoughSneeze": false,
            "startBack": { "answers": [false,false,false,false,false,false,false,false], "bothersomeness": "SLIGHTLY" }
          },
          "history": {
            "ageYears": 34, "recentTrauma": "NONE", "firstEpisode": false,
            "crackSessionsToday": 0, "crackingDaysPerWeek": 1, "cracksToRelievePain": false,
            "painDuringCracking": false, "painDuringStretching": false, "previousPainScore": 3,
            "canGetDownToFloor": true, "canLieFlatWithoutBackDiscomfort": true, "canReachMidBack": true
          }
        }
        """;

    Answers answers = AnswersReader.parse(document).requireAnswers();

    assertThat(answers.conditions()).containsExactly(Condition.OSTEOARTHRITIS);
    assertThat(answers.symptoms().painDurationWeeks()).contains(BigDecimal.ONE);
    assertThat(answers.symptoms().startBack().orElseThrow().totalScore()).isZero();
    assertThat(answers.history().previousPainScore()).contains(3);
    assertThat(answers.history().canReachMidBack()).isTrue();
  }

  @Test
  void appliesDefaultsAndLeavesCapabilitiesFalseWhenUnknown() {
    Answers answers =
        Documents.clear()
            .with("symptoms.painScore", 0)
            .without("symptoms.painDurationWeeks")
            .without("history.firstEpisode")
            .without("history.canGetDownToFloor")
            .without("history.canLieFlatWithoutBackDiscomfort")
            .without("history.canReachMidBack")
            .answers();

    assertThat(answers.symptoms().numbness()).isEmpty();
    assertThat(answers.symptoms().chestPain()).isFalse();
    assertThat(answers.symptoms().painDurationWeeks()).isEmpty();
    assertThat(answers.history().recentTrauma()).isEqualTo(Trauma.NONE);
    assertThat(answers.history().crackSessionsToday()).isZero();
    assertThat(answers.history().previousPainScore()).isEmpty();
    assertThat(answers.history().canGetDownToFloor()).isFalse();
    assertThat(answers.history().canLieFlatWithoutBackDiscomfort()).isFalse();
    assertThat(answers.history().canReachMidBack()).isFalse();
    assertThat(answers.history().professionalReview()).isEqualTo(ProfessionalReview.NONE);
  }

  @Test
  void rejectsAMisspeltKeyInsteadOfDroppingIt() {
    AnswersReading reading = Documents.clear().with("symptoms.chest_pain", true).read();

    assertThat(fields(reading)).containsExactly("symptoms.chest_pain");
  }

  @Test
  void rejectsUnknownKeysAtEveryLevel() {
    Documents document =
        Documents.clear()
            .with("extra", 1)
            .with("history.height", 180)
            .withStartBack(0, Bothersomeness.SLIGHTLY)
            .with("symptoms.startBack.item10", true);

    assertThat(fields(document.read()))
        .containsExactlyInAnyOrder("extra", "history.height", "symptoms.startBack.item10");
  }

  @Test
  void rejectsWrongTypesWithoutCoercing() {
    Documents document =
        Documents.clear()
            .with("symptoms.painScore", "7")
            .with("history.ageYears", 5.5)
            .with("symptoms.fever", "yes")
            .with("history.firstEpisode", 1)
            .with("history.crackSessionsToday", true)
            .with("conditions", "OSTEOPOROSIS");

    assertThat(fields(document.read()))
        .containsExactlyInAnyOrder(
            "symptoms.painScore",
            "history.ageYears",
            "symptoms.fever",
            "history.firstEpisode",
            "history.crackSessionsToday",
            "conditions");
  }

  @Test
  void rejectsOutOfRangeNumbers() {
    Documents document =
        Documents.clear()
            .with("symptoms.painScore", 11)
            .with("symptoms.painDurationWeeks", 5200.5)
            .with("history.ageYears", 121)
            .with("history.crackingDaysPerWeek", 8)
            .with("history.crackSessionsToday", -1)
            .with("history.previousPainScore", -1);

    assertThat(fields(document.read()))
        .containsExactlyInAnyOrder(
            "symptoms.painScore",
            "symptoms.painDurationWeeks",
            "history.ageYears",
            "history.crackingDaysPerWeek",
            "history.crackSessionsToday",
            "history.previousPainScore");
  }

  @Test
  void rejectsPainScoreAboveTenNamingTheAllowedRange() {
    AnswersReading reading = Documents.clear().with("symptoms.painScore", 11).read();

    FieldError error = reading.rejection().orElseThrow().errors().get(0);
    assertThat(error.field()).isEqualTo("symptoms.painScore");
    assertThat(error.message()).contains("0").contains("10").contains("11");
  }

  @Test
  void rejectsUnknownCodesAndRepeatedCodes() {
    Documents document =
        Documents.clear()
            .with("conditions", new java.util.ArrayList<>(List.of("OSTEOPOROSIS", "osteopenia")))
            .with("history.recentTrauma", "SEVERE")
            .with("symptoms.numbness", new java.util.ArrayList<>(List.of("SADDLE", "SADDLE")))
            .with("symptoms.weakness", new java.util.ArrayList<>(List.of("HAND")));

    assertThat(fields(document.read()))
        .containsExactlyInAnyOrder(
            "conditions[1]",
            "history.recentTrauma",
            "symptoms.numbness[1]",
            "symptoms.weakness[0]");
  }

  @Test
  void rejectsMissingRequiredFields() {
    AnswersReading reading = AnswersReader.parse("{\"symptoms\":{},\"history\":{}}");

    assertThat(fields(reading))
        .containsExactlyInAnyOrder(
            "conditions",
            "symptoms.painScore",
            "symptoms.numbness",
            "symptoms.weakness",
            "symptoms.bladderOrBowelChange",
            "symptoms.chestPain",
            "symptoms.fever",
            "symptoms.unexplainedWeightLoss",
            "symptoms.swelling",
            "symptoms.nightPainOrUnrelievedByRest",
            "symptoms.painWorseWithCoughSneeze",
            "history.ageYears",
            "history.recentTrauma");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "symptoms.bladderOrBowelChange",
        "symptoms.chestPain",
        "symptoms.fever",
        "symptoms.unexplainedWeightLoss",
        "symptoms.swelling",
        "symptoms.nightPainOrUnrelievedByRest",
        "symptoms.painWorseWithCoughSneeze",
        "symptoms.numbness",
        "symptoms.weakness",
        "history.recentTrauma"
      })
  void aRedFlagLeftOutIsAnErrorNamingItNeverANo(String field) {
    AnswersReading reading = Documents.clear().without(field).read();

    assertThat(fields(reading)).containsExactly(field);
  }

  @Test
  void firstEpisodeIsRequiredWithPainAndOptionalWithStiffnessOnly() {
    AnswersReading withPain = Documents.clear().without("history.firstEpisode").read();
    AnswersReading stiffOnly =
        Documents.clear().with("symptoms.painScore", 0).without("history.firstEpisode").read();

    assertThat(fields(withPain)).containsExactly("history.firstEpisode");
    assertThat(stiffOnly.isValid()).isTrue();
  }

  @ParameterizedTest
  @ValueSource(strings = {"symptoms.chestPain", "history.ageYears", "history.previousPainScore"})
  void rejectsNullAnywhere(String field) {
    AnswersReading reading = Documents.clear().with(field, null).read();

    assertThat(fields(reading)).containsExactly(field);
  }

  @Test
  void anOpenPainFlagMakesTheJournalsNoReviewWinOverTheCallersReview() {
    HistoryFill flagged =
        new HistoryFill(
            Optional.empty(),
            Optional.empty(),
            Optional.empty(),
            Optional.empty(),
            false,
            true,
            true,
            Optional.empty(),
            PainNotes.NONE,
            Optional.empty());

    Answers answers =
        AnswersReader.read(
                Documents.clear().with("history.professionalReview", "EXERCISE_ADVISED").tree(),
                flagged)
            .requireAnswers();

    assertThat(answers.history().professionalReview()).isEqualTo(ProfessionalReview.NONE);
    assertThat(answers.history().painDuringStretching()).isTrue();
  }

  @Test
  void rejectsMissingSections() {
    AnswersReading reading = AnswersReader.parse("{\"conditions\":[]}");

    assertThat(fields(reading)).containsExactlyInAnyOrder("symptoms", "history");
  }

  @Test
  void requiresPainDurationWhenInPain() {
    AnswersReading reading = Documents.clear().without("symptoms.painDurationWeeks").read();

    assertThat(fields(reading)).containsExactly("symptoms.painDurationWeeks");
  }

  @Test
  void ignoresAMissingPainDurationWhenStiffOnly() {
    AnswersReading reading =
        Documents.clear()
            .with("symptoms.painScore", 0)
            .without("symptoms.painDurationWeeks")
            .read();

    assertThat(reading.isValid()).isTrue();
  }

  @Test
  void rejectsStartBackWithoutExactlyEightBooleans() {
    Documents seven =
        Documents.clear()
            .with(
                "symptoms.startBack",
                new java.util.LinkedHashMap<>(
                    Map.of(
                        "answers",
                        List.of(false, false, false, false, false, false, false),
                        "bothersomeness",
                        "SLIGHTLY")));
    Documents notBoolean =
        Documents.clear()
            .with(
                "symptoms.startBack",
                new java.util.LinkedHashMap<>(
                    Map.of(
                        "answers",
                        List.of(false, false, false, "yes", false, false, false, false),
                        "bothersomeness",
                        "SLIGHTLY")));
    Documents noItemNine =
        Documents.clear()
            .with(
                "symptoms.startBack",
                new java.util.LinkedHashMap<>(
                    Map.of(
                        "answers",
                        List.of(false, false, false, false, false, false, false, false))));

    assertThat(fields(seven.read())).containsExactly("symptoms.startBack.answers");
    assertThat(fields(notBoolean.read())).containsExactly("symptoms.startBack.answers[3]");
    assertThat(fields(noItemNine.read())).containsExactly("symptoms.startBack.bothersomeness");
  }

  @Test
  void rejectsNullForEveryKindOfField() {
    Documents document =
        Documents.clear()
            .with("symptoms.fever", null)
            .with("symptoms.numbness", null)
            .with("history.previousPainScore", null)
            .with("history.recentTrauma", null)
            .with("symptoms.startBack", null);

    assertThat(fields(document.read()))
        .containsExactlyInAnyOrder(
            "symptoms.fever",
            "symptoms.numbness",
            "history.previousPainScore",
            "history.recentTrauma",
            "symptoms.startBack");
  }

  @Test
  void rejectsANonObjectDocument() {
    assertThat(fields(AnswersReader.parse("[]"))).containsExactly(AnswersReader.DOCUMENT);
    assertThat(fields(AnswersReader.parse("null"))).containsExactly(AnswersReader.DOCUMENT);
  }

  @Test
  void rejectsMalformedJsonAndNaNAsADocumentError() {
    assertThat(fields(AnswersReader.parse("{\"conditions\": [}"))).containsExactly("(document)");
    assertThat(fields(AnswersReader.parse("{\"symptoms\": {\"painScore\": NaN}}")))
        .containsExactly("(document)");
    assertThat(fields(AnswersReader.parse(""))).containsExactly("(document)");
  }

  @Test
  void rejectsBytesThatAreNotUtf8() {
    byte[] bytes = {'{', '"', (byte) 0xC3, (byte) 0x28, '"', ':', '1', '}'};

    AnswersReading reading = AnswersReader.parse(bytes);

    assertThat(reading.rejection().orElseThrow().errors())
        .singleElement()
        .satisfies(error -> assertThat(error.message()).contains("UTF-8"));
  }

  @Test
  void reportsEveryErrorNotOnlyTheFirst() {
    AnswersReading reading =
        AnswersReader.parse(
            "{\"conditions\":[\"X\"],\"symptoms\":{\"painScore\":-1},\"history\":{\"ageYears\":\"old\"}}");

    assertThat(fields(reading)).contains("conditions[0]", "symptoms.painScore", "history.ageYears");
  }

  @Test
  void rejectionCarriesTheEmergencyNoticeInItsJson() {
    AnswersReading reading = AnswersReader.parse("{}".getBytes(StandardCharsets.UTF_8));

    @SuppressWarnings("unchecked")
    Map<String, Object> json =
        (Map<String, Object>) Json.parse(Json.write(reading.rejection().orElseThrow()));
    assertThat(new java.util.ArrayList<>(json.keySet()))
        .containsExactly("errors", "emergencyNotice");
    assertThat(json.get("emergencyNotice")).isEqualTo(EmergencyNotice.text());
    assertThat((List<?>) json.get("errors"))
        .allSatisfy(
            error ->
                assertThat(new java.util.ArrayList<Object>(((Map<?, ?>) error).keySet()))
                    .containsExactly("field", "message"));
  }

  @Test
  void answersWriteBackToADocumentThatReadsTheSame() {
    Answers answers =
        Documents.clear()
            .withCondition(Condition.HYPERMOBILITY)
            .withNumbness(Numbness.ONE_ARM)
            .withStartBack(2, Bothersomeness.VERY_MUCH)
            .with("history.previousPainScore", 1)
            .with("symptoms.painDurationWeeks", 2.5)
            .answers();

    Answers again = AnswersReader.parse(Json.write(answers)).requireAnswers();

    assertThat(again).isEqualTo(answers);
  }

  @Test
  void historyFillIsUsedOnlyForFieldsTheDocumentLeavesOut() {
    HistoryFill fill =
        HistoryFill.of(Optional.of(1), Optional.of(5), Optional.of(2), Optional.of(BigDecimal.TEN));
    Documents left =
        Documents.clear()
            .without("symptoms.painDurationWeeks")
            .without("history.crackSessionsToday")
            .without("history.crackingDaysPerWeek")
            .without("history.previousPainScore");

    Answers filled = AnswersReader.read(left.tree(), fill).requireAnswers();

    assertThat(filled.history().crackSessionsToday()).isEqualTo(1);
    assertThat(filled.history().crackingDaysPerWeek()).isEqualTo(5);
    assertThat(filled.history().previousPainScore()).contains(2);
    assertThat(filled.symptoms().painDurationWeeks()).contains(BigDecimal.TEN);
  }

  @Test
  void safetyFactsTakeTheMoreCautiousOfCallerAndJournalWhileThePreviousScoreIsTheCallers() {
    HistoryFill fill =
        HistoryFill.of(Optional.of(3), Optional.of(6), Optional.of(9), Optional.of(BigDecimal.TEN));
    Documents given =
        Documents.clear()
            .with("symptoms.painDurationWeeks", 1)
            .with("history.crackSessionsToday", 0)
            .with("history.crackingDaysPerWeek", 1)
            .with("history.previousPainScore", 2);

    Answers answers = AnswersReader.read(given.tree(), fill).requireAnswers();

    assertThat(answers.history().crackSessionsToday()).isEqualTo(3);
    assertThat(answers.history().crackingDaysPerWeek()).isEqualTo(6);
    assertThat(answers.history().previousPainScore()).contains(2);
    assertThat(answers.symptoms().painDurationWeeks()).contains(BigDecimal.TEN);
  }

  @Test
  void historyFillDoesNotRescueAnInvalidValue() {
    HistoryFill fill =
        HistoryFill.of(Optional.of(0), Optional.empty(), Optional.empty(), Optional.empty());

    AnswersReading reading =
        AnswersReader.read(
            Documents.clear().with("history.crackSessionsToday", "none").tree(), fill);

    assertThat(fields(reading)).containsExactly("history.crackSessionsToday");
  }

  @Test
  void historyFillMakesTheJournalVisibleToTheRules() {
    HistoryFill fill =
        HistoryFill.of(Optional.of(1), Optional.empty(), Optional.empty(), Optional.empty());
    Documents document = Documents.clear().without("history.crackSessionsToday");

    ScreeningResult result =
        Screener.bundled().screen(AnswersReader.read(document.tree(), fill).requireAnswers());

    assertThat(result.ruleIds()).contains("X6");
  }

  private static List<String> fields(AnswersReading reading) {
    assertThat(reading.isValid()).as("document should be rejected").isFalse();
    return reading.rejection().orElseThrow().errors().stream().map(FieldError::field).toList();
  }
}

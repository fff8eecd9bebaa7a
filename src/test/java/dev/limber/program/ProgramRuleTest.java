package dev.limber.program;

import static org.assertj.core.api.Assertions.assertThat;

import dev.limber.catalog.Catalog;
import dev.limber.json.FieldError;
import dev.limber.json.Json;
import dev.limber.screening.Verdict;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ProgramRuleTest {
  private static final ProgramRule RULE = new ProgramRule(Catalog.bundled());

  static String program(String items, boolean selfCrackAllowed) {
    return "{\"title\": \"Desk back\", \"items\": ["
        + items
        + "], \"frequency\": {\"timesPerDay\": 1, \"daysPerWeek\": 5},"
        + " \"notes\": \"Slowly.\", \"selfCrackAllowed\": "
        + selfCrackAllowed
        + "}";
  }

  static final String ARMCHAIR_TWIST =
      "{\"techniqueId\": \"armchair-twist\", \"holdSeconds\": 20, \"reps\": 2, \"sides\": 2}";
  static final String CHAIR_CRACK =
      "{\"techniqueId\": \"chair-back-extension\", \"holdSeconds\": 20, \"reps\": 1, \"sides\": 1}";

  private static List<FieldError> errors(String document) {
    return RULE.read(Json.parse(document)).errors();
  }

  @Test
  void readsAProgramWithinTheCatalogsBounds() {
    ProgramRule.Reading reading = RULE.read(Json.parse(program(ARMCHAIR_TWIST, false)));

    assertThat(reading.errors()).isEmpty();
    Program program = reading.program().orElseThrow();
    assertThat(program.items()).containsExactly(new ProgramItem("armchair-twist", 20, 2, 2));
    assertThat(program.frequency().sessionsPerWeek()).isEqualTo(5);
  }

  @Test
  void refusesAHoldOverSixtySecondsNamingTheFieldAndValue() {
    List<FieldError> errors =
        errors(
            program(ARMCHAIR_TWIST.replace("\"holdSeconds\": 20", "\"holdSeconds\": 90"), false));

    assertThat(errors).hasSize(1);
    assertThat(errors.get(0).field()).isEqualTo("items[0].holdSeconds");
    assertThat(errors.get(0).message()).contains("90").contains("60 s");
  }

  @Test
  void refusesADoseOutsideTheTechniquesOwnBounds() {
    List<FieldError> errors =
        errors(
            program(
                ARMCHAIR_TWIST
                    .replace("\"holdSeconds\": 20", "\"holdSeconds\": 5")
                    .replace("\"reps\": 2", "\"reps\": 4")
                    .replace("\"sides\": 2", "\"sides\": 1"),
                false));

    assertThat(errors)
        .extracting(FieldError::field)
        .containsExactlyInAnyOrder("items[0].holdSeconds", "items[0].reps", "items[0].sides");
    assertThat(errors.toString()).contains("5 is outside the catalog's 10–30 s");
  }

  @Test
  void refusesATechniqueTheCatalogDoesNotHave() {
    List<FieldError> errors =
        errors(program(ARMCHAIR_TWIST.replace("armchair-twist", "neck-crack"), false));

    assertThat(errors)
        .containsExactly(
            new FieldError("items[0].techniqueId", "no technique \"neck-crack\" in the catalog"));
  }

  @Test
  void refusesASelfCrackWhenTheProgramDoesNotAllowSelfCracking() {
    List<FieldError> errors = errors(program(ARMCHAIR_TWIST + "," + CHAIR_CRACK, false));

    assertThat(errors).extracting(FieldError::field).containsExactly("items[1].techniqueId");
    assertThat(errors.get(0).message()).contains("selfCrackAllowed is false");
  }

  @Test
  void refusesASelfCrackBeforeTheLastTechniqueOrWithoutAStretchFirst() {
    assertThat(errors(program(CHAIR_CRACK + "," + ARMCHAIR_TWIST, true)).toString())
        .contains("must come last");
    assertThat(errors(program(CHAIR_CRACK, true)).toString()).contains("needs a stretch before it");
  }

  @Test
  void refusesASelfCrackForAPersonWhoseVerdictIsNotClear() {
    Program program =
        RULE.read(Json.parse(program(ARMCHAIR_TWIST + "," + CHAIR_CRACK, true)))
            .program()
            .orElseThrow();

    assertThat(RULE.checkFor(program, Optional.of(Verdict.CLEAR))).isEmpty();
    List<FieldError> stretchOnly = RULE.checkFor(program, Optional.of(Verdict.STRETCH_ONLY));
    assertThat(stretchOnly).extracting(FieldError::field).containsExactly("items[1].techniqueId");
    assertThat(stretchOnly.get(0).message()).contains("STRETCH_ONLY, not CLEAR");
    assertThat(RULE.checkFor(program, Optional.empty())).hasSize(1);
  }

  @Test
  void reportsEveryMissingFieldAtOnce() {
    List<FieldError> errors = errors("{\"items\": [], \"frequency\": {\"timesPerDay\": 9}}");

    assertThat(errors)
        .extracting(FieldError::field)
        .contains("title", "items", "frequency.timesPerDay", "frequency.daysPerWeek");
  }
}

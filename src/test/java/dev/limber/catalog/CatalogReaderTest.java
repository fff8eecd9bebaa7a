package dev.limber.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CatalogReaderTest {

  @Test
  void readsAValidFixture() {
    Catalog catalog = CatalogReader.readResource("/catalog/valid.json");

    assertThat(catalog.techniques())
        .extracting(Technique::id)
        .containsExactly("test-stretch", "test-crack");
    assertThat(catalog.require("test-crack").dose().kind()).isEqualTo(DoseKind.CRACK_ATTEMPT);
    assertThat(catalog.generalGuidance()).hasSize(1);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "unknown-tag          | test-stretch | tags[2]             | unknown code \"UPSIDE_DOWN\"",
        "unknown-equipment    | test-stretch | equipment[0]        | unknown code \"TRAMPOLINE\"",
        "unknown-region       | test-stretch | region              | unknown code \"NECK_AREA\"",
        "missing-sources      | test-stretch | sources             | is required",
        "empty-sources        | test-stretch | sources             | must cite at least one source",
        "duplicate-id         | test-stretch | id                  | duplicate id \"test-stretch\"",
        "hold-over-60         | test-stretch | dose.holdSeconds.max | must be from 1 to 60, found 90",
        "hold-under-1         | test-stretch | dose.holdSeconds.min | must be from 1 to 60, found 0",
        "min-above-max        | test-stretch | dose.reps           | min 5 is above max 2",
        "neck-technique       | test-crack   | tags[1]             | NECK techniques are never offered",
        "partner-assisted     | test-stretch | tags[1]             | PARTNER_ASSISTED techniques are never offered",
        "self-crack-with-hold | test-crack   | dose.kind           | a SELF_CRACK technique is one slow attempt",
        "unknown-field        | test-stretch | holdTime            | unknown field",
        "missing-steps        | test-stretch | steps               | is required",
        "two-modalities       | test-stretch | tags                | exactly one of SELF_CRACK, STRETCH, SELF_MASSAGE",
      })
  void rejectsABrokenCatalogNamingFileTechniqueAndField(
      String fixture, String techniqueId, String field, String message) throws IOException {
    String file = "broken/" + fixture + ".json";
    String text = fixture(file);

    assertThatThrownBy(() -> CatalogReader.read(file, text))
        .isInstanceOf(InvalidCatalogException.class)
        .hasMessageContaining(file)
        .hasMessageContaining("\"" + techniqueId + "\"." + field)
        .hasMessageContaining(message);
  }

  @Test
  void reportsEveryFaultNotOnlyTheFirst() throws IOException {
    String text =
        fixture("valid.json")
            .replace("\"UPPER_BACK\"", "\"SHOULDERS\"")
            .replace("\"GENTLE\"", "\"EASY\"");

    assertThatThrownBy(() -> CatalogReader.read("two-faults.json", text))
        .isInstanceOfSatisfying(
            InvalidCatalogException.class,
            failure -> assertThat(failure.errors()).hasSizeGreaterThanOrEqualTo(4));
  }

  @Test
  void rejectsTextThatIsNotJson() {
    assertThatThrownBy(() -> CatalogReader.read("garbled.json", "{\"techniques\": ["))
        .isInstanceOf(InvalidCatalogException.class)
        .hasMessageContaining("garbled.json")
        .hasMessageContaining("unexpected end of input");
  }

  private static String fixture(String name) throws IOException {
    try (InputStream in = CatalogReaderTest.class.getResourceAsStream("/catalog/" + name)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }
}

package dev.limber.web.api;

import static org.assertj.core.api.Assertions.assertThat;

import dev.limber.json.FieldError;
import dev.limber.json.Json;
import dev.limber.screening.AnswersReader;
import dev.limber.screening.AnswersReading;
import dev.limber.screening.HistoryFill;
import dev.limber.screening.PainNotes;
import dev.limber.screening.Screener;
import dev.limber.screening.ScreeningResult;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The answers format as people read it (docs/answers-format.md) and as clients read it (the OpenAPI
 * schemas), checked against the reader the screening uses: every example gives the verdict its
 * heading names, every required field of the schema is required by the reader, every property of
 * the schema is accepted and every enum value read.
 */
class AnswersSchemaTest {
  private static final Screener SCREENER = Screener.bundled();
  private static final Pattern JSON_BLOCK = Pattern.compile("```json\\n(.*?)```", Pattern.DOTALL);

  @SuppressWarnings("unchecked")
  private static Map<String, Object> schema(String name) {
    Map<String, Object> document = (Map<String, Object>) Json.parse(OpenApi.document());
    Map<String, Object> components = (Map<String, Object>) document.get("components");
    return (Map<String, Object>) ((Map<String, Object>) components.get("schemas")).get(name);
  }

  private static List<String> examples() throws IOException {
    String text = Files.readString(Path.of("docs/answers-format.md"));
    List<String> blocks = new ArrayList<>();
    Matcher matcher = JSON_BLOCK.matcher(text);
    while (matcher.find()) {
      blocks.add(matcher.group(1));
    }
    return blocks;
  }

  @Test
  void everyExampleOfTheDocsGivesTheVerdictItsHeadingNames() throws IOException {
    List<String> examples = examples();

    assertThat(examples).hasSize(6);
    assertThat(verdict(examples.get(0))).isEqualTo("CLEAR");
    assertThat(verdict(examples.get(1))).isEqualTo("STRETCH_ONLY");
    assertThat(verdict(examples.get(2))).isEqualTo("SEE_PROFESSIONAL");
    assertThat(verdict(examples.get(3))).isEqualTo("URGENT TODAY");
    assertThat(verdict(examples.get(4))).isEqualTo("URGENT EMERGENCY");
    assertThat(fields(AnswersReader.parse(examples.get(5)))).containsExactly("symptoms.chestPain");
  }

  private static String verdict(String document) {
    ScreeningResult result = SCREENER.screen(AnswersReader.parse(document).requireAnswers());
    return result.verdict() + result.urgency().map(urgency -> " " + urgency).orElse("");
  }

  @Test
  void everyFieldTheSchemaRequiresTheReaderRequiresNamingIt() throws IOException {
    for (String section : List.of("symptoms", "history")) {
      @SuppressWarnings("unchecked")
      List<String> required =
          (List<String>)
              schema(section.equals("symptoms") ? "Symptoms" : "History").get("required");
      for (String field : required) {
        Map<String, Object> document = clear();
        section(document, section).remove(field);

        assertThat(fields(AnswersReader.read(document))).as(field).contains(section + "." + field);
      }
    }
    @SuppressWarnings("unchecked")
    List<String> rootRequired = (List<String>) schema("Answers").get("required");
    for (String field : rootRequired) {
      Map<String, Object> document = clear();
      document.remove(field);

      assertThat(fields(AnswersReader.read(document))).as(field).contains(field);
    }
  }

  @Test
  void everyPropertyOfTheSchemaIsReadAndNoOther() throws IOException {
    for (String section : List.of("symptoms", "history")) {
      Map<String, Object> properties =
          properties(section.equals("symptoms") ? "Symptoms" : "History");
      Map<String, Object> complete = clear();
      section(complete, section).put("noSuchField", true);

      assertThat(fields(AnswersReader.read(complete))).containsExactly(section + ".noSuchField");
      for (String field : properties.keySet()) {
        assertThat(knownToTheReader(section, field)).as(section + "." + field).isTrue();
      }
    }
  }

  /** A field the reader knows is never reported as unknown, whatever its value. */
  private static boolean knownToTheReader(String section, String field) throws IOException {
    Map<String, Object> document = clear();
    section(document, section).put(field, "?");
    return fields(AnswersReader.read(document)).stream()
        .noneMatch(
            path -> path.equals(section + "." + field) && unknownField(document, section, field));
  }

  private static boolean unknownField(Map<String, Object> document, String section, String field) {
    return AnswersReader.read(document).rejection().orElseThrow().errors().stream()
        .filter(error -> error.field().equals(section + "." + field))
        .anyMatch(error -> error.message().startsWith("unknown field"));
  }

  @Test
  void everyEnumValueOfTheSchemaIsAccepted() throws IOException {
    for (String section : List.of("symptoms", "history")) {
      Map<String, Object> properties =
          properties(section.equals("symptoms") ? "Symptoms" : "History");
      for (Map.Entry<String, Object> property : properties.entrySet()) {
        for (Object value : enumValues(property.getValue())) {
          Map<String, Object> document = clear();
          boolean array = "array".equals(((Map<?, ?>) property.getValue()).get("type"));
          section(document, section)
              .put(property.getKey(), array ? new ArrayList<>(List.of(value)) : value);

          assertThat(fields(AnswersReader.read(document)))
              .as(section + "." + property.getKey() + " = " + value)
              .isEmpty();
        }
      }
    }
    for (Object condition : enumValues(properties("Answers").get("conditions"))) {
      Map<String, Object> document = clear();
      document.put("conditions", new ArrayList<>(List.of(condition)));

      assertThat(fields(AnswersReader.read(document))).as(condition.toString()).isEmpty();
    }
  }

  @Test
  void lastPainStopSettledIsRequiredWhileAMildStopIsOpenAndIgnoredOtherwise() throws IOException {
    HistoryFill open =
        new HistoryFill(
            java.util.Optional.empty(),
            java.util.Optional.empty(),
            java.util.Optional.empty(),
            java.util.Optional.empty(),
            false,
            false,
            false,
            java.util.Optional.empty(),
            PainNotes.NONE,
            java.util.Optional.of("Is your back back to how it was before that session?"));
    Map<String, Object> answered = clear();
    section(answered, "history").put("lastPainStopSettled", true);

    assertThat(fields(AnswersReader.read(clear(), open)))
        .containsExactly("history.lastPainStopSettled");
    assertThat(fields(AnswersReader.read(answered, open))).isEmpty();
    assertThat(fields(AnswersReader.read(answered))).isEmpty();
    assertThat(
            String.valueOf(
                ((Map<?, ?>) properties("History").get("lastPainStopSettled")).get("description")))
        .contains("Required while");
    assertThat(
            String.valueOf(
                ((Map<?, ?>) properties("History").get("painDuringStretching")).get("description")))
        .contains("since that review");
  }

  private static List<?> enumValues(Object property) {
    Map<?, ?> schema = (Map<?, ?>) property;
    if (schema.get("enum") instanceof List<?> values) {
      return values;
    }
    if (schema.get("items") instanceof Map<?, ?> items && items.get("enum") instanceof List<?> v) {
      return v;
    }
    return List.of();
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> properties(String schema) {
    return (Map<String, Object>) schema(schema).get("properties");
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> clear() throws IOException {
    return (Map<String, Object>) Json.parse(examples().get(0));
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> section(Map<String, Object> document, String name) {
    Map<String, Object> section = new LinkedHashMap<>((Map<String, Object>) document.get(name));
    document.put(name, section);
    return section;
  }

  private static List<String> fields(AnswersReading reading) {
    return reading
        .rejection()
        .map(r -> r.errors().stream().map(FieldError::field).toList())
        .orElse(List.of());
  }
}

package dev.limber.screening;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class SafetyWordsTest {
  static String shipped() throws IOException {
    try (InputStream in = SafetyWords.class.getResourceAsStream(SafetyWords.BUNDLED_RESOURCE)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  @Test
  void theShippedTableNamesEveryVerdictOnceAndEveryNameDiffers() {
    SafetyWords words = SafetyWords.bundled();

    assertThat(java.util.Arrays.stream(Verdict.values()).map(words::name).distinct())
        .hasSize(Verdict.values().length);
    for (Verdict verdict : Verdict.values()) {
      assertThat(words.headline(verdict, Optional.empty())).isNotBlank();
      assertThat(words.sources(verdict)).isNotEmpty();
    }
    for (SafetyWords.Sentence sentence : SafetyWords.Sentence.values()) {
      assertThat(words.sentence(sentence)).isNotBlank();
      assertThat(words.sources(sentence)).isNotEmpty();
    }
  }

  @Test
  void theEmergencyHeadlineNamesTheConfiguredNumber() {
    try {
      EmergencyNotice.configure("999");

      assertThat(SafetyWords.bundled().headline(Verdict.URGENT, Optional.of(Urgency.EMERGENCY)))
          .contains("999")
          .doesNotContain("{number}");
    } finally {
      EmergencyNotice.configure(EmergencyNotice.DEFAULT_NUMBER);
    }
  }

  @Test
  void whenToGetHelpReadsAsConditionsNotAsTodaysVerdict() {
    String help = SafetyWords.bundled().sentence(SafetyWords.Sentence.whenToGetHelp);

    assertThat(help).startsWith("Get medical help the same day if").doesNotContain("until");
  }

  @Test
  void aTableMissingAVerdictIsRefusedNamingIt() throws IOException {
    String text = shipped().replace("\"STRETCH_ONLY\": {", "\"STRETCH_ONLYX\": {");

    assertThatThrownBy(() -> SafetyWords.read("words.json", text))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("verdicts.STRETCH_ONLY")
        .hasMessageContaining("STRETCH_ONLYX");
  }

  @Test
  void aMissingHeadlineOrSentenceIsRefusedNamingEachPath() throws IOException {
    String text =
        shipped()
            .replace("\"headline\": \"No session today.", "\"headlines\": \"No session today.")
            .replace("\"noRoutinePrinted\"", "\"noRoutinePrintedX\"");

    assertThatThrownBy(() -> SafetyWords.read("words.json", text))
        .hasMessageContaining("verdicts.SEE_PROFESSIONAL.headline")
        .hasMessageContaining("sentences.noRoutinePrinted")
        .hasMessageContaining("words.json");
  }

  @Test
  void anEntryWithoutASourceIsRefused() throws IOException {
    String text =
        shipped()
            .replaceFirst(
                "\"sources\": \\[\"001_b4d023317583ddde.txt\"\\]\\n    \\},\\n    \"SEE_PROFESSIONAL\"",
                "\"sources\": []\n    },\n    \"SEE_PROFESSIONAL\"");
    assertThat(text).isNotEqualTo(shipped());

    assertThatThrownBy(() -> SafetyWords.read("words.json", text))
        .hasMessageContaining("verdicts.STRETCH_ONLY.sources");
  }

  @Test
  void anUnknownKeyIsRefused() throws IOException {
    String text =
        shipped().replace("\"formatVersion\": 1,", "\"formatVersion\": 1, \"colour\": 1,");

    assertThatThrownBy(() -> SafetyWords.read("words.json", text)).hasMessageContaining("colour");
  }

  @Test
  void theShippedTableWordsEveryNewSymptomWithItsSources() {
    SafetyWords words = SafetyWords.bundled();

    for (NewSymptom symptom : NewSymptom.values()) {
      SafetyWords.SymptomWords entry = words.symptom(symptom);
      assertThat(entry.callLine()).startsWith("Call " + SafetyWords.NUMBER + " now");
      assertThat(words.sources(symptom)).isNotEmpty();
      assertThat(symptom.named()).contains(entry.words()).doesNotContain(SafetyWords.SYMPTOM);
    }
  }

  @Test
  void theCallLineNamesTheConfiguredNumber() {
    try {
      EmergencyNotice.configure("911");

      assertThat(NewSymptom.WEAKNESS.callLine())
          .isEqualTo(
              SafetyWords.bundled()
                  .symptom(NewSymptom.WEAKNESS)
                  .callLine()
                  .replace(SafetyWords.NUMBER, "911"))
          .startsWith("Call 911 now");
    } finally {
      EmergencyNotice.configure(EmergencyNotice.DEFAULT_NUMBER);
    }
  }

  @Test
  void aMissingOrUnknownSymptomIsRefusedNamingBoth() throws IOException {
    String text = shipped().replace("\"SWELLING\": {", "\"BRUISING\": {");

    assertThatThrownBy(() -> SafetyWords.read("words.json", text))
        .hasMessageContaining("symptoms.SWELLING")
        .hasMessageContaining("BRUISING");
  }

  @Test
  void aCallLineWithoutTheNumberIsRefused() throws IOException {
    String text =
        shipped()
            .replace("Call {number} now if a leg has turned weak.", "Call now if a leg is weak.");
    assertThat(text).isNotEqualTo(shipped());

    assertThatThrownBy(() -> SafetyWords.read("words.json", text))
        .hasMessageContaining("symptoms.WEAKNESS.callLine")
        .hasMessageContaining("{number}");
  }

  @Test
  void aSymptomSentenceWithoutTheSymptomIsRefused() throws IOException {
    String text =
        shipped()
            .replace(
                "\"You told Limber about new {symptom}.\"", "\"You told Limber about a symptom.\"");
    assertThat(text).isNotEqualTo(shipped());

    assertThatThrownBy(() -> SafetyWords.read("words.json", text))
        .hasMessageContaining("sentences.symptomNamed.text");
  }

  @Test
  void aMissingOrUnknownLabelIsRefusedNamingBoth() throws IOException {
    String text = shipped().replace("\"emergency\": \"In an emergency\"", "\"urgent\": \"Help\"");

    assertThatThrownBy(() -> SafetyWords.read("words.json", text))
        .hasMessageContaining("labels.emergency")
        .hasMessageContaining("urgent");
  }

  @Test
  void theEmergencyAndVerdictLinesUseTheTablesLabels() {
    SafetyWords words = SafetyWords.bundled();

    assertThat(words.emergencyLine("Call 112 now.")).isEqualTo("In an emergency: Call 112 now.");
    assertThat(words.verdictLine(Verdict.STRETCH_ONLY, Optional.empty()))
        .isEqualTo(
            "Verdict: Stretches only. " + words.headline(Verdict.STRETCH_ONLY, Optional.empty()));
  }

  @Test
  void aSessionVerdictsAdviceAddsToItsHeadlineInsteadOfSayingItAgain() {
    SafetyWords words = SafetyWords.bundled();
    RuleBook rules = RuleBook.bundled();

    for (Verdict verdict : List.of(Verdict.CLEAR, Verdict.STRETCH_ONLY)) {
      List<String> headline = sentences(words.headline(verdict, Optional.empty()));

      for (String advice : sentences(rules.adviceFor(verdict))) {
        for (String said : headline) {
          assertThat(sharedWords(advice, said))
              .as(verdict + ": \"" + advice + "\" repeats \"" + said + "\"")
              .isLessThan(0.8);
        }
      }
    }
  }

  @Test
  void thePrintedNoRoutineLineNamesWhoTheVerdictSendsYouTo() {
    SafetyWords words = SafetyWords.bundled();

    assertThat(words.sentence(SafetyWords.Sentence.noRoutinePrinted))
        .contains("until a physiotherapist or doctor has seen you");
    assertThat(words.headline(Verdict.SEE_PROFESSIONAL, Optional.empty()))
        .contains("physiotherapist or doctor");
  }

  private static List<String> sentences(String text) {
    return Arrays.stream(text.split("(?<=[.:;])\\s+")).toList();
  }

  /** The share of {@code sentence}'s words that {@code other} also holds. */
  private static double sharedWords(String sentence, String other) {
    Set<String> words = words(sentence);
    Set<String> others = words(other);
    return (double) words.stream().filter(others::contains).count() / words.size();
  }

  private static Set<String> words(String text) {
    return Arrays.stream(text.toLowerCase(Locale.ROOT).split("[^a-z-]+"))
        .filter(word -> !word.isEmpty())
        .collect(Collectors.toSet());
  }
}

package dev.limber.screening;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class RuleBookTest {
  private static final RuleBook RULES = RuleBook.bundled();

  @Test
  void shippedDataHoldsEveryRuleOfTheSpecInOrder() {
    List<String> expected = new java.util.ArrayList<>();
    for (int index = 1; index <= 13; index++) {
      expected.add("U" + index);
    }
    for (int index = 1; index <= 12; index++) {
      expected.add("S" + index);
    }
    expected.add("S14");
    expected.add("S15");
    for (int index = 1; index <= 10; index++) {
      expected.add("X" + index);
    }

    assertThat(RULES.rules()).extracting(Rule::id).containsExactlyElementsOf(expected);
    assertThat(RULES.filters())
        .extracting(Filter::id)
        .containsExactly("F1", "F2", "F3", "F4", "F5", "F6", "F7", "F8", "F9", "F10");
  }

  @Test
  void everySeeProfessionalMessageSaysThereIsNoSessionToday() {
    for (Rule rule : RULES.rules()) {
      if (rule.verdict() == Verdict.SEE_PROFESSIONAL) {
        assertThat(rule.message()).as(rule.id()).contains("No session today");
      }
    }
  }

  @Test
  void everyRuleAndFilterHasWordsAndSources() {
    for (Rule rule : RULES.rules()) {
      assertThat(rule.trigger()).as(rule.id()).isNotBlank();
      assertThat(rule.message()).as(rule.id()).isNotBlank().doesNotContain("{");
      assertThat(rule.sources()).as(rule.id()).isNotEmpty();
    }
    for (Filter filter : RULES.filters()) {
      // F10 names the day a held technique comes back, filled per person.
      assertThat(filter.reason().replace("{backOn}", "Monday 1 June"))
          .as(filter.id())
          .isNotBlank()
          .doesNotContain("{");
      assertThat(filter.sources()).as(filter.id()).isNotEmpty();
    }
  }

  @Test
  void policyThresholdsAreTheSpecNumbersWithARationale() {
    Policy policy = RULES.policy();

    assertThat(policy.moderatePainMin()).isEqualTo(4);
    assertThat(policy.moderatePainMax()).isEqualTo(6);
    assertThat(policy.frequentCrackingDaysPerWeek()).isEqualTo(4);
    assertThat(policy.habitualCrackSessionsToday()).isEqualTo(2);
    assertThat(policy.dailySelfCrackSessions()).isEqualTo(1);
    assertThat(RULES.thresholds())
        .filteredOn(threshold -> threshold.kind() == ThresholdKind.POLICY)
        .extracting(Threshold::name)
        .contains(
            "moderatePainMin",
            "moderatePainMax",
            "frequentCrackingDaysPerWeek",
            "habitualCrackSessionsToday",
            "dailySelfCrackSessions");
    assertThat(RULES.thresholds())
        .allSatisfy(threshold -> assertThat(threshold.rationale()).isNotBlank());
  }

  @Test
  void messagesShowTheThresholdValues() {
    assertThat(RULES.requireRule("X4").message()).contains("4 to 6");
    assertThat(RULES.requireRule("S4").message()).contains("4 weeks");
  }

  @Test
  void rejectsDataMissingARule() throws IOException {
    String broken = shipped().replace("\"id\": \"X6\"", "\"id\": \"X7\"");

    assertThatThrownBy(() -> RuleBookReader.read("broken.json", broken))
        .hasMessageContaining("broken.json")
        .hasMessageContaining("X7");
  }

  @Test
  void theRulesP1CoversWhileTheyFireHaveWordsForThatCase() {
    for (Rule rule : RULES.rules()) {
      if (Set.of("S1", "S2").contains(rule.id())) {
        assertThat(rule.whenCovered()).as(rule.id()).get().asString().contains("clinician");
        assertThat(rule.coveredReason().sources()).isEqualTo(rule.sources());
      } else if (!ProgramLinkRule.LIFTS.contains(rule.id())) {
        assertThat(rule.whenCovered()).as(rule.id()).isEmpty();
      }
    }
  }

  @Test
  void rejectsWordsForACoverP1NeverGives() throws IOException {
    String broken =
        shipped().replace("\"id\": \"S3\",", "\"id\": \"S3\", \"whenCovered\": \"Go ahead.\",");

    assertThatThrownBy(() -> RuleBookReader.read("broken.json", broken))
        .hasMessageContaining("whenCovered")
        .hasMessageContaining("S3");
  }

  @Test
  void rejectsARuleWithTheWrongVerdict() throws IOException {
    String broken =
        shipped()
            .replace(
                "\"id\": \"U5\", \"verdict\": \"URGENT\"",
                "\"id\": \"U5\", \"verdict\": \"CLEAR\"");

    assertThatThrownBy(() -> RuleBookReader.read("broken.json", broken)).hasMessageContaining("U5");
  }

  @Test
  void rejectsAnUnknownPlaceholder() throws IOException {
    String broken =
        shipped()
            .replace("{severePainMin} or more out of 10 is", "{severePain} or more out of 10 is");

    assertThatThrownBy(() -> RuleBookReader.read("broken.json", broken))
        .hasMessageContaining("severePain");
  }

  @Test
  void rejectsAMissingThreshold() throws IOException {
    String broken =
        shipped().replace("\"name\": \"dailySelfCrackSessions\"", "\"name\": \"dailyLimit\"");

    assertThatThrownBy(() -> RuleBookReader.read("broken.json", broken))
        .hasMessageContaining("dailyLimit");
  }

  @Test
  void rejectsARuleWithoutSources() throws IOException {
    String broken =
        shipped()
            .replace(
                "\"sources\": [\"Spinal manipulation contraindication tables (manual therapy texts)\"]",
                "\"sources\": []");

    assertThatThrownBy(() -> RuleBookReader.read("broken.json", broken))
        .hasMessageContaining("sources");
  }

  @Test
  void thresholdChangesInDataChangeTheRules() throws IOException {
    String stricter =
        shipped()
            .replace(
                "\"name\": \"moderatePainMin\", \"value\": 4",
                "\"name\": \"moderatePainMin\", \"value\": 3");
    Screener screener =
        new Screener(
            RuleBookReader.read("stricter.json", stricter), dev.limber.catalog.Catalog.bundled());

    ScreeningResult result =
        screener.screen(Documents.clear().with("symptoms.painScore", 3).answers());

    assertThat(result.ruleIds()).containsExactly("X4");
  }

  private static String shipped() throws IOException {
    try (InputStream in = RuleBook.class.getResourceAsStream(RuleBook.BUNDLED_RESOURCE)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }
}

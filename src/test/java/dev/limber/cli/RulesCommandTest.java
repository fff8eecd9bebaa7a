package dev.limber.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.limber.json.Json;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RulesCommandTest {

  @Test
  void listsEveryRuleFilterAndThresholdWithSources() {
    CliRun run = CliRun.of("rules");

    assertThat(run.exitCode()).isZero();
    assertThat(run.out())
        .contains("U1 ")
        .contains("S12")
        .contains("X6")
        .contains("F9")
        .contains("moderatePainMin = 4")
        .contains("POLICY")
        .contains(
            "sources: wikiHow, co-authored by a physical therapist: How to Crack Your Upper Back")
        .doesNotContain(".txt");
  }

  @Test
  void printsTheRuleBookAsJson() {
    CliRun run = CliRun.of("rules", "--json");

    Map<?, ?> json = (Map<?, ?>) Json.parse(run.out());
    assertThat(new ArrayList<Object>(json.keySet()))
        .containsExactly("rules", "filters", "thresholds", "emergencyNotice", "emergencyNumber");
    List<?> rules = (List<?>) json.get("rules");
    assertThat(rules).hasSize(37);
    Map<?, ?> first = (Map<?, ?>) rules.get(0);
    assertThat(new ArrayList<Object>(first.keySet()))
        .containsExactly("id", "verdict", "trigger", "message", "sources");
    Map<?, ?> threshold = (Map<?, ?>) ((List<?>) json.get("thresholds")).get(0);
    assertThat(threshold.get("rationale")).isNotNull();
  }
}
